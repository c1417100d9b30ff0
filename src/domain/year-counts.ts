/**
 * The section 三 figures of the annual report for one agency and year, from the cases and their
 * decision events (国办公开办函〔2021〕30号):
 *   一 new this year (received in the year), 二 carried over (received earlier, no decision in force
 *   at the end of last year), 三 outcome rows of the cases first decided this year (the outcome in
 *   force at the end of the year), （七）总计, 四 carried forward (no decision in force at the end of
 *   the year) — per applicant column and 总计. By construction 一 + 二 = 三（七）+ 四 per column.
 * A case reopened after a review is not counted twice: it stays in the year of its first decision.
 */
import { APPLICANT_TYPES } from './applicants.ts';
import type { CivilDate } from './dates.ts';
import { OUTCOMES } from './outcomes.ts';

export interface CountableCase {
  id: number;
  applicantType: string;
  receivedOn: CivilDate;
}

/** A decision event: the outcome set (or cleared by a reopening: null) on a date. */
export interface DecisionEvent {
  caseId: number;
  onDate: CivilDate;
  outcome: string | null;
}

export const COLUMNS = [...APPLICANT_TYPES.map((a) => a.code), 'total'] as const;
export type Column = (typeof COLUMNS)[number];

/** Row keys: '一', '二', '三.<outcome row>' (e.g. '三.3.4'), '三.7' (总计), '四'. */
export type YearCounts = Record<string, Record<Column, number>>;

/** The row keys in table order. */
export const ROW_KEYS: readonly string[] = ['一', '二', ...OUTCOMES.map((o) => `三.${o.row}`), '三.7', '四'];

function emptyRow(): Record<Column, number> {
  return Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;
}

/** State of a case at the end of a date: first decision date and the last outcome decided. */
function stateAt(events: DecisionEvent[], end: CivilDate): { first: CivilDate | null; outcome: string | null } {
  let first: CivilDate | null = null;
  let outcome: string | null = null;
  for (const e of events) {
    if (e.onDate > end) break;
    if (e.outcome && !first) first = e.onDate;
    // A reopening (null) not yet re-decided keeps the last outcome for counting.
    if (e.outcome) outcome = e.outcome;
  }
  return { first, outcome };
}

/** A case counted in a year: the rows it is counted in (一 or 二, then its outcome row and 三.7, or 四). */
export interface CountedCase {
  caseId: number;
  applicantType: string;
  rows: string[];
}

/** The cases counted in `year` and their rows. `events` may be in any order. */
export function classifyYear(cases: CountableCase[], events: DecisionEvent[], year: number): CountedCase[] {
  const byCase = new Map<number, DecisionEvent[]>();
  for (const e of [...events].sort((a, b) => a.onDate.localeCompare(b.onDate))) {
    const list = byCase.get(e.caseId) ?? [];
    list.push(e);
    byCase.set(e.caseId, list);
  }
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const lastYearEnd = `${year - 1}-12-31`;
  const out: CountedCase[] = [];
  for (const c of cases) {
    if (c.receivedOn > end) continue;
    const evs = byCase.get(c.id) ?? [];
    const before = stateAt(evs, lastYearEnd);
    const after = stateAt(evs, end);
    const rows: string[] = [];
    if (c.receivedOn >= start) rows.push('一');
    else if (before.first === null) rows.push('二');
    else continue; // decided in an earlier year
    if (after.first !== null && after.first >= start) {
      const o = OUTCOMES.find((x) => x.code === after.outcome) ?? OUTCOMES.find((x) => x.code === 'other');
      rows.push(`三.${o?.row ?? '6.3'}`, '三.7');
    } else {
      rows.push('四');
    }
    out.push({ caseId: c.id, applicantType: c.applicantType, rows });
  }
  return out;
}

/** Counts per row and column for `year`. `events` may be in any order. */
export function countYear(cases: CountableCase[], events: DecisionEvent[], year: number): YearCounts {
  const counts: YearCounts = Object.fromEntries(ROW_KEYS.map((k) => [k, emptyRow()]));
  for (const c of classifyYear(cases, events, year)) {
    for (const row of c.rows) {
      const r = counts[row];
      if (!r) continue;
      r[c.applicantType as Column] += 1;
      r.total += 1;
    }
  }
  return counts;
}

/**
 * The ids of the cases a cell of section 三 counts: `row` is a report row code (a group such as
 * 2019's 三.6 takes its sub-rows), `column` an applicant type or 'total'.
 */
export function casesInCell(counted: readonly CountedCase[], row: string, column: string): number[] {
  return counted
    .filter((c) => (column === 'total' || c.applicantType === column) && c.rows.some((r) => r === row || r.startsWith(`${row}.`)))
    .map((c) => c.caseId);
}
