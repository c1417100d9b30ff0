/**
 * Figures written in the narrative that disagree with the tables. Free text is read only through
 * a few common phrasings (white space ignored, Arabic or simple Chinese numerals):
 *
 * | figure | phrasings recognised (examples) | compared with |
 * |---|---|---|
 * | applications received | 收到/受理/新收/接收 政府信息公开申请 N 件; 收到 N 件政府信息公开申请/依申请公开; 本年新收…申请 N 件; 未收到政府信息公开申请 (= 0) | 三 一 总计 |
 * | carried over | 上年(度)结转(的)(政府信息公开)申请 N 件 | 三 二 总计 |
 * | handled | 办结/答复 (政府信息公开申请) N 件 | 三（七）总计 |
 * | carried forward | N 件结转/顺延(至/到)下(一)年度; 结转下年度(继续办理) N 件 | 三 四 总计 |
 * | 行政复议 | 行政复议(案件/申请)(共) N 件/起 | 四 行政复议 总计 |
 * | 行政诉讼 | 行政诉讼(案件)(共) N 件/起 | 四 两项起诉 总计之和 |
 * | 信息处理费 (2021 format) | 信息处理费(共计/合计) X 元; 未收取信息处理费 (= 0) | 六 信息处理费 |
 *
 * A figure in a clause that names another year (2019年…, 上年, 去年, 同比) is not compared.
 * Disagreements are warnings: the reading of free text can be wrong.
 */
import { ROW_CARRIED_FORWARD, ROW_CARRIED_OVER, ROW_OUTCOME_TOTAL, ROW_RECEIVED } from './applications-labels.ts';
import { finding } from './findings.ts';
import type { Finding } from './findings.ts';
import { cellNumber } from './model.ts';
import type { AnnualReport } from './model.ts';
import { narrativeFields, normaliseText } from './narrative.ts';
import type { CellRef } from './table-defs.ts';

const NUM = '(\\d+|[零〇一二两三四五六七八九十百千万]+)';
const APPLICATION = '(?:政府信息公开申请|信息公开申请|依申请公开申请|依申请公开)';
const RECEIVE = '(?:收到|受理|新收|接收|接到)(?:了)?(?:各类)?';
const NEXT_YEAR = '(?:至|到)?下一?年度?';

interface Phrasing {
  what: string;
  patterns: RegExp[];
  /** A pattern meaning "none" (value 0). */
  none?: RegExp;
  cells: (r: AnnualReport) => CellRef[];
  /** The phrasing's figure in the model's unit (amounts: fen). */
  unit: 'count' | 'yuan';
  formats?: readonly string[];
}

const app = (row: string): CellRef[] => [{ section: 'applications', row, column: 'total' }];

/** The phrasings recognised, in the order of the table above. */
export const PHRASINGS: readonly Phrasing[] = [
  {
    what: '收到的政府信息公开申请数',
    patterns: [
      new RegExp(`${RECEIVE}${APPLICATION}(?:共计|共|合计)?${NUM}件`, 'g'),
      new RegExp(`${RECEIVE}${NUM}件${APPLICATION}`, 'g'),
      new RegExp(`本年度?新收(?:政府信息公开)?申请(?:数量)?(?:为)?${NUM}件`, 'g'),
    ],
    none: /(?:未|没有)(?:收到|受理|接到)(?:过)?(?:任何)?(?:政府信息公开申请|信息公开申请|依申请公开)/g,
    cells: () => app(ROW_RECEIVED),
    unit: 'count',
  },
  { what: '上年结转的申请数', patterns: [new RegExp(`(?:上年度?|上一年度?)结转的?(?:政府信息公开)?申请${NUM}件`, 'g')], cells: () => app(ROW_CARRIED_OVER), unit: 'count' },
  { what: '办结的申请数', patterns: [new RegExp(`(?:办结|答复)(?:政府信息公开申请|申请)?${NUM}件`, 'g')], cells: () => app(ROW_OUTCOME_TOTAL), unit: 'count' },
  {
    what: '结转下年度继续办理的申请数',
    patterns: [new RegExp(`${NUM}件(?:申请)?(?:结转|顺延)${NEXT_YEAR}`, 'g'), new RegExp(`结转${NEXT_YEAR}(?:继续办理)?的?(?:申请)?${NUM}件`, 'g')],
    cells: () => app(ROW_CARRIED_FORWARD),
    unit: 'count',
  },
  {
    what: '行政复议案件数',
    patterns: [new RegExp(`行政复议(?:案件|申请)?(?:共计|共)?${NUM}(?:件|起)`, 'g')],
    cells: () => [{ section: 'appeals', row: 'review', column: 'total' }],
    unit: 'count',
  },
  {
    what: '行政诉讼案件数',
    patterns: [new RegExp(`行政诉讼(?:案件)?(?:共计|共)?${NUM}(?:件|起)`, 'g')],
    cells: () => [
      { section: 'appeals', row: 'litigation_direct', column: 'total' },
      { section: 'appeals', row: 'litigation_after_review', column: 'total' },
    ],
    unit: 'count',
  },
  {
    what: '信息处理费金额',
    patterns: [/信息处理费(?:共计|合计|总计|共|金额)?(?:为)?(\d+(?:\.\d{1,2})?)元/g],
    none: /(?:未|没有|无)收取(?:任何)?(?:政府信息公开)?信息处理费/g,
    cells: () => [],
    unit: 'yuan',
    formats: ['2021'],
  },
];

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** '15' or '十五', '一百零五', '两千三百' → the number; undefined if not a number. */
export function parseNumber(s: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch] ?? 0;
    else if (ch in UNIT) {
      section += (digit ?? 1) * (UNIT[ch] ?? 1);
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** True if the clause before `index` speaks of another year than `year`. */
function otherYearBefore(text: string, index: number, year: number): boolean {
  const start = Math.max(...['，', '。', '；', '！', '？', '\n'].map((p) => text.lastIndexOf(p, index - 1))) + 1;
  const clause = text.slice(start, index);
  if (/上年|去年|上一年|同比/.test(clause)) return true;
  return [...clause.matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) !== year);
}

interface Mention {
  text: string;
  value: number;
  field: string;
  heading: string;
}

function mentions(report: AnnualReport, p: Phrasing): Mention[] {
  const out: Mention[] = [];
  for (const f of narrativeFields(report)) {
    const text = normaliseText(f.text);
    const found = p.patterns.flatMap((re) => [...text.matchAll(re)].map((m) => ({ text: m[0], index: m.index, value: parseNumber(m[1] ?? '') })));
    const none = p.none ? [...text.matchAll(p.none)].map((m) => ({ text: m[0], index: m.index, value: 0 })) : [];
    for (const m of [...found, ...none]) {
      if (m.value === undefined || otherYearBefore(text, m.index, report.year)) continue;
      out.push({ text: m.text, value: p.unit === 'yuan' ? Math.round(m.value * 100) : m.value, field: f.field, heading: f.heading });
    }
  }
  return out;
}

function tableValue(report: AnnualReport, p: Phrasing): number {
  if (p.unit === 'yuan') return report.other.processingFeeFen ?? 0;
  return p.cells(report).reduce((s, ref) => s + cellNumber(report, ref), 0);
}

const show = (p: Phrasing, v: number) => (p.unit === 'yuan' ? `${(v / 100).toFixed(2).replace(/\.00$/, '')}元` : `${v}`);

/** Figures in the narrative that disagree with the tables, by the phrasings of PHRASINGS. */
export function checkNarrativeFigures(report: AnnualReport): Finding[] {
  const out: Finding[] = [];
  for (const p of PHRASINGS) {
    if (p.formats && !p.formats.includes(report.format)) continue;
    const expected = tableValue(report, p);
    const seen = new Set<string>();
    for (const m of mentions(report, p)) {
      if (m.value === expected || seen.has(`${m.field}|${m.text}`)) continue;
      seen.add(`${m.field}|${m.text}`);
      const fields = p.unit === 'yuan' ? [m.field, 'other.processingFeeFen'] : [m.field];
      const msg = `${m.heading}中“${m.text}”与表中${p.what}（${show(p, expected)}）不一致。`;
      out.push(finding('narrative_figure', 'warning', msg, p.cells(report), fields));
    }
  }
  return out;
}
