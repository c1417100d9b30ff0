import { describe, expect, it } from 'vitest';
import { ownIndexSerial } from '../../../src/domain/catalog/index-number.ts';
import { importFailure, importRows, issueText } from '../../../src/domain/catalog/item-import.ts';
import type { ImportContext, SheetRow } from '../../../src/domain/catalog/item-import.ts';
import { bodyFromCell, mapHeader, normalizeDate, parseArticle20, resolveColumn, resolveDepartment } from '../../../src/domain/catalog/item-import-columns.ts';
import { DomainError } from '../../../src/domain/errors.ts';

const ctx: ImportContext = { today: '2026-05-06', agencyName: '甲市公安局', indexPrefix: 'JIA' };
const HEADER = ['索引号', '名称', '成文日期', '发布日期', '有效性', '失效或废止日期', '第二十条类别', '规章或规范性文件', '正文'];

/** A file: the header and one row per object (missing cells blank). */
function sheet(rows: Record<string, string>[], header = HEADER): SheetRow[] {
  return [{ line: 1, cells: header }, ...rows.map((r, i) => ({ line: i + 2, cells: header.map((h) => r[h] ?? '') }))];
}
const good = (over: Record<string, string> = {}) => ({ 名称: '关于户口迁移的公告', 成文日期: '2025-03-01', 发布日期: '2025-03-05', ...over });

/** The problems of a one-row file, as the user reads them. */
function problems(row: Record<string, string>): string[] {
  return importRows(sheet([row]), ctx).issues.map(issueText);
}

describe('catalog import: header', () => {
  it('maps the template header, the other names sites use, and tolerates spaces and required marks', () => {
    const { index, problems: p } = mapHeader(['\uFEFF索 引 号', '信息名称*', '发文机关', '生成日期', '发布日期（必填）', '主题词', '']);
    expect(p).toEqual([]);
    expect(index).toEqual({ indexNumber: 0, title: 1, publisher: 2, writtenOn: 3, publishedOn: 4, keywords: 5 });
  });

  it('names unknown, repeated and missing columns', () => {
    const { problems: p } = mapHeader(['标题', '名称', '成文时间']);
    expect(p).toEqual(['“名称”列重复', '无法识别的列“成文时间”', '缺少必需的列：发布日期']);
  });

  it('refuses a file whose header is wrong, or that has no data rows', () => {
    expect(() => importRows(sheet([good()], ['名称', '日期']), ctx)).toThrow(/第1行表头有误：无法识别的列“日期”；缺少必需的列：发布日期/);
    expect(() => importRows(sheet([]), ctx)).toThrow('文件中只有表头，没有数据行');
    expect(() => importRows([{ line: 1, cells: ['', ' '] }], ctx)).toThrow('文件中没有数据');
  });
});

describe('catalog import: 索引号', () => {
  it.each([
    ['000014349/2018-00222', '9-character 组织机构代码 / YYYY-NNNNN'],
    ['01424668-5/2021-00063', 'organisation code with its hyphen kept'],
    ['0142768-8/2022-00185', '7+1 organisation code with hyphen'],
    ['11370812004339255B/2020-22849', '统一社会信用代码 / YYYY-NNNNN'],
    ['11341702486344515H/202110-00013', '统一社会信用代码 / YYYYMM-NNNNN'],
    ['01527918X-2020-153077', '云南 local scheme'],
    ['330200-01-02-03-20070101-0001', '宁波 six groups'],
    ['JIA/2024-00017', "the agency's own default form"],
  ])('keeps %s (%s) verbatim', (n) => {
    const r = importRows(sheet([good({ 索引号: n })]), ctx);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]?.indexNumber).toBe(n);
  });

  it('leaves a blank 索引号 to be generated, and refuses an unknown form', () => {
    expect(importRows(sheet([good()]), ctx).rows[0]?.indexNumber).toBeNull();
    expect(problems(good({ 索引号: '2018-222' }))).toEqual(['第2行 «索引号»：索引号“2018-222”不是可识别的格式（如 000014349/2018-00222）']);
  });

  it('refuses the same 索引号 twice in a file, naming the earlier row', () => {
    const r = importRows(sheet([good({ 索引号: '000014349/2018-00222' }), good(), good({ 索引号: '000014349/2018-00222' })]), ctx);
    expect(r.rows).toHaveLength(2);
    expect(r.issues.map(issueText)).toEqual(['第4行 «索引号»：索引号“000014349/2018-00222”与第2行重复']);
  });

  it('reads the serial of the own default form only', () => {
    expect(ownIndexSerial('JIA/2024-00017', 'JIA')).toEqual({ year: 2024, serial: 17 });
    expect(ownIndexSerial('000014349/2018-00222', 'JIA')).toBeNull();
    expect(ownIndexSerial('JIA/202410-00017', 'JIA')).toBeNull();
  });
});

describe('catalog import: dates and 有效性', () => {
  it('accepts dates as spreadsheets write them', () => {
    expect(normalizeDate('2024/3/5')).toBe('2024-03-05');
    expect(normalizeDate('2024年3月5日')).toBe('2024-03-05');
    expect(normalizeDate('2024.03.05')).toBe('2024-03-05');
    expect(normalizeDate('三月五日')).toBe('三月五日');
    expect(normalizeDate('45719')).toBe('2025-03-03'); // Excel serial day number
    expect(normalizeDate('2025')).toBe('2025');
    const r = importRows(sheet([good({ 成文日期: '2025/2/28', 发布日期: '2025年3月1日' })]), ctx);
    expect(r.rows[0]).toMatchObject({ publishedOn: '2025-03-01', content: { writtenOn: '2025-02-28', formedOn: '2025-02-28' } });
  });

  it.each([
    [{ 发布日期: '' }, '第2行 «发布日期»：请填写发布日期'],
    [{ 发布日期: '2025-02-30' }, '第2行 «发布日期»：发布日期“2025-02-30”不是有效日期（YYYY-MM-DD）'],
    [{ 发布日期: '2026-05-07' }, '第2行 «发布日期»：发布日期2026-05-07晚于今天'],
    [{ 成文日期: '2025-03-06' }, '第2行 «成文日期»：成文日期2025-03-06晚于发布日期2025-03-05'],
    [{ 成文日期: '2025-13-01' }, '第2行 «成文日期»：成文日期“2025-13-01”不是有效日期（YYYY-MM-DD）'],
    [{ 有效性: '废止' }, '第2行 «失效或废止日期»：有效性为“废止”时请填写日期'],
    [{ 有效性: '作废' }, '第2行 «有效性»：有效性应为 有效、失效 或 废止'],
    [{ 有效性: '失效', 失效或废止日期: '2026-06-01' }, '第2行 «失效或废止日期»：失效或废止日期2026-06-01晚于今天'],
  ])('%o → %s', (over, message) => {
    expect(problems(good(over))).toEqual([message]);
  });

  it('keeps the date of 废止 as the abolition date too', () => {
    const r = importRows(sheet([good({ 有效性: '废止', 失效或废止日期: '2026-01-01' })]), ctx);
    expect(r.rows[0]?.content).toMatchObject({ validity: '废止', validityChangedOn: '2026-01-01', abolishedOn: '2026-01-01' });
  });

  it('reports every problem of every row, in row order', () => {
    const r = importRows(sheet([good({ 名称: '' }), good(), good({ 发布日期: 'x', 第二十条类别: '十六' })]), ctx);
    expect(r.rows).toHaveLength(1);
    const e = importFailure(r.issues);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.issues.map((i) => i.message)).toEqual([
      '第2行 «名称»：请填写名称',
      '第4行 «第二十条类别»：“十六”不是第二十条的（一）至（十五）项',
      '第4行 «发布日期»：发布日期“x”不是有效日期（YYYY-MM-DD）',
    ]);
    expect(e.message).toMatch(/^导入文件中有2行有误，未写入任何信息。第2行 «名称»/);
  });
});

describe('catalog import: 第二十条, body, names', () => {
  it.each([
    ['（一）', 1], ['(一)', 1], ['一', 1], ['1', 1], ['01', 1], ['第（一）项', 1], ['第二十条第一项', 1], ['（一）行政法规、规章和规范性文件', 1],
    ['（十）', 10], ['十五', 15], ['(12)', 12], ['', null],
    ['十六', undefined], ['0', undefined], ['二十', undefined], ['（二）行政法规', undefined], ['甲', undefined],
  ])('parses %s as %s', (text, n) => {
    expect(parseArticle20(text)).toBe(n);
  });

  it('asks for 规章 or 行政规范性文件 under （一） only, and accepts 规范性文件 for the latter', () => {
    expect(problems(good({ 第二十条类别: '(一)' }))).toEqual(['第2行 «规章或规范性文件»：第二十条第（一）项的信息请选择“规章”或“行政规范性文件”']);
    expect(problems(good({ 第二十条类别: '（二）', 规章或规范性文件: '规章' }))).toEqual(['第2行 «规章或规范性文件»：只有第二十条第（一）项的信息填写规章或行政规范性文件']);
    const r = importRows(sheet([good({ 第二十条类别: '1', 规章或规范性文件: '规范性文件' })]), ctx);
    expect(r.rows[0]?.content).toMatchObject({ article20: 1, regulationKind: '行政规范性文件' });
  });

  it('turns a plain-text body into escaped paragraphs and passes markup on to the sanitiser', () => {
    expect(bodyFromCell('第一段 a<b\n\n第二段')).toBe('<p>第一段 a&lt;b</p><p>第二段</p>');
    expect(bodyFromCell('<p>x</p><script>alert(1)</script>')).toBe('<p>x</p><script>alert(1)</script>');
  });

  it('defaults the publisher to the agency and refuses a 公开方式 other than 主动公开', () => {
    expect(importRows(sheet([good()]), ctx).rows[0]?.content.publisher).toBe('甲市公安局');
    const header = [...HEADER, '公开方式'];
    const r = importRows(sheet([good({ 公开方式: '依申请公开' })], header), ctx);
    expect(r.issues.map(issueText)).toEqual(['第2行 «公开方式»：公开方式应为“主动公开”，而不是“依申请公开”']);
  });

  it('resolves departments by name and 组配分类 by name or path', () => {
    expect(resolveDepartment([{ id: 4, name: '交警大队' }], ' 交警大队 ')).toEqual({ id: 4 });
    expect(resolveDepartment([{ id: 4, name: '交警大队' }], '治安大队')).toEqual({ problem: '本机关没有名为“治安大队”的部门' });
    const cols = [{ id: 1, parentId: null, name: '政策文件' }, { id: 2, parentId: 1, name: '通知' }, { id: 3, parentId: null, name: '工作动态' }, { id: 4, parentId: 3, name: '通知' }];
    expect(resolveColumn(cols, '工作动态')).toEqual({ id: 3 });
    expect(resolveColumn(cols, '政策文件 › 通知')).toEqual({ id: 2 });
    expect(resolveColumn(cols, '工作动态/通知')).toEqual({ id: 4 });
    expect(resolveColumn(cols, '通知')).toEqual({ problem: '组配分类“通知”有2个同名栏目，请写完整路径，如“工作动态 › 通知”' });
    expect(resolveColumn(cols, '人事信息')).toEqual({ problem: '本机关没有名为“人事信息”的组配分类栏目' });
    expect(resolveColumn(cols, '人事信息 › 通知')).toEqual({ problem: '本机关没有名为“人事信息 › 通知”的组配分类栏目' });
  });
});
