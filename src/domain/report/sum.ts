/**
 * The roll-up (汇总) of annual reports: the reports of the agencies a supervising office oversees,
 * added cell by cell into one report of the same model — so it renders, exports and is checked like
 * any other report. Pure: no database, no clock.
 *
 * Rules:
 * - every report must be of the same year and therefore the same format (2019 trial or 2021): the
 *   two formats have different rows, so they are never added — a mix is refused with VALIDATION;
 * - every cell of the format is the sum of that cell in every report (本年增/减 may be negative and
 *   is summed like the rest; amounts stay in fen); in the 2021 format so is section 六's 信息处理费;
 * - a cell left blank (null) in any report makes the summed cell blank too — a sum that silently
 *   counts a blank as 0 would understate the total — and the blank is reported: `blanks` lists
 *   each such cell with the agencies that left it blank, so the office can ask them to fill it;
 * - the narrative sections are empty, the 成文日期 and publication date null: the office writes its
 *   own text.
 */
import { DomainError } from '../errors.ts';
import { allCellRefs } from './labels.ts';
import { emptyReport, getCell, setCell } from './model.ts';
import type { AnnualReport, CellValue } from './model.ts';
import type { CellRef } from './table-defs.ts';

/** A summed cell left blank, and the agencies whose reports left it blank. */
export interface BlankInSum {
  /** The cell; `{ section: 'other', row: 'processingFeeFen', column: 'amount' }` for the 2021 信息处理费. */
  ref: CellRef | { section: 'other'; row: 'processingFeeFen'; column: 'amount' };
  agencies: string[];
}

export interface ReportSum {
  /** The summed report, in the format of the reports, under `agencyName`. */
  report: AnnualReport;
  /** How many reports were added. */
  count: number;
  /** Cells blank in the sum because some report left them blank, in report order. */
  blanks: BlankInSum[];
}

/** Adds one cell over every report: null when any report left it blank. */
function addUp(values: readonly { agency: string; value: CellValue }[]): { value: CellValue; blankIn: string[] } {
  const blankIn = values.filter((v) => v.value === null).map((v) => v.agency);
  if (blankIn.length) return { value: null, blankIn };
  return { value: values.reduce((s, v) => s + (v.value ?? 0), 0), blankIn };
}

/**
 * The cell-by-cell sum of `reports` under the name `agencyName`. Throws VALIDATION when the list is
 * empty or mixes years or formats.
 */
export function sumReports(reports: readonly AnnualReport[], agencyName: string): ReportSum {
  const first = reports[0];
  if (!first) throw new DomainError('VALIDATION', '没有可汇总的年度报告');
  for (const r of reports) {
    if (r.format !== first.format) {
      throw new DomainError('VALIDATION', `不能汇总不同格式的年度报告：${first.agency.name}为${first.format}年格式，${r.agency.name}为${r.format}年格式`);
    }
    if (r.year !== first.year) {
      throw new DomainError('VALIDATION', `不能汇总不同年度的年度报告：${first.agency.name}为${first.year}年，${r.agency.name}为${r.year}年`);
    }
  }
  let sum = emptyReport({ name: agencyName }, first.year);
  const blanks: BlankInSum[] = [];
  for (const ref of allCellRefs(first.format)) {
    const { value, blankIn } = addUp(reports.map((r) => ({ agency: r.agency.name, value: getCell(r, ref) })));
    sum = setCell(sum, ref, value);
    if (blankIn.length) blanks.push({ ref, agencies: blankIn });
  }
  if (first.format === '2021') {
    const { value, blankIn } = addUp(reports.map((r) => ({ agency: r.agency.name, value: r.other.processingFeeFen ?? null })));
    sum = { ...sum, other: { ...sum.other, processingFeeFen: value } };
    if (blankIn.length) blanks.push({ ref: { section: 'other', row: 'processingFeeFen', column: 'amount' }, agencies: blankIn });
  }
  return { report: sum, count: reports.length, blanks };
}
