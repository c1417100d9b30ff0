/**
 * Importing period figures from a CSV (UTF-8 with or without BOM, or GBK as saved by Excel on
 * Chinese Windows) or XLSX file with the columns 年, 月, 项目, 数值. Every bad row is reported with
 * its line number, and nothing is written unless every row is good (one transaction).
 */
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { figureFromText, figureKind } from '../domain/catalog/figures.ts';
import type { FigureEntry, FigureRowText } from '../domain/catalog/figures.ts';
import { DomainError } from '../domain/errors.ts';
import type { FieldIssue } from '../domain/errors.ts';
import { upsertFigures } from '../db/repositories/period-figures.ts';
import type { Actor, Deps } from './deps.ts';
import { requireFigureEntry } from './figures.ts';

/** A row of the file: its line number (1-based, as a spreadsheet shows it) and its cells as text. */
export interface SheetRow {
  line: number;
  cells: string[];
}

const MAX_ROWS = 10_000;

/** The columns, with the header names accepted for each. */
const COLUMNS: Record<keyof FigureRowText, readonly string[]> = {
  year: ['年', '年份'],
  month: ['月', '月份'],
  kind: ['项目', '统计项目'],
  value: ['数值', '数量', '金额'],
};
const COLUMN_TITLES: Record<keyof FigureRowText, string> = { year: '年', month: '月', kind: '项目', value: '数值' };

/** Bytes → text: UTF-8 (a BOM is dropped) when they are valid UTF-8, otherwise GBK. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** CSV text → rows (RFC 4180 quoting; comma, or tab when the first line has tabs and no commas). */
export function parseCsv(text: string): SheetRow[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; cell += ch; }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) { cells.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: start, cells });
      cells = []; cell = ''; line++; start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) rows.push({ line: start, cells: [...cells, cell] });
  return rows;
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(parseFloat(v.toPrecision(15))); // drop binary noise, as Excel shows it
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellText((v.result ?? null) as CellValue);
  if ('text' in v) return String(v.text);
  return '';
}

/** The first worksheet of an XLSX file → rows with their sheet row numbers. */
export async function parseXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('VALIDATION', '无法读取该 XLSX 文件，请确认文件未损坏', [{ field: 'file', message: 'XLSX 文件无法读取' }]);
  }
  const ws = wb.worksheets[0];
  const rows: SheetRow[] = [];
  ws?.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => { cells[col - 1] = cellText(cell.value); });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

function fail(message: string, issues: FieldIssue[] = [{ field: 'file', message }]): never {
  throw new DomainError('VALIDATION', message, issues);
}

/** Reads the file by its name (.csv, .xlsx; an XLSX is also recognised by its ZIP signature). */
export async function readSheet(bytes: Uint8Array, filename: string): Promise<SheetRow[]> {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === 'xls') fail('不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV 后导入');
  if (ext === 'xlsx' || zip) return parseXlsx(bytes);
  if (ext !== 'csv' && ext !== 'txt') fail(`不支持的文件类型“${filename}”：请使用 CSV 或 XLSX 文件`);
  return parseCsv(decodeText(bytes));
}

/** Which cell holds which column, from the header row; fails naming the missing columns. */
function headerIndex(header: SheetRow): Record<keyof FigureRowText, number> {
  const names = header.cells.map((c) => c.replace(/^\uFEFF/, '').replace(/[\s\u3000]/g, ''));
  const idx = Object.fromEntries(
    (Object.keys(COLUMNS) as (keyof FigureRowText)[]).map((k) => [k, names.findIndex((n) => COLUMNS[k].includes(n))]),
  ) as Record<keyof FigureRowText, number>;
  const missing = (Object.keys(idx) as (keyof FigureRowText)[]).filter((k) => idx[k] < 0).map((k) => COLUMN_TITLES[k]);
  if (missing.length > 0) fail(`第${header.line}行表头缺少列：${missing.join('、')}（应有 年、月、项目、数值 四列）`);
  return idx;
}

/**
 * Rows → entries, checking each and refusing the same year, month and kind twice. Throws one
 * VALIDATION error listing every bad row (`第N行：…`) when any row is bad.
 */
export function figuresFromRows(rows: readonly SheetRow[]): FigureEntry[] {
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = filled[0];
  if (!header) fail('文件中没有数据');
  if (filled.length - 1 > MAX_ROWS) fail(`文件超过${MAX_ROWS}行，请分批导入`);
  const idx = headerIndex(header);
  const entries: FigureEntry[] = [];
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  for (const r of filled.slice(1)) {
    const text = { year: r.cells[idx.year] ?? '', month: r.cells[idx.month] ?? '', kind: r.cells[idx.kind] ?? '', value: r.cells[idx.value] ?? '' };
    const res = figureFromText(text);
    if (res.errors) { issues.push({ field: `line.${r.line}`, message: `第${r.line}行：${res.errors.join('；')}` }); continue; }
    const key = `${res.entry.year}-${res.entry.month}-${res.entry.kind}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({ field: `line.${r.line}`, message: `第${r.line}行：与第${earlier}行重复（${res.entry.year}年${res.entry.month}月 ${figureKind(res.entry.kind)?.name}）` });
      continue;
    }
    seen.set(key, r.line);
    entries.push(res.entry);
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, 20).map((i) => i.message).join('；');
    fail(`导入文件中有${issues.length}行有误，未写入任何数据。${shown}${issues.length > 20 ? '；……' : ''}`, issues);
  }
  if (entries.length === 0) fail('文件中只有表头，没有数据行');
  return entries;
}

/**
 * Imports figures for the actor's agency from a CSV or XLSX file: all rows or none. A figure already
 * entered for the same year, month and kind is replaced. `entered_by` is the actor's display name.
 */
export async function importFigures(deps: Deps, actor: Actor, bytes: Uint8Array, filename: string): Promise<{ count: number; figures: FigureEntry[] }> {
  requireFigureEntry(actor);
  const figures = figuresFromRows(await readSheet(bytes, filename));
  const enteredAt = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await upsertFigures(trx, actor.agencyId, figures, actor.displayName, enteredAt);
  });
  return { count: figures.length, figures };
}
