import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { applicationPayload, buildWorld, depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser, ORIGIN } from '../support/http.ts';

describe.each(testDialects)('console and portal over HTTP on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  let app: ReturnType<typeof createApp>;
  const clock = new TestClock('2026-03-02');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    app = createApp(depsFor(database.db, clock));
  });
  afterAll(async () => database.close());

  async function apply(over: Record<string, string> = {}): Promise<{ number: string; code: string; res: Response; html: string }> {
    const res = await new Browser(app).post('/apply', { agencyId: String(w.agencyA), ...applicationPayload(over) });
    const html = await res.text();
    const number = /id="app-number"[^>]*>([^<]+)</.exec(html)?.[1] ?? '';
    const code = /id="query-code"[^>]*>([^<]+)</.exec(html)?.[1] ?? '';
    return { number, code, res, html };
  }

  it('accepts an application on the portal and shows its status for number + code only', async () => {
    const a = await apply();
    expect(a.res.status).toBe(201);
    expect(a.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(a.number).toMatch(/^2026-JIA-/);
    const b = new Browser(app);
    const ok = await b.post('/status', { number: a.number, code: a.code });
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).toContain('已收到');
    expect(html).toContain('2025年交通事故认定书');
    expect(html).not.toContain('11010519491231002X');
    expect(html).not.toContain('13800138000');
    const bad = await b.post('/status', { number: a.number, code: 'AAAAAAAA' });
    expect(bad.status).toBe(404);
    expect(await bad.text()).toContain('申请编号或查询码不正确');
  });

  it('re-renders the form with Chinese messages at each bad field and stores nothing', async () => {
    const a = await apply({ idNumber: '110105194912310021', infoTitle: '' });
    expect(a.res.status).toBe(422);
    expect(a.html).toContain('身份证号码校验位错误');
    expect(a.html).toContain('请填写所需政府信息的名称');
    expect(a.html).toContain('value="张三"'); // the user's input is kept
    const b = new Browser(app);
    await b.login('a_handler', PASSWORD);
    const list = await (await b.get('/console/cases?view=all')).text();
    expect(list).not.toContain('110105194912310021');
  });

  it('refuses an oversized attachment and one whose content is not its type', async () => {
    const b = new Browser(app);
    const fields = { agencyId: String(w.agencyA), ...applicationPayload() };
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const r1 = await b.post('/apply', fields, [{ name: 'attachments', filename: 'big.pdf', bytes: big }]);
    expect(r1.status).toBe(422);
    expect(await r1.text()).toContain('10MB');
    const r2 = await b.post('/apply', fields, [{ name: 'attachments', filename: 'scan.jpg', bytes: new TextEncoder().encode('MZ this is not a jpeg') }]);
    expect(r2.status).toBe(422);
    expect(await r2.text()).toContain('scan.jpg');
  });

  it('refuses a request body over the limit before reading it', async () => {
    const res = await app.request(`${ORIGIN}/apply`, { method: 'POST', body: new Uint8Array(61 * 1024 * 1024), headers: { origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=x' } });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('超过60MB：申请附件每个不超过10MB，最多5个');
    const item = await app.request(`${ORIGIN}/console/items/1/attachments`, { method: 'POST', body: new Uint8Array(61 * 1024 * 1024), headers: { origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=x' } });
    expect(item.status).toBe(413);
    expect(await item.text()).toContain('信息附件每次最多3个、每个不超过20MB');
  });

  it('requires login for the console, and rejects a wrong password', async () => {
    const b = new Browser(app);
    const r = await b.get('/console');
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toContain('/console/login');
    const bad = await b.login('a_handler', 'wrong');
    expect(bad.status).toBe(401);
    expect(await bad.text()).toContain('用户名或密码不正确');
  });

  it('sets an HttpOnly, SameSite session cookie and logs out', async () => {
    const b = new Browser(app);
    const r = await b.login('a_handler', PASSWORD);
    expect(r.status).toBe(303);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    expect((await b.get('/console')).status).toBe(200);
    await b.post('/console/logout', {});
    expect((await b.get('/console')).status).toBe(303);
  });

  it('handles a case from the inbox: 补正, supplement, decision, reply letter as DOCX', async () => {
    clock.at('2026-03-02');
    const a = await apply({ infoTitle: '人民路监控设置依据' });
    clock.at('2026-03-03');
    const staff = new Browser(app);
    await staff.login('a_handler', PASSWORD);
    const inbox = await (await staff.get('/console')).text();
    expect(inbox).toContain(a.number);
    const id = new RegExp(`/console/cases/(\\d+)">${a.number}`).exec(inbox)?.[1];
    expect(id).toBeDefined();

    let r = await staff.post(`/console/cases/${id}/actions/request_correction`, { items: '请写明路段' });
    expect(r.status).toBe(303);
    r = await staff.post(`/console/cases/${id}/actions/record_supplement`, {});
    expect(r.status).toBe(303);
    const page = await (await staff.get(`/console/cases/${id}`)).text();
    expect(page).toContain('办理中');
    expect(page).toContain('11010519491231002X'); // full identity number to the handling staff

    // Not allowed from this status: a clear message, nothing changed.
    r = await staff.post(`/console/cases/${id}/actions/close`, {});
    expect(r.status).toBe(409);
    expect(await r.text()).toContain('不能办结归档');
    // A handler may not decide.
    r = await staff.post(`/console/cases/${id}/actions/decide`, { outcome: 'disclose' });
    expect(r.status).toBe(403);

    const reviewer = new Browser(app);
    await reviewer.login('a_reviewer', PASSWORD);
    r = await reviewer.post(`/console/cases/${id}/actions/decide`, { outcome: 'unable_not_held', reason: '经检索，本机关未制作该信息' });
    expect(r.status).toBe(303);
    const docx = await reviewer.get(`/console/cases/${id}/letters/reply.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
    expect(text).toContain('政府信息公开申请答复告知书');
    expect(text).toContain('甲市公安局');
    expect(text).toContain('第三十六条');
    expect(text).toContain('二〇二六年三月三日');
    const pdf = await reviewer.get(`/console/cases/${id}/letters/reply.pdf`);
    expect(pdf.status).toBe(200);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdfText = (await extractText(bytes, { mergePages: true })).text;
    expect(pdfText).toContain('答复告知书');
    expect(pdfText).toContain('甲市公安局');

    const status = await (await new Browser(app).post('/status', { number: a.number, code: a.code })).text();
    expect(status).toContain('已决定待答复');
    expect(status).not.toContain('需补正内容'); // the supplement has been received
  });

  it('does not show another agency\'s case to its staff', async () => {
    const a = await apply({ infoTitle: '跨机关隔离' });
    const staffA = new Browser(app);
    await staffA.login('a_handler', PASSWORD);
    const id = new RegExp(`/console/cases/(\\d+)">${a.number}`).exec(await (await staffA.get('/console')).text())?.[1];
    const staffB = new Browser(app);
    await staffB.login('b_handler', PASSWORD);
    expect((await staffB.get(`/console/cases/${id}`)).status).toBe(404);
    expect((await staffB.post(`/console/cases/${id}/actions/accept`, {})).status).toBe(404);
    expect((await staffB.get(`/console/cases/${id}/letters/reply.docx`)).status).toBe(404);
    expect(await (await staffB.get('/console/cases?view=all')).text()).not.toContain(a.number);
  });

  it('records a letter at staff intake, with field errors when the signed-for date is missing', async () => {
    clock.at('2026-03-06');
    const staff = new Browser(app);
    await staff.login('a_handler', PASSWORD);
    const fields = { ...applicationPayload({ infoTitle: '信函登记的申请' }), channel: 'letter', submittedOn: '2026-03-02' };
    const bad = await staff.post('/console/intake', fields);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('请填写签收日期');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const ok = await staff.post('/console/intake', { ...fields, signedOn: '2026-03-04' }, [{ name: 'attachments', filename: '申请书.pdf', bytes: pdf, type: 'application/pdf' }]);
    expect(ok.status).toBe(303);
    const page = await (await staff.get(ok.headers.get('location') ?? '')).text();
    expect(page).toContain('已登记，申请编号');
    expect(page).toContain('2026-03-04');
    expect(page).toContain('信函');
    const link = /href="(\/console\/cases\/\d+\/attachments\/\d+)"/.exec(page)?.[1] ?? '';
    const file = await staff.get(link);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    const other = new Browser(app);
    await other.login('b_handler', PASSWORD);
    expect((await other.get(link)).status).toBe(404);
  });

  it('refuses form posts from another origin (CSRF)', async () => {
    const res = await app.request(`${ORIGIN}/apply`, { method: 'POST', body: new URLSearchParams({ agencyId: String(w.agencyA) }).toString(), headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(403);
  });
});
