/**
 * Reading rendered tables back, independently of the renderers' own layout code: HTML tables (ours,
 * and mammoth's conversion of the DOCX) parsed into a grid with rowspan/colspan expanded, and a
 * check that finds, for every figure in a grid, its row labels (left) and column headers (above),
 * looks up the cell those labels name in the label tables, and compares the figure with the model.
 */
import { expect } from 'vitest';
import { allTables } from '../../../src/domain/report/labels.ts';
import type { AnnualReport } from '../../../src/domain/report/model.ts';
import type { CellRef, TableDef } from '../../../src/domain/report/table-defs.ts';
import { refKey } from './fixture.ts';

export interface ParsedCell {
  tag: 'td' | 'th';
  attrs: Record<string, string>;
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface ParsedTable {
  caption: string;
  /** Rows as written: only the cells that start in each row. */
  rows: ParsedCell[][];
}

const decode = (s: string): string =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .trim();

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w-]+)="([^"]*)"/g)) out[m[1] ?? ''] = decode(m[2] ?? '');
  return out;
}

/** Every <table> of an HTML text (tables are not nested in what we parse). */
export function parseTables(html: string): ParsedTable[] {
  const tables: ParsedTable[] = [];
  for (const t of html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)) {
    const body = t[1] ?? '';
    const caption = decode(/<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(body)?.[1] ?? '');
    const rows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
      [...(tr[1] ?? '').matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map((c): ParsedCell => {
        const attrs = attributes(c[2] ?? '');
        return { tag: c[1] as 'td' | 'th', attrs, text: decode(c[3] ?? ''), rowSpan: Number(attrs.rowspan ?? 1), colSpan: Number(attrs.colspan ?? 1) };
      }),
    );
    tables.push({ caption, rows });
  }
  return tables;
}

/** The grid of a parsed table: grid[r][c] is the cell covering that position. */
export function expand(t: ParsedTable): ParsedCell[][] {
  const grid: ParsedCell[][] = t.rows.map(() => []);
  t.rows.forEach((line, r) => {
    let c = 0;
    for (const cell of line) {
      while (grid[r]?.[c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = cell;
      c += cell.colSpan;
    }
  });
  return grid;
}

/** Labels along a line of the grid, a label merged over several positions counted once. */
const dedupe = (xs: string[]): string[] => xs.filter((x, i) => x !== '' && x !== xs[i - 1]);

/** Header rows and label columns of each table as the statutory format prints it. */
export function shapeOf(def: TableDef): { headerRows: number; labelColumns: number } {
  if (def.section === 'appeals') return { headerRows: 3, labelColumns: 0 };
  if (def.section === 'applications') return { headerRows: 3, labelColumns: 3 };
  return { headerRows: 1, labelColumns: 1 };
}

/** The model cell that a row-label path and a column-header path name (looked up in the label tables). */
export function refByLabels(def: TableDef, rowPath: string[], colPath: string[]): CellRef | undefined {
  const eq = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  if (def.section === 'appeals') {
    const row = def.rows.find((r) => eq([...r.parents, r.label], colPath.slice(0, -1)));
    const column = def.columns.find((c) => c.label === colPath.at(-1));
    return row && column ? { section: def.section, row: row.code, column: column.code } : undefined;
  }
  const row = def.rows.find((r) => eq([...r.parents, r.label], rowPath));
  const column = def.columns.find((c) => eq([...c.parents, c.label], colPath));
  return row && column ? { section: def.section, row: row.code, column: column.code } : undefined;
}

/** A figure as the statutory table prints it, computed here without the renderers' helpers. */
export function expectedText(report: AnnualReport, def: TableDef, ref: CellRef): string {
  const v = report[ref.section][ref.row]?.[ref.column];
  const col = def.columns.find((c) => c.code === ref.column);
  if (v === null || v === undefined) return '';
  if (col?.unit !== 'fen') return String(v);
  return col.label.includes('万元') ? (v / 1_000_000).toFixed(4) : `${(v / 100).toFixed(2)}元`;
}

/**
 * Checks every figure of a rendered table grid against the model by its labels; returns the cells
 * found, so the caller can check that each cell of the table was found exactly once.
 */
export function checkGrid(report: AnnualReport, def: TableDef, grid: string[][]): string[] {
  const { headerRows, labelColumns } = shapeOf(def);
  const found: string[] = [];
  for (let r = headerRows; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const rowPath = dedupe(line.slice(0, labelColumns));
    for (let c = labelColumns; c < line.length; c++) {
      const colPath = dedupe(grid.slice(0, headerRows).map((h) => h[c] ?? ''));
      const ref = refByLabels(def, rowPath, colPath);
      expect(ref, `no cell for row ${rowPath.join(' › ')} column ${colPath.join(' › ')}`).toBeDefined();
      if (!ref) continue;
      expect(line[c], refKey(ref)).toBe(expectedText(report, def, ref));
      found.push(refKey(ref));
    }
  }
  return found;
}

/** Checks tables in report order against the format's label tables; every cell found exactly once. */
export function checkAllTables(report: AnnualReport, grids: string[][][]): void {
  const defs = allTables(report.format);
  expect(grids).toHaveLength(defs.length);
  const found = defs.flatMap((def, i) => checkGrid(report, def, grids[i] ?? []));
  const expected = defs.flatMap((t) => t.rows.flatMap((r) => t.columns.map((c) => refKey({ section: t.section, row: r.code, column: c.code }))));
  expect([...found].sort()).toEqual([...expected].sort());
}

/** The text grid of a parsed table. */
export const textGrid = (t: ParsedTable): string[][] => expand(t).map((line) => line.map((c) => c.text));

/** Finds the first cell whose text is `text` (for checking merged header spans). */
export function cellNamed(t: ParsedTable, text: string): ParsedCell {
  const c = t.rows.flat().find((x) => x.text === text);
  expect(c, `cell ${text}`).toBeDefined();
  return c as ParsedCell;
}

/** The merged cells of the section 三 and 四 tables, as the statutory format prints them. */
export function checkMergedHeaders(format: AnnualReport['format'], applications: ParsedTable, appeals: ParsedTable): void {
  const span = (t: ParsedTable, text: string) => {
    const c = cellNamed(t, text);
    return [c.rowSpan, c.colSpan];
  };
  expect(span(applications, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')).toEqual([3, 3]);
  expect(span(applications, '申请人情况')).toEqual([1, 7]);
  expect(span(applications, '法人或其他组织')).toEqual([1, 5]);
  expect(span(applications, '自然人')).toEqual([2, 1]);
  expect(span(applications, '总计')).toEqual([2, 1]);
  expect(span(applications, '一、本年新收政府信息公开申请数量')).toEqual([1, 3]);
  expect(span(applications, '三、本年度办理结果')).toEqual([format === '2021' ? 22 : 20, 1]);
  expect(span(applications, '（一）予以公开')).toEqual([1, 2]);
  expect(span(applications, '（三）不予公开')).toEqual([8, 1]);
  expect(span(applications, '（四）无法提供')).toEqual([3, 1]);
  expect(span(applications, '（五）不予处理')).toEqual([5, 1]);
  expect(span(applications, '（六）其他处理')).toEqual(format === '2021' ? [3, 1] : [1, 2]);
  expect(span(applications, '（七）总计')).toEqual([1, 2]);
  expect(span(appeals, '行政复议')).toEqual([1, 5]);
  expect(span(appeals, '行政诉讼')).toEqual([1, 10]);
  expect(span(appeals, '未经复议直接起诉')).toEqual([1, 5]);
  expect(span(appeals, '复议后起诉')).toEqual([1, 5]);
  expect(span(appeals, '结果维持')).toEqual([2, 1]);
}
