/**
 * The columns of a catalog import file (政府信息公开目录 metadata, spec/statutory.md §5), the header
 * names accepted for each, and the readers of the cells that need more than trimming: 第二十条
 * category, dates as spreadsheets write them, plain-text bodies, departments and 组配分类 by name.
 */
import { ARTICLE20 } from './article20.ts';

/** One column: its key, the header written in the template, other header names accepted, a note. */
export interface ImportColumn {
  key: string;
  title: string;
  aliases: readonly string[];
  required: boolean;
  note: string;
}

export const IMPORT_COLUMNS = [
  { key: 'indexNumber', title: '索引号', aliases: [], required: false, note: '留空则按本机关规则生成（组织机构代码/年-流水号）；已有的索引号按原样保留，须为可识别的格式且不得重复' },
  { key: 'title', title: '名称', aliases: ['信息名称', '标题', '题名'], required: true, note: '必填，不超过200字' },
  { key: 'summary', title: '内容概述', aliases: ['摘要', '内容摘要'], required: false, note: '不超过500字' },
  { key: 'topic', title: '主题分类', aliases: ['主题', '主题导航'], required: false, note: '如“综合政务\\政务公开”' },
  { key: 'column', title: '组配分类', aliases: ['信息分类', '公开目录'], required: false, note: '本机关已设的栏目名称；同名栏目请写完整路径，如“政策文件 › 规范性文件”' },
  { key: 'publisher', title: '发布机构', aliases: ['发文机构', '发文机关', '发文单位'], required: false, note: '留空为本机关名称' },
  { key: 'writtenOn', title: '成文日期', aliases: ['生成日期', '发文日期', '产生日期'], required: false, note: 'YYYY-MM-DD（也可写 2024/3/5 或 2024年3月5日），不得晚于发布日期' },
  { key: 'formedOn', title: '信息形成或变更日期', aliases: ['形成日期'], required: false, note: '第二十六条的起算日；留空同成文日期' },
  { key: 'publishedOn', title: '发布日期', aliases: ['公开日期'], required: true, note: '必填，原发布日期，不得晚于今天' },
  { key: 'docNumber', title: '文号', aliases: ['发布文号', '发文字号'], required: false, note: '如“甲公通〔2024〕3号”' },
  { key: 'validity', title: '有效性', aliases: ['时效'], required: false, note: '有效、失效 或 废止；留空为有效' },
  { key: 'validityChangedOn', title: '失效或废止日期', aliases: ['废止日期', '失效日期'], required: false, note: '有效性为失效或废止时必填' },
  { key: 'disclosureMethod', title: '公开方式', aliases: ['公开属性'], required: false, note: '主动公开（留空亦同）' },
  { key: 'disclosureScope', title: '公开范围', aliases: [], required: false, note: '面向社会 或 面向特定对象；留空为面向社会' },
  { key: 'keywords', title: '关键词', aliases: ['主题词'], required: false, note: '不超过200字' },
  { key: 'body', title: '正文', aliases: ['内容'], required: false, note: '纯文本按段落转换；HTML 只保留安全的标记（脚本等删除）' },
  { key: 'department', title: '所属部门', aliases: ['部门', '承办部门', '责任部门'], required: false, note: '本机关已设的部门名称' },
  { key: 'article20', title: '第二十条类别', aliases: ['第二十条', '条例第二十条类别'], required: false, note: '（一）至（十五），也可写 (一)、一 或 1' },
  { key: 'regulationKind', title: '规章或规范性文件', aliases: ['文件类别', '规范性文件类别'], required: false, note: '第二十条第（一）项的信息必填：规章 或 行政规范性文件' },
] as const satisfies readonly ImportColumn[];

export type ImportKey = (typeof IMPORT_COLUMNS)[number]['key'];

/** The template header of a column. */
export function columnTitle(key: ImportKey): string {
  return IMPORT_COLUMNS.find((c) => c.key === key)?.title ?? key;
}

/** A header cell without spaces, BOM and the marks of a required column (`*`, （必填）). */
function headerName(cell: string): string {
  return cell.replace(/^\uFEFF/, '').replace(/[\s\u3000]/g, '').replace(/[*＊]$|[（(]必填[）)]$/, '');
}

/** Which cell holds which column; lists unknown, repeated and missing required columns. */
export function mapHeader(cells: readonly string[]): { index: Partial<Record<ImportKey, number>>; problems: string[] } {
  const index: Partial<Record<ImportKey, number>> = {};
  const problems: string[] = [];
  cells.forEach((cell, i) => {
    const name = headerName(cell);
    if (!name) return;
    const col = IMPORT_COLUMNS.find((c) => c.title === name || (c.aliases as readonly string[]).includes(name));
    if (!col) problems.push(`无法识别的列“${name}”`);
    else if (index[col.key] !== undefined) problems.push(`“${col.title}”列重复`);
    else index[col.key] = i;
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && index[c.key] === undefined).map((c) => c.title);
  if (missing.length) problems.push(`缺少必需的列：${missing.join('、')}`);
  return { index, problems };
}

const DIGITS = '一二三四五六七八九';

function chineseNumber(s: string): number | null {
  if (s === '十') return 10;
  if (s.length === 1) return DIGITS.indexOf(s) + 1 || null;
  if (s.length === 2 && s[0] === '十') return 10 + (DIGITS.indexOf(s[1] ?? '') + 1 || NaN) || null;
  return null;
}

/**
 * 第二十条 category from the forms people write: （一）, (一), 一, 1, 第（一）项, 第二十条第一项, or the
 * full label. Null when blank; undefined when not one of （一）–（十五） or the label does not match.
 */
export function parseArticle20(text: string): number | null | undefined {
  const s = text.replace(/[\s\u3000]/g, '').replace(/^(条例)?第二十条/, '').replace(/^第/, '');
  if (!s) return null;
  const m = /^[（(]?([一二三四五六七八九十]{1,2}|\d{1,2})[）)]?项?(.*)$/.exec(s);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : chineseNumber(m[1] ?? '');
  const entry = ARTICLE20.find((a) => a.n === n);
  if (!entry) return undefined;
  const rest = m[2] ?? '';
  return rest === '' || entry.label.includes(rest) ? entry.n : undefined;
}

/**
 * Dates as spreadsheets write them (2024/3/5, 2024.3.5, 2024年3月5日, or an Excel serial day number
 * such as 45719, which a date typed into a text-formatted cell becomes) → YYYY-MM-DD; other text unchanged.
 */
export function normalizeDate(text: string): string {
  const s = text.trim();
  if (/^\d{5}$/.test(s)) return new Date(Date.UTC(1899, 11, 30) + Number(s) * 86_400_000).toISOString().slice(0, 10);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  return m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : s;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A body cell as HTML: markup is kept for the sanitiser; plain text becomes one paragraph a line. */
export function bodyFromCell(text: string): string {
  if (/<\/?[a-z][^>]*>/i.test(text)) return text;
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => `<p>${escapeHtml(l)}</p>`).join('');
}

/** A department of the agency by its exact name. */
export function resolveDepartment(departments: readonly { id: number; name: string }[], name: string): { id: number } | { problem: string } {
  const found = departments.find((d) => d.name === name.trim());
  return found ? { id: found.id } : { problem: `本机关没有名为“${name.trim()}”的部门` };
}

/** A 组配分类 column by its name, or by its path (`上级 › 下级`, also with >, / or \) when names repeat. */
export function resolveColumn(columns: readonly { id: number; parentId: number | null; name: string }[], text: string): { id: number } | { problem: string } {
  const wanted = text.split(/\s*[›>/\\／＞]\s*/).map((s) => s.trim()).filter(Boolean);
  const pathOf = (c: { parentId: number | null; name: string }, depth = 0): string[] => {
    const parent = depth < 50 ? columns.find((x) => x.id === c.parentId) : undefined;
    return parent ? [...pathOf(parent, depth + 1), c.name] : [c.name];
  };
  const label = wanted.join(' › ');
  const byPath = columns.filter((c) => pathOf(c).join('\u0000') === wanted.join('\u0000'));
  const matches = byPath.length || wanted.length > 1 ? byPath : columns.filter((c) => c.name === wanted[0]);
  const first = matches[0];
  if (matches.length === 1 && first) return { id: first.id };
  if (matches.length > 1) return { problem: `组配分类“${label}”有${matches.length}个同名栏目，请写完整路径，如“${pathOf(matches[1] ?? first ?? { parentId: null, name: label }).join(' › ')}”` };
  return { problem: `本机关没有名为“${label}”的组配分类栏目` };
}
