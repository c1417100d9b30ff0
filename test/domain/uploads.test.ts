import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import {
  CATALOG_UPLOAD_LIMITS,
  DEFAULT_UPLOAD_LIMITS,
  checkUpload,
  checkUploads,
  sniffFileType,
} from '../../src/domain/uploads.ts';
import type { UploadLimits } from '../../src/domain/uploads.ts';

// ---- small byte-array builders -------------------------------------------------------------

const enc = new TextEncoder();
const cat = (...parts: (Uint8Array | number[] | string)[]) => {
  const arrays = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};
const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)];

/** A stored (uncompressed) ZIP with the given entries; optionally without central directory. */
function zip(entries: [string, string][], opts: { directory?: boolean; descriptor?: boolean } = {}): Uint8Array {
  const { directory = true, descriptor = false } = opts;
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const n = enc.encode(name);
    const data = enc.encode(content);
    const size = descriptor ? 0 : data.length;
    const flags = descriptor ? 0x08 : 0;
    const local = cat([0x50, 0x4b, 3, 4], le16(20), le16(flags), le16(0), le16(0), le16(0), le32(0), le32(size), le32(size), le16(n.length), le16(0), n, data);
    centrals.push(
      cat([0x50, 0x4b, 1, 2], le16(20), le16(20), le16(flags), le16(0), le16(0), le16(0), le32(0), le32(data.length), le32(data.length), le16(n.length), le16(0), le16(0), le16(0), le16(0), le32(0), le32(offset), n),
    );
    locals.push(local);
    offset += local.length;
  }
  if (!directory) return cat(...locals);
  const cd = cat(...centrals);
  const end = cat([0x50, 0x4b, 5, 6], le16(0), le16(0), le16(entries.length), le16(entries.length), le32(cd.length), le32(offset), le16(0));
  return cat(...locals, cd, end);
}

const pdf = () => cat('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
const png = () => cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1]);
const jpeg = () => cat([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xd9]);
const ole2 = (stream: string) =>
  cat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(504).fill(0), [...stream].flatMap((c) => [c.charCodeAt(0), 0]), new Array(64).fill(0));
const doc = () => ole2('WordDocument');
const xls = () => ole2('Workbook');
const xlsx = () => zip([['[Content_Types].xml', '<Types/>'], ['_rels/.rels', '<Relationships/>'], ['xl/workbook.xml', '<workbook/>'], ['xl/worksheets/sheet1.xml', '<worksheet/>']]);
const docx = () => zip([['[Content_Types].xml', '<Types/>'], ['_rels/.rels', '<Relationships/>'], ['word/document.xml', '<w:document/>']]);
const ofd = () => zip([['OFD.xml', '<ofd:OFD/>'], ['Doc_0/Document.xml', '<ofd:Document/>']]);
const plainZip = () => zip([['readme.txt', 'hello'], ['data/a.csv', '1,2']]);
const exe = () => cat('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode.', [0, 0, 0]);
const txt = () => cat('申请公开2025年交通违法处罚决定书。\r\n\t车牌号：苏A12345\n');

// ---- sniffFileType ---------------------------------------------------------------------------

describe('sniffFileType', () => {
  it.each([
    ['pdf', pdf(), 'pdf'],
    ['png', png(), 'png'],
    ['jpeg', jpeg(), 'jpeg'],
    ['doc (OLE2 with WordDocument)', doc(), 'doc'],
    ['xls (OLE2 with Workbook)', xls(), 'xls'],
    ['OLE2 with neither stream', ole2('PowerPoint Document'), null],
    ['xlsx', xlsx(), 'xlsx'],
    ['xlsx without central directory', zip([['xl/workbook.xml', 'x']], { directory: false }), 'xlsx'],
    ['docx', docx(), 'docx'],
    ['docx without central directory', zip([['word/document.xml', 'x']], { directory: false }), 'docx'],
    ['docx with data descriptors, no directory', zip([['[Content_Types].xml', 'x'], ['word/document.xml', 'y']], { directory: false, descriptor: true }), 'zip'],
    ['docx with data descriptors and directory', zip([['[Content_Types].xml', 'x'], ['word/document.xml', 'y']], { descriptor: true }), 'docx'],
    ['ofd', ofd(), 'ofd'],
    ['plain zip', plainZip(), 'zip'],
    ['zip mentioning word/ only inside a file', zip([['notes.txt', 'see word/document.xml and OFD.xml']]), 'zip'],
    ['UTF-8 text', txt(), 'txt'],
    ['UTF-8 text with BOM', cat([0xef, 0xbb, 0xbf], '你好'), 'txt'],
    ['exe', exe(), null],
    ['text with a NUL', cat('abc', [0], 'def'), null],
    ['UTF-16LE text', cat([0xff, 0xfe], [0x60, 0x4f, 0x7d, 0x59]), null],
    ['GBK text (not UTF-8)', cat([0xc4, 0xe3, 0xba, 0xc3]), null],
    ['empty', new Uint8Array(0), null],
    ['truncated PDF signature', cat('%PD'), 'txt'],
    ['PDF signature not at the start', cat(' %PDF-1.4'), 'txt'],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(sniffFileType(bytes)).toBe(expected);
  });

  it('recognises a real .docx written by the docx library', async () => {
    const d = new Document({ sections: [{ children: [new Paragraph('政府信息公开申请')] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(d));
    expect(sniffFileType(bytes)).toBe('docx');
    expect(checkUpload({ filename: '申请表.docx', bytes }).type).toBe('docx');
  });

  it('recognises a real .xlsx written by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('统计').addRow(['项目', '数量']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(sniffFileType(bytes)).toBe('xlsx');
    expect(checkUpload({ filename: '统计表.xlsx', bytes }, CATALOG_UPLOAD_LIMITS).type).toBe('xlsx');
  });
});

// ---- checkUpload -----------------------------------------------------------------------------

describe('checkUpload', () => {
  it.each([
    ['身份证.pdf', pdf(), 'pdf', 'application/pdf'],
    ['SCAN.PDF', pdf(), 'pdf', 'application/pdf'],
    ['照片.png', png(), 'png', 'image/png'],
    ['照片.jpg', jpeg(), 'jpeg', 'image/jpeg'],
    ['照片.JPEG', jpeg(), 'jpeg', 'image/jpeg'],
    ['申请表.doc', doc(), 'doc', 'application/msword'],
    ['申请表.docx', docx(), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['营业执照.ofd', ofd(), 'ofd', 'application/ofd'],
    ['说明.txt', txt(), 'txt', 'text/plain; charset=utf-8'],
    ['  空格.pdf  ', pdf(), 'pdf', 'application/pdf'],
  ])('accepts %s', (filename, bytes, type, mime) => {
    expect(checkUpload({ filename, bytes })).toEqual({ filename: filename.trim(), mime, type, size: bytes.length });
  });

  const TYPES = '允许的类型：PDF、PNG、JPEG、DOCX、DOC、OFD、TXT';
  it.each([
    ['x.pdf', exe(), '附件“x.pdf”的内容不是PDF文件'],
    ['x.pdf', png(), '附件“x.pdf”的内容不是PDF文件'],
    ['a.jpg', png(), '附件“a.jpg”的内容不是JPEG图片'],
    ['a.png', jpeg(), '附件“a.png”的内容不是PNG图片'],
    ['a.docx', plainZip(), '附件“a.docx”的内容不是Word（.docx）文档'],
    ['a.docx', doc(), '附件“a.docx”的内容不是Word（.docx）文档'],
    ['a.doc', xls(), '附件“a.doc”的内容不是Word（.doc）文档'],
    ['a.ofd', docx(), '附件“a.ofd”的内容不是OFD版式文件'],
    ['a.txt', cat([0xc4, 0xe3, 0xba, 0xc3]), '附件“a.txt”的内容不是UTF-8编码的纯文本文件'],
    ['a.txt', pdf(), '附件“a.txt”的内容不是UTF-8编码的纯文本文件'],
    ['a.pdf', new Uint8Array(0), '附件“a.pdf”是空文件'],
    ['setup.exe', exe(), `附件“setup.exe”的文件类型不受支持，${TYPES}`],
    ['材料.zip', plainZip(), `附件“材料.zip”的文件类型不受支持，${TYPES}`],
    ['无扩展名', pdf(), `附件“无扩展名”的文件类型不受支持，${TYPES}`],
    ['x.pdf.exe', exe(), `附件“x.pdf.exe”的文件类型不受支持，${TYPES}`],
    ['   ', pdf(), '附件文件名不能为空'],
    ['../etc/x.pdf', pdf(), '附件文件名“../etc/x.pdf”含有不允许的字符'],
    ['a\\b.pdf', pdf(), '附件文件名“a\\b.pdf”含有不允许的字符'],
    ['a\u0000.pdf', pdf(), '附件文件名“a\u0000.pdf”含有不允许的字符'],
  ])('refuses %j', (filename, bytes, message) => {
    let caught: unknown;
    try {
      checkUpload({ filename, bytes });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ code: 'VALIDATION', message, issues: [{ field: 'attachments', message }] });
  });

  it('enforces the 10 MB limit by size, at the boundary', () => {
    const max = DEFAULT_UPLOAD_LIMITS.maxBytes;
    expect(max).toBe(10 * 1024 * 1024);
    const atLimit = new Uint8Array(max);
    atLimit.set(pdf());
    expect(checkUpload({ filename: 'a.pdf', bytes: atLimit }).size).toBe(max);
    const over = new Uint8Array(max + 1);
    over.set(jpeg());
    expect(() => checkUpload({ filename: 'a.jpg', bytes: over })).toThrow('附件“a.jpg”超过10MB限制');
  });

  it('uses custom limits', () => {
    const limits: UploadLimits = { allowedTypes: ['pdf', 'zip'], maxBytes: 2048, maxFiles: 1 };
    expect(checkUpload({ filename: 'a.zip', bytes: plainZip() }, limits).type).toBe('zip');
    expect(() => checkUpload({ filename: 'a.png', bytes: png() }, limits)).toThrow('允许的类型：PDF、ZIP');
    expect(() => checkUpload({ filename: 'a.pdf', bytes: cat(pdf(), new Array(2048).fill(0x20)) }, limits)).toThrow(
      '附件“a.pdf”超过2KB限制',
    );
  });
});

// ---- checkUploads ----------------------------------------------------------------------------

describe('checkUploads', () => {
  const file = (i: number) => ({ filename: `材料${i}.pdf`, bytes: pdf() });

  it('accepts up to five files and returns them in order', () => {
    const files = [1, 2, 3, 4, 5].map(file);
    expect(checkUploads(files).map((f) => f.filename)).toEqual(['材料1.pdf', '材料2.pdf', '材料3.pdf', '材料4.pdf', '材料5.pdf']);
    expect(checkUploads([])).toEqual([]);
  });

  it('refuses a sixth file', () => {
    expect(() => checkUploads([1, 2, 3, 4, 5, 6].map(file))).toThrow('附件最多5个，现有6个');
  });

  it('lists every problem in one error', () => {
    let caught: unknown;
    try {
      checkUploads([file(1), { filename: 'x.pdf', bytes: exe() }, { filename: 'b.png', bytes: new Uint8Array(0) }]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const err = caught as DomainError;
    expect(err.code).toBe('VALIDATION');
    expect(err.issues).toEqual([
      { field: 'attachments', message: '附件“x.pdf”的内容不是PDF文件' },
      { field: 'attachments', message: '附件“b.png”是空文件' },
    ]);
    expect(err.message).toBe('附件“x.pdf”的内容不是PDF文件；附件“b.png”是空文件');
  });
});

// ---- catalog documents -----------------------------------------------------------------------

describe('CATALOG_UPLOAD_LIMITS (documents published with a catalog item)', () => {
  it.each([
    ['通知.pdf', pdf(), 'pdf'],
    ['通知.ofd', ofd(), 'ofd'],
    ['通知.docx', docx(), 'docx'],
    ['通知.doc', doc(), 'doc'],
    ['统计表.xlsx', xlsx(), 'xlsx'],
    ['统计表.xls', xls(), 'xls'],
    ['图解.png', png(), 'png'],
    ['图解.jpg', jpeg(), 'jpeg'],
  ])('accepts %s', (filename, bytes, type) => {
    expect(checkUploads([{ filename, bytes }], CATALOG_UPLOAD_LIMITS)[0]?.type).toBe(type);
  });

  const TYPES = '允许的类型：PDF、OFD、DOCX、DOC、XLSX、XLS、PNG、JPEG';
  it.each([
    ['说明.txt', txt(), `附件“说明.txt”的文件类型不受支持，${TYPES}`],
    ['材料.zip', plainZip(), `附件“材料.zip”的文件类型不受支持，${TYPES}`],
    ['统计表.xlsx', docx(), '附件“统计表.xlsx”的内容不是Excel（.xlsx）表格'],
    ['统计表.xlsx', plainZip(), '附件“统计表.xlsx”的内容不是Excel（.xlsx）表格'],
    ['统计表.xls', doc(), '附件“统计表.xls”的内容不是Excel（.xls）表格'],
    ['通知.docx', xlsx(), '附件“通知.docx”的内容不是Word（.docx）文档'],
  ])('refuses %s', (filename, bytes, message) => {
    expect(() => checkUpload({ filename, bytes }, CATALOG_UPLOAD_LIMITS)).toThrow(message);
  });

  it('allows 20 MB a file and three files an upload', () => {
    const atLimit = new Uint8Array(20 * 1024 * 1024);
    atLimit.set(pdf());
    expect(checkUpload({ filename: 'a.pdf', bytes: atLimit }, CATALOG_UPLOAD_LIMITS).size).toBe(atLimit.length);
    const over = new Uint8Array(atLimit.length + 1);
    over.set(pdf());
    expect(() => checkUpload({ filename: 'a.pdf', bytes: over }, CATALOG_UPLOAD_LIMITS)).toThrow('附件“a.pdf”超过20MB限制');
    expect(() => checkUploads([1, 2, 3, 4].map((i) => ({ filename: `${i}.pdf`, bytes: pdf() })), CATALOG_UPLOAD_LIMITS)).toThrow('附件最多3个，现有4个');
  });

  it('leaves the application intake rules as they were: no spreadsheets there', () => {
    expect(DEFAULT_UPLOAD_LIMITS.allowedTypes).toEqual(['pdf', 'png', 'jpeg', 'docx', 'doc', 'ofd', 'txt']);
    expect(() => checkUpload({ filename: '统计表.xlsx', bytes: xlsx() })).toThrow('附件“统计表.xlsx”的文件类型不受支持');
    expect(() => checkUpload({ filename: '统计表.xls', bytes: xls() })).toThrow('附件“统计表.xls”的文件类型不受支持');
  });
});
