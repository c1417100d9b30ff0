/**
 * Checks on the tables alone (spec/statutory.md §1.3, §1.4): the 勾稽关系 printed in section 三's
 * header cell, the totals implied by the structure, the carry-over from last year's report, and
 * blank or malformed cells.
 */
import { appealsTableDef, APPEAL_TOTAL } from './appeals-labels.ts';
import {
  applicantColumnCodes,
  applicationsTableDef,
  COLUMN_TOTAL,
  outcomeRowCodes,
  ROW_CARRIED_FORWARD,
  ROW_CARRIED_OVER,
  ROW_OUTCOME_TOTAL,
  ROW_RECEIVED,
} from './applications-labels.ts';
import { finding } from './findings.ts';
import type { Finding } from './findings.ts';
import { SECTION_HEADINGS, SECTIONS } from './headings.ts';
import type { TableSection } from './headings.ts';
import { allCellRefs, cellDef, cellPlace } from './labels.ts';
import { cellNumber } from './model.ts';
import type { AnnualReport } from './model.ts';
import type { CellRef } from './table-defs.ts';

const A = (row: string, column: string): CellRef => ({ section: 'applications', row, column });
const S3 = SECTION_HEADINGS.applications;

function columnLabel(report: AnnualReport, column: string): string {
  return applicationsTableDef(report.format).columns.find((c) => c.code === column)?.label ?? column;
}

function rowLabel(report: AnnualReport, row: string): string {
  return applicationsTableDef(report.format).rows.find((r) => r.code === row)?.label ?? row;
}

/** 勾稽关系, per column including 总计: 一 + 二 = 三（七）总计 + 四. */
export function checkBalance(report: AnnualReport): Finding[] {
  const out: Finding[] = [];
  for (const col of [...applicantColumnCodes(), COLUMN_TOTAL]) {
    const refs = [A(ROW_RECEIVED, col), A(ROW_CARRIED_OVER, col), A(ROW_OUTCOME_TOTAL, col), A(ROW_CARRIED_FORWARD, col)];
    const [a, b, c, d] = refs.map((r) => cellNumber(report, r)) as [number, number, number, number];
    if (a + b === c + d) continue;
    const msg = `${S3}“${columnLabel(report, col)}”列勾稽关系不符：第一项（${a}）加第二项（${b}）之和为${a + b}，第三项（七）总计（${c}）加第四项（${d}）之和为${c + d}，两者应相等。`;
    out.push(finding('balance', 'error', msg, refs));
  }
  return out;
}

/** Each row's applicant columns add up to its 总计. */
export function checkColumnTotals(report: AnnualReport): Finding[] {
  const out: Finding[] = [];
  for (const r of applicationsTableDef(report.format).rows) {
    const parts = applicantColumnCodes().map((c) => A(r.code, c));
    const sum = parts.reduce((s, ref) => s + cellNumber(report, ref), 0);
    const total = cellNumber(report, A(r.code, COLUMN_TOTAL));
    if (sum === total) continue;
    const msg = `${S3}“${r.label}”行：自然人与法人或其他组织各列之和为${sum}，“总计”列填写为${total}。`;
    out.push(finding('column_total', 'error', msg, [...parts, A(r.code, COLUMN_TOTAL)]));
  }
  return out;
}

/** Per column: （七）总计 = the sum of the outcome rows （一）–（六）. */
export function checkOutcomeTotal(report: AnnualReport): Finding[] {
  const out: Finding[] = [];
  for (const col of [...applicantColumnCodes(), COLUMN_TOTAL]) {
    const parts = outcomeRowCodes(report.format).map((r) => A(r, col));
    const sum = parts.reduce((s, ref) => s + cellNumber(report, ref), 0);
    const total = cellNumber(report, A(ROW_OUTCOME_TOTAL, col));
    if (sum === total) continue;
    const msg = `${S3}“${columnLabel(report, col)}”列：（一）至（六）各项办理结果之和为${sum}，“（七）总计”填写为${total}。`;
    out.push(finding('outcome_total', 'error', msg, [...parts, A(ROW_OUTCOME_TOTAL, col)]));
  }
  return out;
}

/** Section 四: each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export function checkAppealTotals(report: AnnualReport): Finding[] {
  const def = appealsTableDef();
  const out: Finding[] = [];
  for (const r of def.rows) {
    const parts: CellRef[] = def.columns.filter((c) => c.code !== APPEAL_TOTAL).map((c) => ({ section: 'appeals', row: r.code, column: c.code }));
    const totalRef: CellRef = { section: 'appeals', row: r.code, column: APPEAL_TOTAL };
    const sum = parts.reduce((s, ref) => s + cellNumber(report, ref), 0);
    const total = cellNumber(report, totalRef);
    if (sum === total) continue;
    const msg = `${SECTION_HEADINGS.appeals}${r.parents.join('')}“${r.label}”：结果维持、结果纠正、其他结果、尚未审结之和为${sum}，“总计”填写为${total}。`;
    out.push(finding('appeal_total', 'error', msg, [...parts, totalRef]));
  }
  return out;
}

/** This year's 二、上年结转 equals last year's 四、结转下年度继续办理, per column. */
export function checkCarryOver(report: AnnualReport, lastYear: AnnualReport): Finding[] {
  if (lastYear.year !== report.year - 1) {
    return [finding('carry_over', 'warning', `用于核对上年结转的报告是${lastYear.year}年度的，不是${report.year - 1}年度的，未核对。`)];
  }
  const out: Finding[] = [];
  for (const col of [...applicantColumnCodes(), COLUMN_TOTAL]) {
    const now = cellNumber(report, A(ROW_CARRIED_OVER, col));
    const before = cellNumber(lastYear, A(ROW_CARRIED_FORWARD, col));
    if (now === before) continue;
    const msg = `${S3}“${columnLabel(report, col)}”列：本年“${rowLabel(report, ROW_CARRIED_OVER)}”为${now}，而${lastYear.year}年度报告“${rowLabel(lastYear, ROW_CARRIED_FORWARD)}”为${before}，两者应相等。`;
    out.push(finding('carry_over', 'error', msg, [A(ROW_CARRIED_OVER, col)]));
  }
  return out;
}

const validFor = (unit: string, v: number): boolean => Number.isSafeInteger(v) && (unit === 'change' || v >= 0);

/** No blank cells (one finding per section, listing them), and no negative or fractional counts. */
export function checkCells(report: AnnualReport): Finding[] {
  const blank = new Map<TableSection, CellRef[]>();
  const out: Finding[] = [];
  for (const ref of allCellRefs(report.format)) {
    const v = report[ref.section][ref.row]?.[ref.column];
    if (v === null || v === undefined) {
      blank.set(ref.section, [...(blank.get(ref.section) ?? []), ref]);
      continue;
    }
    const unit = cellDef(report.format, ref)?.column.unit ?? 'count';
    if (!validFor(unit, v)) {
      const what = unit === 'change' ? '整数' : unit === 'fen' ? '不小于0的金额（单位：分，整数）' : '不小于0的整数';
      out.push(finding('bad_value', 'error', `${SECTION_HEADINGS[ref.section]}${cellPlace(report.format, ref)}填写为${v}，应为${what}。`, [ref]));
    }
  }
  for (const section of SECTIONS) {
    const refs = blank.get(section as TableSection);
    if (!refs) continue;
    const places = refs.slice(0, 5).map((r) => cellPlace(report.format, r)).join('、');
    const more = refs.length > 5 ? `等${refs.length}处` : '';
    out.push(finding('blank_cell', 'error', `${SECTION_HEADINGS[section]}有${refs.length}个空白单元格，没有的应填0：${places}${more}。`, refs));
  }
  const fee = report.other.processingFeeFen;
  if (report.format === '2021' && (fee === null || fee === undefined)) {
    out.push(finding('blank_cell', 'error', `${SECTION_HEADINGS.other}未填写本年收取的信息处理费金额（没有收取的填0）。`, [], ['other.processingFeeFen']));
  } else if (report.format === '2021' && typeof fee === 'number' && !validFor('fen', fee)) {
    out.push(finding('bad_value', 'error', `信息处理费金额${fee}应为不小于0的整数（单位：分）。`, [], ['other.processingFeeFen']));
  }
  return out;
}
