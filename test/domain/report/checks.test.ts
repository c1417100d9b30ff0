import { describe, expect, it } from 'vitest';
import { canSign, checkReport } from '../../../src/domain/report/checks.ts';
import type { Finding } from '../../../src/domain/report/checks.ts';
import { getCell, setCell } from '../../../src/domain/report/model.ts';
import type { AnnualReport } from '../../../src/domain/report/model.ts';
import { parseNumber } from '../../../src/domain/report/narrative-figures.ts';
import type { CellRef } from '../../../src/domain/report/table-defs.ts';
import { applicationRows, consistentReport, lastYearReport, PROBLEMS_PARAGRAPH } from '../../fixtures/report/consistent.ts';

const A = (row: string, column: string): CellRef => ({ section: 'applications', row, column });
const set = (ref: CellRef, v: number | null) => (r: AnnualReport) => setCell(r, ref, v);
const codes = (fs: Finding[]) => [...new Set(fs.map((f) => `${f.check}:${f.severity}`))].sort();

describe('a consistent report', () => {
  it('passes every check, with and without last year', () => {
    expect(checkReport(consistentReport())).toEqual([]);
    expect(checkReport(consistentReport(), { lastYear: lastYearReport() })).toEqual([]);
    expect(canSign([])).toBe(true);
  });
});

interface Case {
  name: string;
  change: (r: AnnualReport) => AnnualReport;
  lastYear?: AnnualReport;
  deadline?: string;
  expected: string[];
  /** Cells or fields the first finding must name. */
  involves?: (CellRef | string)[];
}

const CASES: Case[] = [
  { name: '一 one more 自然人', change: set(A('一', 'natural_person'), 11), expected: ['balance:error', 'column_total:error'], involves: [A('一', 'natural_person'), A('三.7', 'natural_person')] },
  { name: 'a 总计 cell off by one', change: set(A('三.1', 'total'), 7), expected: ['column_total:error', 'outcome_total:error'], involves: [A('三.1', 'total')] },
  {
    name: '（七）总计 not the sum of the outcome rows',
    change: (r) => setCell(setCell(r, A('三.1', 'natural_person'), 4), A('三.1', 'total'), 5),
    expected: ['outcome_total:error'],
    involves: [A('三.1', 'natural_person'), A('三.7', 'natural_person')],
  },
  {
    name: '行政复议 results do not add up',
    change: set({ section: 'appeals', row: 'review', column: 'upheld' }, 2),
    expected: ['appeal_total:error'],
    involves: [{ section: 'appeals', row: 'review', column: 'total' }],
  },
  {
    name: '二 differs from last year’s 四',
    change: (r) => r,
    lastYear: applicationRows(lastYearReport(), { 一: [3, 0, 0, 0, 0, 0], 四: [3, 0, 0, 0, 0, 0] }),
    expected: ['carry_over:error'],
    involves: [A('二', 'natural_person')],
  },
  { name: 'last year’s report is not last year’s', change: (r) => r, lastYear: { ...lastYearReport(), year: 2023 }, expected: ['carry_over:warning'] },
  { name: 'a blank cell in section 二', change: set({ section: 'proactive', row: 'permits', column: 'decisions' }, null), expected: ['blank_cell:error'], involves: [{ section: 'proactive', row: 'permits', column: 'decisions' }] },
  { name: 'a negative count', change: set({ section: 'proactive', row: 'rules', column: 'in_force' }, -1), expected: ['bad_value:error'], involves: [{ section: 'proactive', row: 'rules', column: 'in_force' }] },
  { name: 'a fractional count', change: set({ section: 'appeals', row: 'litigation_after_review', column: 'pending' }, 0.5), expected: ['appeal_total:error', 'bad_value:error'] },
  { name: 'no 信息处理费 amount', change: (r) => ({ ...r, other: { ...r.other, processingFeeFen: null } }), expected: ['blank_cell:error'], involves: ['other.processingFeeFen'] },
  { name: 'report dated in the report year', change: (r) => ({ ...r, reportDate: '2025-12-30' }), expected: ['report_date:error'], involves: ['reportDate'] },
  { name: 'no report date yet', change: (r) => ({ ...r, reportDate: null, publishedOn: null }), expected: ['report_date:warning'] },
  { name: 'published before it was dated', change: (r) => ({ ...r, publishedOn: '2026-01-10' }), expected: ['report_date:error'], involves: ['reportDate', 'publishedOn'] },
  { name: 'published after 1月31日', change: (r) => ({ ...r, publishedOn: '2026-02-15' }), expected: ['late_publication:warning'], involves: ['publishedOn'] },
  { name: 'a draft dated after 1月31日', change: (r) => ({ ...r, reportDate: '2026-02-03', publishedOn: null }), expected: ['late_publication:warning'] },
  { name: 'section 五 empty', change: (r) => ({ ...r, problems: '  ' }), expected: ['empty_narrative:warning'], involves: ['problems'] },
  { name: 'a paragraph written twice', change: (r) => ({ ...r, other: { ...r.other, text: `${r.other.text}\n${PROBLEMS_PARAGRAPH}` } }), expected: ['duplicate_paragraph:warning'], involves: ['problems', 'other.text'] },
  {
    name: 'a paragraph copied from last year',
    change: (r) => r,
    lastYear: { ...lastYearReport(), problems: PROBLEMS_PARAGRAPH },
    expected: ['duplicate_paragraph:warning'],
    involves: ['problems'],
  },
  {
    name: 'the narrative says 15 applications, the table 14',
    change: (r) => ({ ...r, overview: { ...r.overview, parts: { ...r.overview.parts, on_application: r.overview.parts.on_application.replace('申请14件', '申请15件') } } }),
    expected: ['narrative_figure:warning'],
    involves: [A('一', 'total'), 'overview.parts.on_application'],
  },
  {
    name: 'the narrative names a fee the table does not have',
    change: (r) => ({ ...r, other: { ...r.other, text: '全年收取信息处理费共计120元。' } }),
    expected: ['narrative_figure:warning'],
    involves: ['other.text', 'other.processingFeeFen'],
  },
];

describe('each check fires on a faulty report', () => {
  it.each(CASES)('$name', ({ change, lastYear, deadline, expected, involves }) => {
    const findings = checkReport(change(consistentReport()), { lastYear: lastYear ?? null, deadline });
    expect(codes(findings)).toEqual([...expected].sort());
    for (const f of findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    const first = findings[0];
    for (const x of involves ?? []) {
      if (typeof x === 'string') expect(first?.fields).toContain(x);
      else expect(first?.cells).toContainEqual(x);
    }
    expect(canSign(findings)).toBe(!expected.some((e) => e.endsWith(':error')));
  });

  it('reports every blank cell of a section in one finding, naming the first few', () => {
    let r = consistentReport();
    for (const col of ['research', 'public_welfare']) r = setCell(r, A('二', col), null);
    const [f] = checkReport(r);
    expect(f?.check).toBe('blank_cell');
    expect(f?.cells).toEqual([A('二', 'research'), A('二', 'public_welfare')]);
    expect(f?.message).toBe('三、收到和处理政府信息公开申请情况有2个空白单元格，没有的应填0：“二、上年结转政府信息公开申请数量”行“科研机构”列、“二、上年结转政府信息公开申请数量”行“社会公益组织”列。');
  });

  it('states the 勾稽关系 with the figures', () => {
    const [f] = checkReport(setCell(consistentReport(), A('四', 'natural_person'), 0)).filter((x) => x.check === 'balance');
    expect(f?.message).toBe('三、收到和处理政府信息公开申请情况“自然人”列勾稽关系不符：第一项（10）加第二项（2）之和为12，第三项（七）总计（11）加第四项（0）之和为11，两者应相等。');
  });

  it('lists errors before warnings', () => {
    const r = { ...setCell(consistentReport(), A('一', 'natural_person'), 11), problems: '' };
    const sev = checkReport(r).map((f) => f.severity);
    expect(sev).toEqual([...sev].sort());
  });

  it('takes another publication deadline (地方人民政府: 3月31日)', () => {
    const r = { ...consistentReport(), reportDate: '2026-03-01', publishedOn: '2026-03-05' };
    expect(checkReport(r, { deadline: '03-31' })).toEqual([]);
    expect(codes(checkReport(r))).toEqual(['late_publication:warning']);
  });
});

describe('figures in the narrative', () => {
  const withText = (text: string) => ({ ...consistentReport(), overview: { ...consistentReport().overview, general: text } });
  const figureFindings = (text: string) => checkReport(withText(text)).filter((f) => f.check === 'narrative_figure');

  it.each([
    ['全区共受理政府信息公开申请 14 件。', true],
    ['共收到14件政府信息公开申请。', true],
    ['共收到十四件依申请公开。', true],
    ['本年新收政府信息公开申请数量为14件。', true],
    ['答复 15 件（含上年度结转申请 2 件，另有 1 件顺延到下年度答复）。', true],
    ['政府信息公开行政复议 2件，行政诉讼 1 件。', true],
    ['共收到政府信息公开申请15件。', false],
    ['共收到十五件依申请公开。', false],
    ['本年度未收到政府信息公开申请。', false],
    ['上年度结转申请3件。', false],
    ['另有2件结转至下一年度办理。', false],
    ['办结14件。', false],
    ['被申请行政复议3起。', false],
    ['行政诉讼案件共2件。', false],
  ])('%s → agrees: %s', (text, agrees) => {
    expect(figureFindings(text).length === 0).toBe(agrees);
  });

  it('ignores figures of other years and approximate ones', () => {
    expect(figureFindings('2024年共收到政府信息公开申请20件，较上年收到申请9件有所增加。')).toEqual([]);
    expect(figureFindings('同比收到政府信息公开申请12件。')).toEqual([]);
    expect(figureFindings('主动公开信息3000余件。')).toEqual([]);
  });

  it('reads simple Chinese numerals', () => {
    expect([parseNumber('十'), parseNumber('十五'), parseNumber('二十三'), parseNumber('一百零五'), parseNumber('两千三百'), parseNumber('三万二千'), parseNumber('120')]).toEqual([10, 15, 23, 105, 2300, 32000, 120]);
    expect(parseNumber('一些')).toBeUndefined();
  });

  it('keeps get and set on one cell', () => {
    expect(getCell(consistentReport(), A('三.7', 'total'))).toBe(15);
  });
});
