/**
 * A finding of the pre-publication checks: which check, how serious, a message in Chinese for the
 * office head who signs, and the cells (or other fields) involved. An error should be fixed before
 * the report is signed; a warning asks for a look.
 */
import type { CellRef } from './table-defs.ts';

export type Severity = 'error' | 'warning';

export type CheckCode =
  | 'balance' // 一 + 二 = 三（七）总计 + 四, per column
  | 'column_total' // applicant columns add up to 总计
  | 'outcome_total' // （七）总计 = sum of the outcome rows
  | 'appeal_total' // section 四: each group's 总计 = its four results
  | 'carry_over' // this year's 二 = last year's 四
  | 'blank_cell' // a cell left blank (write 0)
  | 'bad_value' // a negative or fractional count
  | 'report_date' // report date missing or not in the following year
  | 'late_publication' // published after the deadline (1月31日)
  | 'empty_narrative' // a narrative section or part left empty
  | 'duplicate_paragraph' // the same paragraph twice, or copied from last year's report
  | 'narrative_figure' // a figure in the text that disagrees with the tables
  | 'stale_table' // the stored tables differ from what the records give now
  | 'fee_records'; // section 六's 信息处理费 differs from the fees recorded as paid

export interface Finding {
  check: CheckCode;
  severity: Severity;
  message: string;
  cells: CellRef[];
  /** Fields outside the tables: 'reportDate', 'publishedOn', 'overview.parts.proactive', 'problems', 'other.processingFeeFen' … */
  fields: string[];
}

/** A finding; `cells` and `fields` default to none. */
export function finding(check: CheckCode, severity: Severity, message: string, cells: CellRef[] = [], fields: string[] = []): Finding {
  return { check, severity, message, cells, fields };
}
