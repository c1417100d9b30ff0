/**
 * Checks on uploaded files: the attachments of an application (proof of identity under 条例
 * 第二十九条第（一）项, supporting documents, 补正 material) and the documents published with a
 * catalog item. The type is decided by the content (magic bytes), never by the name alone, and the
 * declared extension must agree with it. Each use has its own limits (`DEFAULT_UPLOAD_LIMITS`,
 * `CATALOG_UPLOAD_LIMITS`). Hashing and storage happen outside the domain.
 */
import { DomainError, validationError } from './errors.ts';
import type { FieldIssue } from './errors.ts';

/** The types `sniffFileType` can recognise. */
export type FileType = 'pdf' | 'png' | 'jpeg' | 'docx' | 'doc' | 'xlsx' | 'xls' | 'ofd' | 'zip' | 'txt';

/** Per-type MIME type, the name used in messages, and the extensions that declare it. */
export const FILE_TYPES: Record<FileType, { mime: string; label: string; description: string; extensions: string[] }> = {
  pdf: { mime: 'application/pdf', label: 'PDF', description: 'PDF文件', extensions: ['pdf'] },
  png: { mime: 'image/png', label: 'PNG', description: 'PNG图片', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', label: 'JPEG', description: 'JPEG图片', extensions: ['jpg', 'jpeg'] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'DOCX',
    description: 'Word（.docx）文档',
    extensions: ['docx'],
  },
  doc: { mime: 'application/msword', label: 'DOC', description: 'Word（.doc）文档', extensions: ['doc'] },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'XLSX',
    description: 'Excel（.xlsx）表格',
    extensions: ['xlsx'],
  },
  xls: { mime: 'application/vnd.ms-excel', label: 'XLS', description: 'Excel（.xls）表格', extensions: ['xls'] },
  ofd: { mime: 'application/ofd', label: 'OFD', description: 'OFD版式文件', extensions: ['ofd'] },
  zip: { mime: 'application/zip', label: 'ZIP', description: 'ZIP压缩文件', extensions: ['zip'] },
  txt: { mime: 'text/plain; charset=utf-8', label: 'TXT', description: 'UTF-8编码的纯文本文件', extensions: ['txt'] },
};

/** What is accepted: types, size of one file in bytes, number of files per application. */
export interface UploadLimits {
  allowedTypes: readonly FileType[];
  maxBytes: number;
  maxFiles: number;
}

/** PDF, PNG, JPEG, DOCX, DOC, OFD, TXT; at most 10 MB each; at most 5 files. */
export const DEFAULT_UPLOAD_LIMITS: Readonly<UploadLimits> = Object.freeze({
  allowedTypes: Object.freeze(['pdf', 'png', 'jpeg', 'docx', 'doc', 'ofd', 'txt'] as FileType[]),
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 5,
});

/**
 * Documents published with a catalog item (主动公开): PDF, OFD, DOCX, DOC, XLSX, XLS, PNG, JPEG —
 * no plain text or archives; at most 20 MB each and 3 files per upload (one request stays within
 * the 60 MB body limit of the web application).
 */
export const CATALOG_UPLOAD_LIMITS: Readonly<UploadLimits> = Object.freeze({
  allowedTypes: Object.freeze(['pdf', 'ofd', 'docx', 'doc', 'xlsx', 'xls', 'png', 'jpeg'] as FileType[]),
  maxBytes: 20 * 1024 * 1024,
  maxFiles: 3,
});

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((x, i) => b[at + i] === x);
}

function indexOf(b: Uint8Array, sig: readonly number[], from = 0): number {
  const first = sig[0];
  for (let i = b.indexOf(first ?? 0, from); i !== -1 && i + sig.length <= b.length; i = b.indexOf(first ?? 0, i + 1)) {
    if (startsWith(b, sig, i)) return i;
  }
  return -1;
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
const bytesOf = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PDF = bytesOf('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
/** The name of a .doc file's main stream, as stored in the OLE2 directory (UTF-16LE). */
const WORD_STREAM = bytesOf('WordDocument').flatMap((c) => [c, 0]);
/** The name of an .xls (BIFF8, Excel 97 and later) file's main stream, likewise. */
const WORKBOOK_STREAM = bytesOf('Workbook').flatMap((c) => [c, 0]);
const MAX_ZIP_ENTRIES = 10_000;

/** Entry names from the ZIP central directory. */
function centralDirectoryNames(b: Uint8Array): string[] | null {
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (startsWith(b, ZIP_END, i)) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = Math.min(u16(b, end + 10), MAX_ZIP_ENTRIES);
  const names: string[] = [];
  for (let p = u32(b, end + 16), n = 0; n < count; n++) {
    if (!startsWith(b, ZIP_CENTRAL, p)) return null;
    const nameLen = u16(b, p + 28);
    names.push(ascii(b, p + 46, nameLen));
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return names;
}

/** Entry names from the local file headers, for archives whose directory is missing or unreadable. */
function localHeaderNames(b: Uint8Array): string[] {
  const names: string[] = [];
  for (let p = 0; startsWith(b, ZIP_LOCAL, p) && names.length < MAX_ZIP_ENTRIES; ) {
    const nameLen = u16(b, p + 26);
    names.push(ascii(b, p + 30, nameLen));
    const hasDescriptor = (u16(b, p + 6) & 0x08) !== 0;
    const size = u32(b, p + 18);
    if (hasDescriptor && size === 0) break; // size unknown until the data descriptor
    p += 30 + nameLen + u16(b, p + 28) + size;
  }
  return names;
}

function zipKind(b: Uint8Array): 'docx' | 'xlsx' | 'ofd' | 'zip' {
  const names = centralDirectoryNames(b) ?? localHeaderNames(b);
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.toLowerCase() === 'ofd.xml')) return 'ofd';
  return 'zip';
}

/** UTF-8 (BOM allowed) without NUL or other control characters than tab, line feed, CR, form feed. */
function isUtf8Text(b: Uint8Array): boolean {
  for (const x of b) {
    if (x === 0x7f || (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0c && x !== 0x0d)) return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * The type of a file by its content: PDF (`%PDF-`), PNG (its 8-byte signature), JPEG (FF D8 FF),
 * DOC / XLS (OLE2 compound file holding a `WordDocument` / `Workbook` stream), DOCX / XLSX / OFD /
 * other ZIP (by the entry names: `word/…`, `xl/…` or `OFD.xml`), or UTF-8 text. Null for anything
 * else, including empty input.
 */
export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, OLE2)) return indexOf(bytes, WORD_STREAM) >= 0 ? 'doc' : indexOf(bytes, WORKBOOK_STREAM) >= 0 ? 'xls' : null;
  if (startsWith(bytes, ZIP_LOCAL)) return zipKind(bytes);
  return isUtf8Text(bytes) ? 'txt' : null;
}

/** An accepted attachment. */
export interface CheckedUpload {
  filename: string;
  mime: string;
  type: FileType;
  size: number;
}

function sizeLabel(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)}MB`;
  if (n % 1024 === 0) return `${n / 1024}KB`;
  return `${n}字节`;
}

function declaredType(filename: string): FileType | null {
  const dot = filename.lastIndexOf('.');
  if (dot < 0) return null;
  const ext = filename.slice(dot + 1).toLowerCase();
  const entry = Object.entries(FILE_TYPES).find(([, t]) => t.extensions.includes(ext));
  return entry ? (entry[0] as FileType) : null;
}

/** The problem with one file (a Chinese message naming it), or the accepted file. */
function inspect(file: { filename: string; bytes: Uint8Array }, limits: UploadLimits): CheckedUpload | string {
  const name = file.filename.trim();
  if (name === '') return '附件文件名不能为空';
  if (/[\\/\p{Cc}]/u.test(name)) return `附件文件名“${name}”含有不允许的字符`;
  const declared = declaredType(name);
  if (declared === null || !limits.allowedTypes.includes(declared)) {
    const allowed = limits.allowedTypes.map((t) => FILE_TYPES[t].label).join('、');
    return `附件“${name}”的文件类型不受支持，允许的类型：${allowed}`;
  }
  const size = file.bytes.length;
  if (size === 0) return `附件“${name}”是空文件`;
  if (size > limits.maxBytes) return `附件“${name}”超过${sizeLabel(limits.maxBytes)}限制`;
  if (sniffFileType(file.bytes) !== declared) return `附件“${name}”的内容不是${FILE_TYPES[declared].description}`;
  return { filename: name, mime: FILE_TYPES[declared].mime, type: declared, size };
}

/**
 * Checks one attachment: an allowed type by its extension, not empty, within the size limit, and
 * content of the type the extension declares (a .pdf that is really an .exe is refused). Throws
 * VALIDATION on field `attachments` with a message naming the file.
 */
export function checkUpload(
  file: { filename: string; bytes: Uint8Array },
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): CheckedUpload {
  const r = inspect(file, limits);
  if (typeof r === 'string') throw new DomainError('VALIDATION', r, [{ field: 'attachments', message: r }]);
  return r;
}

/**
 * Checks all attachments of one submission: at most `limits.maxFiles` files, each as in
 * `checkUpload`. Throws one VALIDATION error listing every problem (field `attachments`).
 */
export function checkUploads(
  files: readonly { filename: string; bytes: Uint8Array }[],
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): CheckedUpload[] {
  const issues: FieldIssue[] = [];
  if (files.length > limits.maxFiles) {
    issues.push({ field: 'attachments', message: `附件最多${limits.maxFiles}个，现有${files.length}个` });
  }
  const accepted: CheckedUpload[] = [];
  for (const f of files) {
    const r = inspect(f, limits);
    if (typeof r === 'string') issues.push({ field: 'attachments', message: r });
    else accepted.push(r);
  }
  if (issues.length > 0) throw validationError(issues);
  return accepted;
}
