/**
 * The label tables of a format, by section, and cell lookup by (section, row code, column code).
 */
import { appealsTableDef } from './appeals-labels.ts';
import { applicationsTableDef } from './applications-labels.ts';
import type { ReportFormat, TableSection } from './headings.ts';
import { proactiveTables } from './proactive-labels.ts';
import type { CellRef, ColumnDef, RowDef, TableDef } from './table-defs.ts';

/** The tables of one section of a format (section 二 has several). */
export function sectionTables(format: ReportFormat, section: TableSection): readonly TableDef[] {
  if (section === 'proactive') return proactiveTables(format);
  if (section === 'applications') return [applicationsTableDef(format)];
  return [appealsTableDef()];
}

/** Every table of a format, in report order. */
export function allTables(format: ReportFormat): readonly TableDef[] {
  return [...proactiveTables(format), applicationsTableDef(format), appealsTableDef()];
}

/** The table, row and column a reference names under a format, or undefined. */
export function cellDef(format: ReportFormat, ref: CellRef): { table: TableDef; row: RowDef; column: ColumnDef } | undefined {
  for (const table of sectionTables(format, ref.section)) {
    const r = table.rows.find((x) => x.code === ref.row);
    if (!r) continue;
    const c = table.columns.find((x) => x.code === ref.column);
    return c ? { table, row: r, column: c } : undefined;
  }
  return undefined;
}

/** Every cell reference of a format, in report order (row by row). */
export function allCellRefs(format: ReportFormat): CellRef[] {
  return allTables(format).flatMap((t) => t.rows.flatMap((r) => t.columns.map((c) => ({ section: t.section, row: r.code, column: c.code }))));
}

/** "三、… 表“一、本年新收…”行“自然人”列" — where a cell is, in words, for messages. */
export function cellPlace(format: ReportFormat, ref: CellRef): string {
  const d = cellDef(format, ref);
  if (!d) return `${ref.section}/${ref.row}/${ref.column}`;
  const rowName = [...d.row.parents.filter((p) => p !== d.table.title), d.row.label].join('');
  const table = d.table.title ? `${d.table.title}` : '';
  return `${table}“${rowName}”行“${d.column.label}”列`;
}
