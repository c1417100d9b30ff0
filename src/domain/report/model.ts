/**
 * The annual report (政府信息公开工作年度报告) as one typed model for both formats. Its JSON form is
 * the model itself (see docs/report-schema.json): tables are cells by row code and column code;
 * labels live in the label tables, not in the data. A null cell is a blank one — a fault the checks
 * report; an empty report has 0 in every cell. Money is integer fen.
 */
import type { CivilDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import type { OverviewPart, ReportFormat, TableSection } from './headings.ts';
import { OVERVIEW_PARTS, reportFormatFor } from './headings.ts';
import { cellDef, sectionTables } from './labels.ts';
import type { CellRef } from './table-defs.ts';

/** A cell: a number, or null when left blank. */
export type CellValue = number | null;

/** A table's cells: row code → column code → value. */
export type TableCells = Record<string, Record<string, CellValue>>;

/** Section 一: the opening paragraphs and the five parts. Paragraphs are separated by line breaks. */
export interface Overview {
  general: string;
  parts: Record<OverviewPart, string>;
}

/** Section 六: free text; in the 2021 format also the 信息处理费 collected in the year (fen). */
export interface OtherMatters {
  text: string;
  /** Present only in the 2021 format (国办函〔2020〕109号 took effect for it). */
  processingFeeFen?: CellValue;
}

export interface ReportAgency {
  name: string;
  id?: number;
}

export interface AnnualReport {
  format: ReportFormat;
  year: number;
  agency: ReportAgency;
  /** 成文日期 of the report, or null while a draft. */
  reportDate: CivilDate | null;
  /** Date published on the portal, or null. */
  publishedOn: CivilDate | null;
  /** 一、总体情况 */
  overview: Overview;
  /** 二、主动公开政府信息情况 */
  proactive: TableCells;
  /** 三、收到和处理政府信息公开申请情况 */
  applications: TableCells;
  /** 四、政府信息公开行政复议、行政诉讼情况 */
  appeals: TableCells;
  /** 五、存在的主要问题及改进情况 */
  problems: string;
  /** 六、其他需要报告的事项 */
  other: OtherMatters;
}

function zeroCells(format: ReportFormat, section: TableSection): TableCells {
  const cells: TableCells = {};
  for (const t of sectionTables(format, section)) {
    for (const r of t.rows) cells[r.code] = Object.fromEntries(t.columns.map((c) => [c.code, 0]));
  }
  return cells;
}

/** An empty report — every cell 0, every text empty — in the format of `year`. */
export function emptyReport(agency: ReportAgency, year: number): AnnualReport {
  const format = reportFormatFor(year);
  return {
    format,
    year,
    agency: { ...agency },
    reportDate: null,
    publishedOn: null,
    overview: { general: '', parts: Object.fromEntries(OVERVIEW_PARTS.map((p) => [p.code, ''])) as Record<OverviewPart, string> },
    proactive: zeroCells(format, 'proactive'),
    applications: zeroCells(format, 'applications'),
    appeals: zeroCells(format, 'appeals'),
    problems: '',
    other: format === '2021' ? { text: '', processingFeeFen: 0 } : { text: '' },
  };
}

function assertCell(report: AnnualReport, ref: CellRef): void {
  if (!cellDef(report.format, ref)) {
    throw new DomainError('VALIDATION', `${report.format}年格式的报告没有单元格 ${ref.section}/${ref.row}/${ref.column}`);
  }
}

/** The value of a cell (null when blank); throws VALIDATION if the format has no such cell. */
export function getCell(report: AnnualReport, ref: CellRef): CellValue {
  assertCell(report, ref);
  return report[ref.section][ref.row]?.[ref.column] ?? null;
}

/** A copy of the report with one cell set; throws VALIDATION if the format has no such cell. */
export function setCell(report: AnnualReport, ref: CellRef, value: CellValue): AnnualReport {
  assertCell(report, ref);
  const cells = report[ref.section];
  return { ...report, [ref.section]: { ...cells, [ref.row]: { ...cells[ref.row], [ref.column]: value } } };
}

/** A cell as a number for arithmetic: blank counts as 0 (blanks are reported by their own check). */
export function cellNumber(report: AnnualReport, ref: CellRef): number {
  return report[ref.section][ref.row]?.[ref.column] ?? 0;
}
