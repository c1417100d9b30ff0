/**
 * The statutory tables of an annual report laid out as printed: header cells merged over the
 * columns they head, row labels merged down the rows they group — one layout that every renderer
 * (DOCX, PDF, XLSX, HTML) draws, so that they cannot disagree about where a figure sits.
 *
 * Column headers come from the columns' `parents` (申请人情况 › 法人或其他组织 › 商业企业); a header
 * with nothing under it stretches down to the last header row (自然人, 总计). Row labels come from
 * the rows' `parents` (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密); a label with nothing
 * beside it stretches right to the figures (（一）予以公开, 一、本年新收…). Section 四 is held as
 * three rows by five results but printed as one row of fifteen figures under 行政复议 and 行政诉讼 ›
 * 未经复议直接起诉 / 复议后起诉, so its rows become column groups here.
 */
import { SECTION_HEADINGS } from '../../domain/report/headings.ts';
import { allTables } from '../../domain/report/labels.ts';
import type { AnnualReport, CellValue } from '../../domain/report/model.ts';
import type { CellRef, CellUnit, TableDef } from '../../domain/report/table-defs.ts';

/** A cell of the laid-out table, placed at its top-left grid position. */
export interface LaidCell {
  kind: 'corner' | 'column' | 'row' | 'value';
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Unique within the report: `<table key>-…`. */
  id: string;
  /** For a figure: the ids of its column headers (outermost first), then of its row labels. */
  headers: string[];
  /** For a figure: where it is in the model, its value and its unit. */
  ref?: CellRef;
  value?: CellValue;
  unit?: CellUnit;
  /** For a figure: the label of its own column (says 万元 where the amount is in 万元). */
  columnLabel?: string;
}

export interface LaidTable {
  /** Stable key: `proactive-1` … `proactive-5`, `applications`, `appeals`. */
  key: string;
  def: TableDef;
  /** Printed above or in the table: the section 二 article (第二十条第（一）项), else the section heading. */
  caption: string;
  columnCount: number;
  /** Columns of row labels on the left (0 for section 四). */
  labelColumns: number;
  headerRows: number;
  /** Header rows first; each row lists the cells that start in it, left to right. */
  rows: LaidCell[][];
}

interface DataColumn {
  path: string[];
  row: string | null;
  column: string;
  unit: CellUnit;
  label: string;
}

interface DataRow {
  path: string[];
  code: string | null;
}

const samePrefix = (a: string[], b: string[], n: number): boolean => a.length > n && b.length > n && a.slice(0, n + 1).every((x, i) => x === b[i]);

/** Section 四 turned into one row: each (group, result) pair is a column under the group. */
function shape(def: TableDef): { columns: DataColumn[]; rows: DataRow[] } {
  if (def.section === 'appeals') {
    const columns = def.rows.flatMap((r) => def.columns.map((c) => ({ path: [...r.parents, r.label, c.label], row: r.code, column: c.code, unit: c.unit, label: c.label })));
    return { columns, rows: [{ path: [], code: null }] };
  }
  return {
    columns: def.columns.map((c) => ({ path: [...c.parents, c.label], row: null, column: c.code, unit: c.unit, label: c.label })),
    rows: def.rows.map((r) => ({ path: [...r.parents.filter((p) => p !== def.title), r.label], code: r.code })),
  };
}

function layTable(report: AnnualReport, def: TableDef, key: string): LaidTable {
  const { columns, rows } = shape(def);
  const headerRows = Math.max(...columns.map((c) => c.path.length));
  const labelColumns = Math.max(...rows.map((r) => r.path.length));
  const grid: LaidCell[][] = Array.from({ length: headerRows + rows.length }, () => []);
  const cell = (c: Omit<LaidCell, 'headers'> & { headers?: string[] }): LaidCell => {
    const full = { headers: [], ...c };
    grid[c.row]?.push(full);
    return full;
  };

  if (labelColumns > 0) cell({ kind: 'corner', text: def.corner ?? '', row: 0, col: 0, rowSpan: headerRows, colSpan: labelColumns, id: `${key}-corner` });
  const columnHeaders: string[][] = columns.map(() => []);
  for (let level = 0; level < headerRows; level++) {
    for (let j = 0; j < columns.length; j++) {
      const path = columns[j]?.path ?? [];
      if (level >= path.length) continue;
      const id = `${key}-h${level}-${j}`;
      if (j > 0 && samePrefix(columns[j - 1]?.path ?? [], path, level)) {
        columnHeaders[j]?.push(columnHeaders[j - 1]?.[level] ?? id);
        continue;
      }
      let span = 1;
      while (j + span < columns.length && samePrefix(columns[j + span]?.path ?? [], path, level)) span++;
      const leaf = level === path.length - 1;
      cell({ kind: 'column', text: path[level] ?? '', row: level, col: labelColumns + j, rowSpan: leaf ? headerRows - level : 1, colSpan: span, id });
      columnHeaders[j]?.push(id);
    }
  }

  rows.forEach((r, i) => {
    const rowHeaders: string[] = [];
    r.path.forEach((label, level) => {
      const above = rows[i - 1];
      if (above && samePrefix(above.path, r.path, level) && level < r.path.length - 1) {
        let k = i - 1;
        while (k > 0 && samePrefix(rows[k - 1]?.path ?? [], r.path, level)) k--;
        rowHeaders.push(`${key}-r${k}-${level}`);
        return;
      }
      const leaf = level === r.path.length - 1;
      let span = 1;
      while (!leaf && i + span < rows.length && samePrefix(rows[i + span]?.path ?? [], r.path, level)) span++;
      const id = `${key}-r${i}-${level}`;
      cell({ kind: 'row', text: label, row: headerRows + i, col: level, rowSpan: span, colSpan: leaf ? labelColumns - level : 1, id });
      rowHeaders.push(id);
    });
    columns.forEach((c, j) => {
      const ref: CellRef = { section: def.section, row: c.row ?? r.code ?? '', column: c.column };
      const value = report[ref.section][ref.row]?.[ref.column] ?? null;
      const headers = [...(columnHeaders[j] ?? []), ...rowHeaders];
      cell({ kind: 'value', text: cellText(value, c.unit, c.label), row: headerRows + i, col: labelColumns + j, rowSpan: 1, colSpan: 1, id: `${key}-v${i}-${j}`, headers, ref, value, unit: c.unit, columnLabel: c.label });
    });
  });
  for (const line of grid) line.sort((a, b) => a.col - b.col);
  const caption = def.title ?? SECTION_HEADINGS[def.section];
  return { key, def, caption, columnCount: labelColumns + columns.length, labelColumns, headerRows, rows: grid };
}

/** Every statutory table of the report, laid out, in report order. */
export function layTables(report: AnnualReport): LaidTable[] {
  let n = 0;
  return allTables(report.format).map((def) => layTable(report, def, def.section === 'proactive' ? `proactive-${++n}` : def.section));
}

/** True when an amount column is printed in 万元 (its label says so); otherwise in 元. */
export function inWanYuan(columnLabel: string): boolean {
  return columnLabel.includes('万元');
}

/** fen → whole yuan, rounded half up. */
const toYuan = (fen: number): number => Math.round(fen / 100);

/** An amount in fen as the table prints it: 万元 with four decimals, or 元 with two decimals and the unit. */
export function moneyText(fen: number, columnLabel: string): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  if (inWanYuan(columnLabel)) {
    const yuan = toYuan(abs);
    return `${sign}${Math.floor(yuan / 10000)}.${String(yuan % 10000).padStart(4, '0')}`;
  }
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}元`;
}

/** An amount in fen as a number in the printed unit (万元 to four decimals, or 元), for spreadsheets. */
export function moneyNumber(fen: number, columnLabel: string): number {
  return inWanYuan(columnLabel) ? toYuan(fen) / 10000 : fen / 100;
}

/** A figure as printed: counts as whole numbers (本年增/减 with its minus sign), money per its column; blank as ''. */
export function cellText(value: CellValue, unit: CellUnit, columnLabel: string): string {
  if (value === null) return '';
  return unit === 'fen' ? moneyText(value, columnLabel) : String(value);
}

/** Every cell of a laid table with its grid positions covered: `grid[r][c]` is the cell covering it. */
export function coverGrid(t: LaidTable): LaidCell[][] {
  const grid: LaidCell[][] = t.rows.map(() => []);
  for (const line of t.rows) {
    for (const c of line) {
      for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) (grid[r] ??= [])[k] = c;
    }
  }
  return grid;
}
