/**
 * Section 三、收到和处理政府信息公开申请情况 (spec/statutory.md §1.3 and §2.2). Columns are the
 * applicant types of src/domain/applicants.ts plus 总计; the outcome rows （一）–（六） come from
 * src/domain/outcomes.ts, so the report, the decision form and the year counts share one list. Row
 * codes are those of the year counts (src/domain/year-counts.ts): '一', '二', '三.1' … '三.3.8' …,
 * '三.7' (（七）总计), '四'. The 2019 trial format has （六）其他处理 as one row ('三.6'); the 2021
 * format splits it into three ('三.6.1'–'三.6.3').
 */
import { APPLICANT_TYPES } from '../applicants.ts';
import { OUTCOME_GROUPS, OUTCOMES } from '../outcomes.ts';
import type { ReportFormat } from './headings.ts';
import { column, row } from './table-defs.ts';
import type { ColumnDef, RowDef, TableDef } from './table-defs.ts';

/** The top-left header cell, with the arithmetic rule printed in it. */
export const APPLICATIONS_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const APPLICANTS_HEADER = '申请人情况';
export const RESULTS_HEADER = '三、本年度办理结果';

/** Row codes with a meaning of their own in the checks. */
export const ROW_RECEIVED = '一';
export const ROW_CARRIED_OVER = '二';
export const ROW_OUTCOME_TOTAL = '三.7';
export const ROW_CARRIED_FORWARD = '四';
export const COLUMN_TOTAL = 'total';

const COLUMNS: readonly ColumnDef[] = [
  ...APPLICANT_TYPES.map((a) => column(a.code, a.label, 'count', a.group === a.label ? [APPLICANTS_HEADER] : [APPLICANTS_HEADER, a.group])),
  column(COLUMN_TOTAL, '总计', 'count', [APPLICANTS_HEADER]),
];

/** The outcome rows of a format: （一）–（六） with their sub-rows ("1.属于国家秘密" …). */
function outcomeRows(format: ReportFormat): RowDef[] {
  const rows: RowDef[] = [];
  for (const g of OUTCOME_GROUPS) {
    const subs = OUTCOMES.filter((o) => o.row.startsWith(`${g.key}.`));
    if (subs.length === 0 || (format === '2019' && g.key === '6')) {
      rows.push(row(`三.${g.key}`, g.label, [RESULTS_HEADER]));
      continue;
    }
    for (const o of subs) rows.push(row(`三.${o.row}`, `${o.row.split('.')[1]}.${o.label}`, [RESULTS_HEADER, g.label]));
  }
  return rows;
}

function applicationsTable(format: ReportFormat): TableDef {
  return {
    section: 'applications',
    title: null,
    corner: APPLICATIONS_CORNER,
    columns: COLUMNS,
    rows: [
      row(ROW_RECEIVED, '一、本年新收政府信息公开申请数量'),
      row(ROW_CARRIED_OVER, '二、上年结转政府信息公开申请数量'),
      ...outcomeRows(format),
      row(ROW_OUTCOME_TOTAL, '（七）总计', [RESULTS_HEADER]),
      row(ROW_CARRIED_FORWARD, '四、结转下年度继续办理'),
    ],
  };
}

const TABLES: Record<ReportFormat, TableDef> = { '2019': applicationsTable('2019'), '2021': applicationsTable('2021') };

/** The section 三 table of a format. */
export function applicationsTableDef(format: ReportFormat): TableDef {
  return TABLES[format];
}

/** Codes of the outcome rows （一）–（六） (not （七）总计) of a format, in table order. */
export function outcomeRowCodes(format: ReportFormat): string[] {
  return TABLES[format].rows.filter((r) => r.code.startsWith('三.') && r.code !== ROW_OUTCOME_TOTAL).map((r) => r.code);
}

/** The applicant columns (not 总计). */
export function applicantColumnCodes(): string[] {
  return COLUMNS.filter((c) => c.code !== COLUMN_TOTAL).map((c) => c.code);
}

/**
 * The row a year-counts key (or an outcome's '三.<row>' key) falls in under a format: in 2019 the
 * three （六） sub-rows fold into '三.6'.
 */
export function applicationsRowFor(format: ReportFormat, key: string): string {
  return format === '2019' && key.startsWith('三.6.') ? '三.6' : key;
}
