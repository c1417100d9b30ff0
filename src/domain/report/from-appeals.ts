/**
 * Section 四、政府信息公开行政复议、行政诉讼情况 from the review and litigation records
 * (src/domain/appeals.ts). The reading (docs/annual-report.md, “Review and litigation records”):
 *
 * - a record counts in the report of the year its 复议 was accepted or its 诉讼 filed (受理（立案）日期),
 *   and in no other year — the table has no carry-over row;
 * - under its kind: 行政复议, 未经复议直接起诉 or 复议后起诉 (litigation after a review is never also
 *   counted as 未经复议直接起诉);
 * - with its result as known at the end of that year: a record decided after 31 December (China
 *   civil dates, as every date of a record is) counts as 尚未审结;
 * - 总计 is the sum of the four results.
 */
import type { AppealFacts, AppealResult } from '../appeals.ts';
import { appealsTableDef, APPEAL_TOTAL } from './appeals-labels.ts';
import type { AnnualReport, TableCells } from './model.ts';

/** True if the record counts in `year`'s report (accepted or filed that year). */
export function countsInYear(r: Pick<AppealFacts, 'receivedOn'>, year: number): boolean {
  return r.receivedOn >= `${year}-01-01` && r.receivedOn <= `${year}-12-31`;
}

/** The result a record has at the end of `year`: 尚未审结 unless decided on or before 31 December. */
export function resultAtYearEnd(r: Pick<AppealFacts, 'result' | 'decidedOn'>, year: number): AppealResult {
  if (r.result === 'pending' || r.decidedOn === null || r.decidedOn > `${year}-12-31`) return 'pending';
  return r.result;
}

/** The section 四 cells of `year`: rows review / litigation_direct / litigation_after_review, results and total. */
export function appealsCells(records: readonly AppealFacts[], year: number): TableCells {
  const def = appealsTableDef();
  const cells: TableCells = Object.fromEntries(def.rows.map((r) => [r.code, Object.fromEntries(def.columns.map((c) => [c.code, 0]))]));
  for (const r of records) {
    if (!countsInYear(r, year)) continue;
    const row = cells[r.kind];
    if (!row) continue;
    const col = resultAtYearEnd(r, year);
    row[col] = (row[col] ?? 0) + 1;
    row[APPEAL_TOTAL] = (row[APPEAL_TOTAL] ?? 0) + 1;
  }
  return cells;
}

/** The report with section 四 replaced by the counts of the records. */
export function withAppeals(report: AnnualReport, records: readonly AppealFacts[]): AnnualReport {
  return { ...report, appeals: appealsCells(records, report.year) };
}
