import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { buildWorld, depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser, ORIGIN } from '../support/http.ts';

const enc = new TextEncoder();
const PDF = enc.encode('%PDF-1.7\n% 户口迁移通告\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
/** A name with Simplified characters that change in Traditional script, and ASCII parentheses. */
const NAME = '关于户口迁移的通告(2026).pdf';
const DISPOSITION = `attachment; filename="_________(2026).pdf"; filename*=UTF-8''${encodeURIComponent('关于户口迁移的通告')}%282026%29.pdf`;

const idOf = (res: Response) => Number(res.headers.get('location')?.split('?')[0]?.split('/').pop());
/** Attachment ids linked from a page under `prefix` (e.g. `/items/3`). */
const links = (html: string, prefix: string) => [...html.matchAll(new RegExp(`href="${prefix}/attachments/(\\d+)"`, 'g'))].map((m) => Number(m[1]));

describe.each(testDialects)('attachments of catalog items over HTTP on %s', (dialect) => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  const clock = new TestClock('2026-03-02');
  const author = () => { const b = new Browser(app); return b.login('a_handler', PASSWORD).then(() => b); };
  const reviewer = () => { const b = new Browser(app); return b.login('a_reviewer', PASSWORD).then(() => b); };
  const anon = (path: string) => app.request(`${ORIGIN}${path}`);
  beforeAll(async () => {
    database = await freshDb(dialect);
    await buildWorld(database.db);
    app = createApp(depsFor(database.db, clock));
  });
  afterAll(async () => database.close());

  it('uploads in the console, shows them to the reviewer, and serves them publicly only once published', async () => {
    const a = await author();
    const id = idOf(await a.post('/console/items/new', { title: '关于调整户口迁移办理时间的通告', publisher: '甲市公安局', writtenOn: '2026-03-02', bodyHtml: '<p>正文</p>' }));
    expect(await (await a.get(`/console/items/${id}`)).text()).toContain('enctype="multipart/form-data"');

    const up = await a.post(`/console/items/${id}/attachments`, {}, [
      { name: 'attachments', filename: NAME, bytes: PDF, type: 'application/pdf' },
      { name: 'attachments', filename: '流程图.png', bytes: PNG },
    ]);
    expect(up.status).toBe(303);
    expect(up.headers.get('location')).toBe(`/console/items/${id}?notice=${encodeURIComponent('已上传 2 个附件')}#attachments`);
    let page = await (await a.get(`/console/items/${id}`)).text();
    const [pdfId = 0, pngId = 0] = links(page, `/console/items/${id}`);
    expect(pngId).toBeGreaterThan(pdfId);
    expect(page).toContain(`>${NAME}</a></td><td>PDF</td><td>${PDF.length} 字节</td>`);
    expect(page).toContain(`action="/console/items/${id}/attachments/${pngId}/delete"`);
    expect(page).toContain('上传附件：关于户口迁移的通告(2026).pdf、流程图.png');

    // A file whose content is not what its name says is refused on the page, with the reason.
    const bad = await a.post(`/console/items/${id}/attachments`, {}, [{ name: 'attachments', filename: '伪装.pdf', bytes: enc.encode('MZ not a pdf') }]);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('未能办理：附件“伪装.pdf”的内容不是PDF文件');
    expect((await a.post(`/console/items/${id}/attachments`, {})).status).toBe(422);

    // Staff download: the stored bytes, the type, the UTF-8 name.
    const staff = await a.get(`/console/items/${id}/attachments/${pdfId}`);
    expect(staff.status).toBe(200);
    expect(staff.headers.get('content-disposition')).toBe(DISPOSITION);
    expect(new Uint8Array(await staff.arrayBuffer())).toEqual(PDF);

    // Not public before publication, in either script.
    for (const path of [`/items/${id}`, `/items/${id}/attachments/${pdfId}`, `/hant/items/${id}/attachments/${pdfId}`]) {
      const res = await anon(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await res.text(), path).toMatch(/页面不存在|頁面不存在/);
    }

    await a.post(`/console/items/${id}/actions/submit`, {});
    page = await (await a.get(`/console/items/${id}`)).text();
    expect(page).not.toContain('enctype="multipart/form-data"'); // no upload once submitted
    expect(page).not.toContain('/delete"');
    const late = await a.post(`/console/items/${id}/attachments`, {}, [{ name: 'attachments', filename: '补充.pdf', bytes: PDF }]);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('附件只能在起草阶段');
    expect((await a.post(`/console/items/${id}/attachments/${pngId}/delete`, {})).status).toBe(409);

    // The reviewer sees and opens what is being reviewed.
    const r = await reviewer();
    page = await (await r.get(`/console/items/${id}`)).text();
    expect(links(page, `/console/items/${id}`)).toEqual([pdfId, pngId]);
    expect(page).toContain('id="act-approve"');
    const seen = await r.get(`/console/items/${id}/attachments/${pngId}`);
    expect(seen.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await seen.arrayBuffer())).toEqual(PNG);
    expect((await r.post(`/console/items/${id}/actions/approve`, {})).status).toBe(303);
    expect((await anon(`/items/${id}/attachments/${pdfId}`)).status).toBe(404); // approved is not published
    expect((await r.post(`/console/items/${id}/actions/publish`, {})).status).toBe(303);

    // The portal page lists them; the download has the type, the UTF-8 name and nosniff.
    const portal = await (await anon(`/items/${id}`)).text();
    expect(portal).toContain('<h2 id="attachments-h">附件</h2>');
    expect(portal).toContain(`<a href="/items/${id}/attachments/${pdfId}">${NAME}</a>（PDF，${PDF.length} 字节）`);
    expect(portal).toContain(`<a href="/items/${id}/attachments/${pngId}">流程图.png</a>（PNG，${PNG.length} 字节）`);
    const dl = await anon(`/items/${id}/attachments/${pdfId}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-disposition')).toBe(DISPOSITION);
    expect(dl.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PDF);

    // Under /hant/: the page text is Traditional, the link stays in the mirror, the file and its name do not change.
    const hant = await (await anon(`/hant/items/${id}`)).text();
    expect(hant).toContain(`<a href="/hant/items/${id}/attachments/${pdfId}">關於戶口遷移的通告(2026).pdf</a>`);
    const hdl = await anon(`/hant/items/${id}/attachments/${pdfId}`);
    expect(hdl.status).toBe(200);
    expect(hdl.headers.get('content-type')).toBe('application/pdf');
    expect(hdl.headers.get('content-disposition')).toBe(DISPOSITION);
    expect(hdl.headers.get('x-content-type-options')).toBe('nosniff');
    expect(hdl.headers.get('content-language')).toBeNull();
    expect(new Uint8Array(await hdl.arrayBuffer())).toEqual(PDF);

    // Another published item does not serve this item's attachment; unknown ids are 404.
    const other = idOf(await a.post('/console/items/new', { title: '另一条信息', publisher: '甲市公安局', writtenOn: '2026-03-02' }));
    await a.post(`/console/items/${other}/actions/submit`, {});
    await r.post(`/console/items/${other}/actions/approve`, {});
    await r.post(`/console/items/${other}/actions/publish`, {});
    expect((await anon(`/items/${other}`)).status).toBe(200);
    expect(await (await anon(`/items/${other}`)).text()).not.toContain('attachments-h'); // no empty 附件 section
    for (const path of [`/items/${other}/attachments/${pdfId}`, `/items/${id}/attachments/999999`]) {
      const res = await anon(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('您访问的附件不存在或已不再公开');
    }

    // Another agency sees nothing of it in the console.
    const b = new Browser(app);
    await b.login('b_handler', PASSWORD);
    expect((await b.get(`/console/items/${id}/attachments/${pdfId}`)).status).toBe(404);

    // Withdrawn: gone from the portal in both scripts.
    await r.post(`/console/items/${id}/actions/withdraw`, { reason: '已被新文件替代' });
    expect((await anon(`/items/${id}/attachments/${pdfId}`)).status).toBe(404);
    expect((await anon(`/hant/items/${id}/attachments/${pdfId}`)).status).toBe(404);
  });

  it('removes an attachment of a draft from the console, with the removal in the history', async () => {
    const a = await author();
    const id = idOf(await a.post('/console/items/new', { title: '删除附件的草稿', publisher: '甲市公安局' }));
    await a.post(`/console/items/${id}/attachments`, {}, [{ name: 'attachments', filename: '旧稿.pdf', bytes: PDF }, { name: 'attachments', filename: '新稿.pdf', bytes: PDF }]);
    const [old = 0, keep = 0] = links(await (await a.get(`/console/items/${id}`)).text(), `/console/items/${id}`);
    const del = await a.post(`/console/items/${id}/attachments/${old}/delete`, {});
    expect(del.status).toBe(303);
    const page = await (await a.get(`/console/items/${id}`)).text();
    expect(links(page, `/console/items/${id}`)).toEqual([keep]);
    expect(page).toContain('删除附件：旧稿.pdf');
    expect((await a.post(`/console/items/${id}/attachments/${old}/delete`, {})).status).toBe(404);
    expect((await a.get(`/console/items/${id}/attachments/${old}`)).status).toBe(404);
  });
});
