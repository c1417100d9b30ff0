/**
 * The stored report against the records: the tables must be the ones the records give today, and
 * section 六's 信息处理费 the fees recorded as paid in the year. A difference means records changed
 * after the report was computed (or the fee was typed over); the report is recomputed, not signed.
 */
import { finding } from './findings.ts';
import type { Finding } from './findings.ts';
import { allCellRefs, cellPlace } from './labels.ts';
import type { AnnualReport } from './model.ts';
import { getCell } from './model.ts';
import type { CellRef } from './table-defs.ts';

const yuan = (fen: number | null | undefined) => `${((fen ?? 0) / 100).toFixed(2).replace(/\.00$/, '')}元`;

/** Errors where `stored` differs from `computed` (the same agency, year and format). */
export function checkAgainstRecords(stored: AnnualReport, computed: AnnualReport): Finding[] {
  const out: Finding[] = [];
  const differing: CellRef[] = allCellRefs(stored.format).filter((ref) => getCell(stored, ref) !== getCell(computed, ref));
  if (differing.length > 0) {
    const shown = differing.slice(0, 3).map((ref) => `${cellPlace(stored.format, ref)}（报告${getCell(stored, ref) ?? '空'}，记录${getCell(computed, ref) ?? '空'}）`).join('；');
    const more = differing.length > 3 ? `等${differing.length}处` : '';
    out.push(finding('stale_table', 'error', `表格与当前记录不一致：${shown}${more}。报告计算后申请、目录或复议诉讼记录有变化，请点击“重新计算”。`, differing));
  }
  if (stored.format === '2021' && (stored.other.processingFeeFen ?? null) !== (computed.other.processingFeeFen ?? null)) {
    out.push(finding('fee_records', 'error', `六、信息处理费（${yuan(stored.other.processingFeeFen)}）与收费记录（${yuan(computed.other.processingFeeFen)}）不一致，请重新计算。`, [], ['other.processingFeeFen']));
  }
  return out;
}
