/**
 * Section 四、政府信息公开行政复议、行政诉讼情况 — the same in both formats (spec/statutory.md §1.4,
 * §2.2). The printed table is one data row of 15 cells under three groups: 行政复议; 行政诉讼 split
 * into 未经复议直接起诉 and 复议后起诉. The model holds it as three rows (the groups) × five columns
 * (the results), so that each group's 总计 is a row total; renderers print it as one row again.
 */
import type { TableDef } from './table-defs.ts';
import { column, row } from './table-defs.ts';

export const LITIGATION_HEADER = '行政诉讼';
export const APPEAL_TOTAL = 'total';

const APPEALS: TableDef = {
  section: 'appeals',
  title: null,
  corner: null,
  columns: [
    column('upheld', '结果维持'),
    column('corrected', '结果纠正'),
    column('other', '其他结果'),
    column('pending', '尚未审结'),
    column(APPEAL_TOTAL, '总计'),
  ],
  rows: [
    row('review', '行政复议'),
    row('litigation_direct', '未经复议直接起诉', [LITIGATION_HEADER]),
    row('litigation_after_review', '复议后起诉', [LITIGATION_HEADER]),
  ],
};

/** The section 四 table (both formats). */
export function appealsTableDef(): TableDef {
  return APPEALS;
}
