import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors.ts';
import { checkReport } from '../../../src/domain/report/checks.ts';
import { allCellRefs } from '../../../src/domain/report/labels.ts';
import { emptyReport, getCell, setCell } from '../../../src/domain/report/model.ts';
import type { AnnualReport } from '../../../src/domain/report/model.ts';
import { sumReports } from '../../../src/domain/report/sum.ts';
import type { CellRef } from '../../../src/domain/report/table-defs.ts';
import { consistentReport } from '../../fixtures/report/consistent.ts';

const A = (row: string, column: string): CellRef => ({ section: 'applications', row, column });
const P = (row: string, column: string): CellRef => ({ section: 'proactive', row, column });
const R = (row: string, column: string): CellRef => ({ section: 'appeals', row, column });

function report(name: string, year: number, cells: [CellRef, number | null][] = [], fee?: number | null): AnnualReport {
  let r = emptyReport({ name }, year);
  for (const [ref, v] of cells) r = setCell(r, ref, v);
  if (fee !== undefined) r = { ...r, other: { ...r.other, processingFeeFen: fee } };
  return r;
}

describe('sumReports', () => {
  interface Case {
    name: string;
    reports: AnnualReport[];
    /** Cells of the sum and their expected values. */
    expected: [CellRef, number | null][];
    fee?: number | null;
    blanks?: { ref: CellRef | { section: 'other'; row: string; column: string }; agencies: string[] }[];
  }
  const cases: Case[] = [
    {
      name: 'adds section 三 cell by cell',
      reports: [report('甲', 2025, [[A('一', 'natural_person'), 3], [A('一', 'total'), 3]]), report('乙', 2025, [[A('一', 'natural_person'), 4], [A('一', 'commercial'), 1], [A('一', 'total'), 5]])],
      expected: [[A('一', 'natural_person'), 7], [A('一', 'commercial'), 1], [A('一', 'total'), 8], [A('二', 'total'), 0]],
      blanks: [],
    },
    {
      name: 'adds sections 二 and 四 and the 2021 信息处理费 in fen',
      reports: [report('甲', 2024, [[P('rules', 'made'), 2], [P('fees', 'amount'), 150000], [R('review', 'upheld'), 1]], 3940), report('乙', 2024, [[P('rules', 'made'), 1], [P('fees', 'amount'), 5], [R('review', 'upheld'), 2]], 100)],
      expected: [[P('rules', 'made'), 3], [P('fees', 'amount'), 150005], [R('review', 'upheld'), 3]],
      fee: 4040,
      blanks: [],
    },
    {
      name: 'sums 本年增/减 with its sign in the 2019 format',
      reports: [report('甲', 2020, [[P('permits', 'items_change'), -3]]), report('乙', 2020, [[P('permits', 'items_change'), 1]])],
      expected: [[P('permits', 'items_change'), -2]],
      blanks: [],
    },
    {
      name: 'a blank cell in any report leaves the summed cell blank and names the agencies',
      reports: [report('甲', 2025, [[A('一', 'research'), null]]), report('乙', 2025, [[A('一', 'research'), 2]]), report('丙', 2025, [[A('一', 'research'), null]])],
      expected: [[A('一', 'research'), null], [A('一', 'natural_person'), 0]],
      blanks: [{ ref: A('一', 'research'), agencies: ['甲', '丙'] }],
    },
    {
      name: 'a blank 信息处理费 leaves the summed fee blank',
      reports: [report('甲', 2025, [], null), report('乙', 2025, [], 500)],
      expected: [],
      fee: null,
      blanks: [{ ref: { section: 'other', row: 'processingFeeFen', column: 'amount' }, agencies: ['甲'] }],
    },
    {
      name: 'one report sums to itself',
      reports: [report('甲', 2025, [[A('四', 'total'), 9]])],
      expected: [[A('四', 'total'), 9]],
      blanks: [],
    },
  ];

  it.each(cases)('$name', (c) => {
    const s = sumReports(c.reports, '示例市汇总');
    expect(s.report.agency.name).toBe('示例市汇总');
    expect(s.report.year).toBe(c.reports[0]?.year);
    expect(s.count).toBe(c.reports.length);
    for (const [ref, v] of c.expected) expect(getCell(s.report, ref), `${ref.section}/${ref.row}/${ref.column}`).toBe(v);
    if (c.fee !== undefined) expect(s.report.other.processingFeeFen).toBe(c.fee);
    if (c.blanks) expect(s.blanks).toEqual(c.blanks);
  });

  it('every cell of the format is the sum; the narrative and dates are left for the office', () => {
    const a = consistentReport();
    const s = sumReports([a, a, a], '汇总');
    for (const ref of allCellRefs(a.format)) expect(getCell(s.report, ref)).toBe((getCell(a, ref) ?? 0) * 3);
    expect(s.report.overview.general).toBe('');
    expect(s.report.reportDate).toBeNull();
    expect(s.report.publishedOn).toBeNull();
    // sums of consistent reports keep the tables consistent
    expect(checkReport(s.report).filter((f) => f.severity === 'error' && ['balance', 'column_total', 'outcome_total', 'appeal_total'].includes(f.check))).toEqual([]);
  });

  const refused: { name: string; reports: AnnualReport[]; message: RegExp }[] = [
    { name: 'formats mixed', reports: [report('甲', 2020), report('乙', 2021)], message: /不能汇总不同格式的年度报告：甲为2019年格式，乙为2021年格式/ },
    { name: 'years mixed in one format', reports: [report('甲', 2024), report('乙', 2025)], message: /不能汇总不同年度的年度报告：甲为2024年，乙为2025年/ },
    { name: 'nothing to add', reports: [], message: /没有可汇总的年度报告/ },
  ];
  it.each(refused)('refuses: $name', (c) => {
    expect(() => sumReports(c.reports, '汇总')).toThrow(c.message);
    try {
      sumReports(c.reports, '汇总');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('VALIDATION');
    }
  });
});
