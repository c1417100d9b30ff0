/**
 * Section 二、主动公开政府信息情况: the sub-tables per format, headed by the 条例 第二十条 item they
 * implement (spec/statutory.md §1.2 for 2021, §2.1 for 2019; differences in §2.3). Labels are
 * verbatim; the first column of each sub-table is 信息内容. These must agree with the tables that
 * src/domain/catalog/section2.ts computes — a test holds them together.
 */
import type { ReportFormat } from './headings.ts';
import { column, row } from './table-defs.ts';
import type { TableDef } from './table-defs.ts';

/** Header of the first column of every section 二 sub-table. */
export const INFO_HEADER = '信息内容';

const table = (title: string, columns: TableDef['columns'], rows: TableDef['rows']): TableDef => ({
  section: 'proactive',
  title,
  corner: INFO_HEADER,
  columns,
  rows,
});

const DECISIONS_2021 = column('decisions', '本年处理决定数量');
const ITEMS_LAST_YEAR = column('items_last_year', '上一年项目数量');
const ITEMS_CHANGE = column('items_change', '本年增/减', 'change');
const DECISIONS_2019 = column('decisions', '处理决定数量');

/** The 2021 format: four sub-tables. 本年收费金额 is held in fen and printed in 万元. */
const PROACTIVE_2021: readonly TableDef[] = [
  table(
    '第二十条第（一）项',
    [column('made', '本年制发件数'), column('abolished', '本年废止件数'), column('in_force', '现行有效件数')],
    [row('rules', '规章'), row('normative_documents', '行政规范性文件')],
  ),
  table('第二十条第（五）项', [DECISIONS_2021], [row('permits', '行政许可')]),
  table('第二十条第（六）项', [DECISIONS_2021], [row('penalties', '行政处罚'), row('coercion', '行政强制')]),
  table('第二十条第（八）项', [column('amount', '本年收费金额（单位：万元）', 'fen')], [row('fees', '行政事业性收费')]),
];

/** The 2019 trial format: five sub-tables. 采购总金额 is held in fen (reports print 元). */
const PROACTIVE_2019: readonly TableDef[] = [
  table(
    '第二十条第（一）项',
    [column('made', '本年新制作数量'), column('published', '本年新公开数量'), column('published_total', '对外公开总数量')],
    [row('rules', '规章'), row('normative_documents', '规范性文件')],
  ),
  table('第二十条第（五）项', [ITEMS_LAST_YEAR, ITEMS_CHANGE, DECISIONS_2019], [row('permits', '行政许可'), row('other_services', '其他对外管理服务事项')]),
  table('第二十条第（六）项', [ITEMS_LAST_YEAR, ITEMS_CHANGE, DECISIONS_2019], [row('penalties', '行政处罚'), row('coercion', '行政强制')]),
  table('第二十条第（八）项', [ITEMS_LAST_YEAR, ITEMS_CHANGE], [row('fees', '行政事业性收费')]),
  table('第二十条第（九）项', [column('projects', '采购项目数量'), column('amount', '采购总金额', 'fen')], [row('procurement', '政府集中采购')]),
];

/** The section 二 sub-tables of a format. */
export function proactiveTables(format: ReportFormat): readonly TableDef[] {
  return format === '2021' ? PROACTIVE_2021 : PROACTIVE_2019;
}
