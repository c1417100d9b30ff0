import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { listItemEvents, listItems } from '../../src/db/repositories/items.ts';
import { createApp } from '../../src/http/app.tsx';
import { buildWorld, depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser } from '../support/http.ts';

/** GBK bytes of `text`, from the reverse of the WHATWG GBK decoder (ASCII passes through). */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const dec = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = trail === 0x7f ? '' : dec.decode(new Uint8Array([lead, trail]));
      if (ch && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
  return new Uint8Array(out);
}

const CSV_TYPE = 'text/csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(testDialects)('catalog import console on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  let app: ReturnType<typeof createApp>;
  const clock = new TestClock('2026-05-06');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    app = createApp(depsFor(database.db, clock));
  });
  afterAll(async () => database.close());
  const titles = async () => (await listItems(database.db, { agencyId: w.agencyA, limit: 500 })).items.map((i) => i.title);

  it('links the page from the items list, offers both templates, and imports the CSV template filled in', async () => {
    const b = new Browser(app);
    await b.login('a_head', PASSWORD);
    expect(await (await b.get('/console/items')).text()).toContain('href="/console/items/import"');
    const page = await (await b.get('/console/items/import')).text();
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain('下载 XLSX 模板');
    expect(page).toContain('01527918X-2020-153077');

    const t = await b.get('/console/items/import/template.csv');
    expect(t.headers.get('content-type')).toContain('text/csv');
    expect(t.headers.get('content-disposition')).toContain(encodeURIComponent('主动公开信息导入模板.csv'));
    const template = new Uint8Array(await t.arrayBuffer());
    expect([...template.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = new TextDecoder().decode(template.slice(3));
    expect(header.split(',').slice(0, 4)).toEqual(['索引号', '名称', '内容概述', '主题分类']);
    const cols = header.trim().split(',');
    const row = (v: Record<string, string>) => cols.map((c) => v[c] ?? '').join(',');
    const filled = new TextEncoder().encode(header + [
      row({ 名称: '甲市户籍管理办法', 成文日期: '2019-04-01', 发布日期: '2019-04-08', 索引号: '01424668-5/2019-00031', 第二十条类别: '(一)', 规章或规范性文件: '行政规范性文件', 正文: '<p>第一条</p><script>alert(1)</script>' }),
      row({ 名称: '2024年交通事故统计', 发布日期: '2024/1/15', 第二十条类别: '4', 所属部门: '交警大队' }),
    ].join('\r\n'));
    const r = await b.post('/console/items/import', {}, [{ name: 'file', filename: '历史.csv', bytes: filled, type: CSV_TYPE }]);
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/console/items/import?imported=2');
    const result = await (await b.get(r.headers.get('location') ?? '')).text();
    expect(result).toContain('已导入 2 条主动公开信息');
    const list = await (await b.get('/console/items?status=published')).text();
    expect(list).toContain('01424668-5/2019-00031');
    expect(list).toContain('JIA/2024-00001');
    const item = (await listItems(database.db, { agencyId: w.agencyA, year: 2019 })).items[0];
    expect(item?.bodyHtml).toBe('<p>第一条</p>');
    const itemPage = await (await b.get(`/console/items/${item?.id}`)).text();
    expect(itemPage).toContain('甲负责</strong>：批量导入（索引号 01424668-5/2019-00031');
  });

  it('imports an XLSX built from the downloaded template, with real date cells', async () => {
    const b = new Browser(app);
    await b.login('a_admin', PASSWORD);
    const t = await b.get('/console/items/import/template.xlsx');
    expect(t.headers.get('content-type')).toBe(XLSX_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await t.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['主动公开信息', '填写说明']);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const at = (name: string) => header.indexOf(name) + 1;
    const put = (line: number, v: Record<string, ExcelJS.CellValue>) => { for (const [k, x] of Object.entries(v)) sheet.getRow(line).getCell(at(k)).value = x; };
    put(2, { 名称: '甲市出入境办理指南', 发布日期: new Date(Date.UTC(2025, 2, 3)), 成文日期: '2025-02-27', 第二十条类别: '（五）', 有效性: '有效', 索引号: '11370812004339255B/2025-00010' });
    put(3, { 名称: '已废止的旧规定', 发布日期: '2020-06-01', 有效性: '废止', 失效或废止日期: new Date(Date.UTC(2024, 11, 31)), 第二十条类别: 1, 规章或规范性文件: '规章' });
    sheet.getRow(2).getCell(at('发布日期')).numFmt = 'yyyy-mm-dd'; // a date cell; 失效或废止日期 stays in the template's text format (a serial day number)
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await b.post('/console/items/import', {}, [{ name: 'file', filename: '历史.xlsx', bytes, type: XLSX_TYPE }]);
    expect(r.status).toBe(303);
    const items = (await listItems(database.db, { agencyId: w.agencyA, limit: 500 })).items;
    expect(items.find((i) => i.title === '甲市出入境办理指南')).toMatchObject({ publishedOn: '2025-03-03', writtenOn: '2025-02-27', article20: 5, indexNumber: '11370812004339255B/2025-00010', status: 'published' });
    const old = items.find((i) => i.title === '已废止的旧规定');
    expect(old).toMatchObject({ validity: '废止', abolishedOn: '2024-12-31', article20: 1, regulationKind: '规章', indexNumber: 'JIA/2020-00001' });
    expect((await listItemEvents(database.db, old?.id ?? 0))[0]).toMatchObject({ action: 'import', actorLabel: '甲管理' });
  });

  it('imports a GBK CSV as Excel saves it, and lists every bad row of a refused file without writing', async () => {
    const b = new Browser(app);
    await b.login('a_head', PASSWORD);
    const text = '名称,发布日期,第二十条类别,所属部门\r\n关于调整办证大厅办公时间的通知,2026-04-01,（二）,交警大队\r\n';
    const gbk = encodeGbk(text);
    expect(new TextDecoder('gbk').decode(gbk)).toBe(text);
    const r = await b.post('/console/items/import', {}, [{ name: 'file', filename: 'gbk.csv', bytes: gbk, type: CSV_TYPE }]);
    expect(r.status).toBe(303);
    expect(await titles()).toContain('关于调整办证大厅办公时间的通知');

    const before = (await titles()).length;
    const bad = encodeGbk('名称,发布日期,第二十条类别,所属部门\r\n好的一行,2026-04-02,,\r\n,2026-04-31,（二）,治安大队\r\n');
    const refused = await b.post('/console/items/import', {}, [{ name: 'file', filename: 'bad.csv', bytes: bad, type: CSV_TYPE }]);
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('未导入：文件中有1行有误，未写入任何信息');
    expect(page).toContain('第3行 «名称»：请填写名称');
    expect(page).toContain('第3行 «发布日期»：发布日期“2026-04-31”不是有效日期（YYYY-MM-DD）');
    expect(page).toContain('第3行 «所属部门»：本机关没有名为“治安大队”的部门');
    expect((await titles()).length).toBe(before);
  });

  it('refuses the upload to a 经办人 (403) and hides the form; refuses a post without the page origin', async () => {
    const b = new Browser(app);
    await b.login('a_handler', PASSWORD);
    const page = await (await b.get('/console/items/import')).text();
    expect(page).not.toContain('enctype="multipart/form-data"');
    expect(page).toContain('批量导入需由负责人、管理员办理');
    const before = (await titles()).length;
    const r = await b.post('/console/items/import', {}, [{ name: 'file', filename: 'x.csv', bytes: new TextEncoder().encode('名称,发布日期\n不应写入,2026-01-05\n'), type: CSV_TYPE }]);
    expect(r.status).toBe(403);
    expect(await r.text()).toContain('未导入：批量导入主动公开信息需由负责人、管理员办理');
    const foreign = await app.request('http://localhost/console/items/import', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(foreign.status).toBe(403);
    expect((await titles()).length).toBe(before);
  });
});
