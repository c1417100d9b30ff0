/**
 * Importing 主动公开 catalog items that an agency already published elsewhere: each row of the file
 * is checked into the metadata of a published item, every problem named as “第N行 «列名»：…”.
 * Pure: the service resolves departments and 组配分类 by name and checks 索引号 against the database.
 */
import { isCivilDate } from '../dates.ts';
import type { CivilDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { REGULATION_KINDS } from './article20.ts';
import { checkIndexNumber, ownIndexSerial } from './index-number.ts';
import { validateItem } from './item-form.ts';
import type { ItemContent } from './item-form.ts';
import { bodyFromCell, columnTitle, mapHeader, normalizeDate, parseArticle20 } from './item-import-columns.ts';
import type { ImportKey } from './item-import-columns.ts';

/** A row of the file: its line number as a spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  line: number;
  cells: string[];
}

/** A good row: the item's metadata and its 索引号 (null: to be generated). */
export interface ImportRow {
  line: number;
  content: ItemContent;
  indexNumber: string | null;
  publishedOn: CivilDate;
}

/**
 * What of every row (good or bad) the service checks against the database, so that the user sees
 * all problems at once: the 索引号 (when well formed) and the names of department and 组配分类.
 */
export interface RowRefs {
  line: number;
  indexNumber: string | null;
  department: string | null;
  column: string | null;
}

/** A problem in one cell (or row) of the file. */
export interface RowIssue {
  line: number;
  key: ImportKey;
  message: string;
}

export interface ImportContext {
  today: CivilDate;
  agencyName: string;
  /** The organisation part of the agency's own 索引号 (see `indexPrefix`). */
  indexPrefix: string;
}

export const MAX_IMPORT_ROWS = 5_000;

/** validateItem's field names → the column the user wrote them in. */
const FIELD_KEYS: Record<string, ImportKey> = {
  title: 'title', summary: 'summary', topic: 'topic', publisher: 'publisher', writtenOn: 'writtenOn', formedOn: 'formedOn',
  docNumber: 'docNumber', validity: 'validity', validityChangedOn: 'validityChangedOn', abolishedOn: 'validityChangedOn',
  disclosureScope: 'disclosureScope', keywords: 'keywords', bodyHtml: 'body', article20: 'article20', regulationKind: 'regulationKind',
};

/** A file-level problem (no header, unknown columns, too many rows). */
export function fileProblem(message: string): DomainError {
  return new DomainError('VALIDATION', message, [{ field: 'file', message }]);
}

/** Checks the 索引号 of one row: blank, the agency's own default form, or a form of spec §5. */
function indexNumberProblem(v: string, prefix: string): string | null {
  if (v.length > 50) return '索引号不能超过50个字符';
  if (ownIndexSerial(v, prefix)) return null;
  try {
    checkIndexNumber(v);
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e.message;
    throw e;
  }
}

type Cell = (k: ImportKey) => string;
type Add = (key: ImportKey, message: string) => void;

/** 第二十条 class, 规章 / 行政规范性文件 (规范性文件 read as the latter) and 公开方式. */
function classOf(cell: Cell, add: Add): { article20: number | null; regulationKind: string } {
  const text = cell('article20');
  const article20 = parseArticle20(text);
  if (article20 === undefined) add('article20', `“${text}”不是第二十条的（一）至（十五）项`);
  const kind = cell('regulationKind') === '规范性文件' ? '行政规范性文件' : cell('regulationKind');
  if (kind && !(REGULATION_KINDS as readonly string[]).includes(kind)) add('regulationKind', `应为“规章”或“行政规范性文件”，而不是“${kind}”`);
  else if (kind && article20 && article20 !== 1) add('regulationKind', '只有第二十条第（一）项的信息填写规章或行政规范性文件');
  const method = cell('disclosureMethod');
  if (method && method !== '主动公开') add('disclosureMethod', `公开方式应为“主动公开”，而不是“${method}”`);
  return { article20: article20 ?? null, regulationKind: kind };
}

/** The dates only an import has: 发布日期 (required, not after today), 成文日期 ≤ 发布日期, no future 失效 / 废止. */
function datesOf(cell: Cell, add: Add, today: CivilDate): { writtenOn: string; publishedOn: string; validityChangedOn: string } {
  const [writtenOn, publishedOn, validityChangedOn] = (['writtenOn', 'publishedOn', 'validityChangedOn'] as const).map((k) => normalizeDate(cell(k))) as [string, string, string];
  if (!publishedOn) add('publishedOn', '请填写发布日期');
  else if (!isCivilDate(publishedOn)) add('publishedOn', `发布日期“${publishedOn}”不是有效日期（YYYY-MM-DD）`);
  else if (publishedOn > today) add('publishedOn', `发布日期${publishedOn}晚于今天`);
  if (isCivilDate(writtenOn) && isCivilDate(publishedOn) && writtenOn > publishedOn) add('writtenOn', `成文日期${writtenOn}晚于发布日期${publishedOn}`);
  if (isCivilDate(validityChangedOn) && validityChangedOn > today) add('validityChangedOn', `失效或废止日期${validityChangedOn}晚于今天`);
  return { writtenOn, publishedOn, validityChangedOn };
}

/** The item form's own checks (validateItem), one problem a column; an unknown 有效性 needs no date yet. */
function validated(p: Record<string, string>, issues: RowIssue[], add: Add): ItemContent | undefined {
  try {
    return validateItem(p);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const badValidity = e.issues.some((i) => i.field === 'validity');
    for (const i of e.issues) {
      const key = FIELD_KEYS[i.field] ?? 'title';
      if (!issues.some((x) => x.key === key) && !(badValidity && i.field === 'validityChangedOn')) add(key, i.message);
    }
    return undefined;
  }
}

/** One data row → an ImportRow (null when bad), the problems of its cells, and its references. */
export function importRow(row: SheetRow, index: Partial<Record<ImportKey, number>>, ctx: ImportContext): { row: ImportRow | null; issues: RowIssue[]; refs: RowRefs } {
  const cell: Cell = (k) => (index[k] === undefined ? '' : (row.cells[index[k]] ?? '').trim());
  const issues: RowIssue[] = [];
  const add: Add = (key, message) => issues.push({ line: row.line, key, message });

  const indexNumber = cell('indexNumber') || null;
  const indexProblem = indexNumber && indexNumberProblem(indexNumber, ctx.indexPrefix);
  if (indexProblem) add('indexNumber', indexProblem);
  const refs = { line: row.line, indexNumber: indexProblem ? null : indexNumber, department: cell('department') || null, column: cell('column') || null };
  const { article20, regulationKind } = classOf(cell, add);
  const { writtenOn, publishedOn, validityChangedOn } = datesOf(cell, add, ctx.today);
  const content = validated({
    title: cell('title'), summary: cell('summary'), topic: cell('topic'), publisher: cell('publisher') || ctx.agencyName,
    writtenOn, formedOn: normalizeDate(cell('formedOn')), docNumber: cell('docNumber'), validity: cell('validity'), validityChangedOn,
    disclosureScope: cell('disclosureScope'), keywords: cell('keywords'), bodyHtml: bodyFromCell(cell('body')),
    article20: article20 ? String(article20) : '', regulationKind,
  }, issues, add);
  if (issues.length || !content) return { row: null, issues, refs };
  const abolishedOn = content.validity === '废止' ? content.validityChangedOn : null;
  return { row: { line: row.line, content: { ...content, abolishedOn }, indexNumber, publishedOn }, issues, refs };
}

/**
 * The rows of a file (the first non-empty row is the header) → good rows, the problems of the bad
 * ones (including a 索引号 written twice), and the references of every row. Throws a file-level
 * VALIDATION error when the header is wrong, there are no data rows, or there are more than
 * MAX_IMPORT_ROWS.
 */
export function importRows(rows: readonly SheetRow[], ctx: ImportContext): { rows: ImportRow[]; issues: RowIssue[]; refs: RowRefs[] } {
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = filled[0];
  if (!header) throw fileProblem('文件中没有数据');
  const { index, problems } = mapHeader(header.cells);
  if (problems.length) throw fileProblem(`第${header.line}行表头有误：${problems.join('；')}。请使用导入模板的表头`);
  const data = filled.slice(1);
  if (data.length === 0) throw fileProblem('文件中只有表头，没有数据行');
  if (data.length > MAX_IMPORT_ROWS) throw fileProblem(`文件有${data.length}行数据，超过${MAX_IMPORT_ROWS}行，请分批导入`);
  const good: ImportRow[] = [];
  const issues: RowIssue[] = [];
  const refs: RowRefs[] = [];
  const seen = new Map<string, number>();
  for (const r of data) {
    const res = importRow(r, index, ctx);
    issues.push(...res.issues);
    refs.push(res.refs);
    const n = res.refs.indexNumber?.toUpperCase();
    const earlier = n === undefined ? undefined : seen.get(n);
    if (earlier !== undefined) issues.push({ line: r.line, key: 'indexNumber', message: `索引号“${res.refs.indexNumber}”与第${earlier}行重复` });
    else if (n !== undefined) seen.set(n, r.line);
    if (res.row && earlier === undefined) good.push(res.row);
  }
  return { rows: good, issues, refs };
}

/** “第N行 «列名»：…” */
export function issueText(i: RowIssue): string {
  return `第${i.line}行 «${columnTitle(i.key)}»：${i.message}`;
}

/** The one error of a failed import: nothing written, every problem listed in row order. */
export function importFailure(issues: readonly RowIssue[]): DomainError {
  const sorted = [...issues].sort((a, b) => a.line - b.line);
  const lines = new Set(sorted.map((i) => i.line)).size;
  const list: FieldIssue[] = sorted.map((i) => ({ field: `line.${i.line}.${i.key}`, message: issueText(i) }));
  const shown = list.slice(0, 10).map((i) => i.message).join('；');
  return new DomainError('VALIDATION', `导入文件中有${lines}行有误，未写入任何信息。${shown}${list.length > 10 ? '；……' : ''}`, list);
}
