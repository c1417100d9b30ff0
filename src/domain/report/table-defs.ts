/**
 * The shape of a statutory table's labels: rows and columns, each with its exact label and a
 * stable code. Cells are addressed by (section, row code, column code).
 */
import type { TableSection } from './headings.ts';

/**
 * What a cell holds: `count` a non-negative whole number; `change` a whole number that may be
 * negative (2019 本年增/减: "减用负值表示"); `fen` an amount of money in fen (分), whatever unit the
 * printed column names (万元 or 元) — the renderer converts.
 */
export type CellUnit = 'count' | 'change' | 'fen';

export interface ColumnDef {
  code: string;
  /** Exact label of the column's own header cell. */
  label: string;
  /** Labels of the header cells spanning it, outermost first. */
  parents: readonly string[];
  unit: CellUnit;
}

export interface RowDef {
  code: string;
  /** Exact label of the row's own cell. */
  label: string;
  /** Labels of the cells spanning it on the left, outermost first. */
  parents: readonly string[];
}

/** One table (section 二 has several, headed by the 条例 article; 三 and 四 one each). */
export interface TableDef {
  section: TableSection;
  /** Heading printed above the table (第二十条第（一）项 …), or null. */
  title: string | null;
  /** Text of the top-left header cell, or null. */
  corner: string | null;
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
}

/** Where a cell is: section, row code, column code. */
export interface CellRef {
  section: TableSection;
  row: string;
  column: string;
}

/** A column def with no spanning headers. */
export function column(code: string, label: string, unit: CellUnit = 'count', parents: readonly string[] = []): ColumnDef {
  return { code, label, parents, unit };
}

/** A row def with no spanning cells. */
export function row(code: string, label: string, parents: readonly string[] = []): RowDef {
  return { code, label, parents };
}
