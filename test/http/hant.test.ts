import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { hantResponse } from '../../src/http/script/hant.ts';
import { hantUrl } from '../../src/http/script/paths.ts';
import { applicationPayload, buildWorld, depsFor, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser, ORIGIN } from '../support/http.ts';

/** Every `attr="…"` value on the page's elements of kind `tag`, with the whole tag. */
function attrs(html: string, tag: string, attr: string): { value: string; tag: string }[] {
  const out: { value: string; tag: string }[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    const v = new RegExp(`\\s${attr}="([^"]*)"`).exec(m[0]);
    if (v?.[1] !== undefined) out.push({ value: v[1], tag: m[0] });
  }
  return out;
}

describe('hantUrl: which links stay in Traditional script', () => {
  it.each([
    ['/', '/hant/'],
    ['/apply', '/hant/apply'],
    ['/apply?agency=JIA', '/hant/apply?agency=JIA'],
    ['/consoles', '/hant/consoles'],
    ['/console', undefined],
    ['/console/cases?view=all', undefined],
    ['/console?x=1', undefined],
    ['/static/app.css', undefined],
    ['/hant/apply', undefined],
    ['/hant', undefined],
    ['//evil.example/x', undefined],
    ['http://localhost/apply', undefined],
    ['#main', undefined],
  ])('%s → %s', (url, expected) => {
    expect(hantUrl(url)).toBe(expected);
  });
});

describe('hantResponse leaves other content types alone', () => {
  it('keeps a JSON body, its status and headers', async () => {
    const body = JSON.stringify({ message: '应用程序' });
    const res = await hantResponse(new Response(body, { status: 409, headers: { 'content-type': 'application/json', 'content-disposition': 'attachment; filename="a.json"' } }), '/x');
    expect(res.status).toBe(409);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="a.json"');
    expect(res.headers.get('content-language')).toBeNull();
    expect(await res.text()).toBe(body);
  });

  it('keeps a redirect to a public page under /hant, and one to the console outside it', async () => {
    const to = async (location: string) => (await hantResponse(new Response(null, { status: 303, headers: { location } }), '/x')).headers.get('location');
    expect(await to('/status?number=1')).toBe('/hant/status?number=1');
    expect(await to('/console/cases')).toBe('/console/cases');
  });
});

describe.each(testDialects)('the /hant/ mirror of the portal on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    app = createApp(depsFor(database.db, new TestClock('2026-03-02')));
  });
  afterAll(async () => database.close());

  it('serves the application form in Traditional script with links that stay under /hant', async () => {
    const res = await new Browser(app).get('/hant/apply?agency=JIA');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-language')).toBe('zh-Hant');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-Hant">')).toBe(true);
    expect(html).toContain('<h1>政府信息公開申請</h1>');
    expect(html).toContain('受理機關');
    expect(html).toContain('申請人類型');
    expect(html).not.toContain('申请');
    expect(html).toContain('<link rel="stylesheet" href="/static/app.css"/>');
    expect(html).toContain('<a href="/console">工作人員登錄</a>');
    const links = attrs(html, 'a', 'href').map((a) => a.value);
    expect(links).toEqual(expect.arrayContaining(['/hant/', '/hant/apply', '/hant/status']));
    for (const a of attrs(html, 'a', 'href')) {
      const allowed = a.value.startsWith('/hant/') || a.value === '/console' || a.value.startsWith('#') || a.tag.includes('hreflang="zh-Hans"');
      expect(allowed, a.tag).toBe(true);
    }
    expect(attrs(html, 'form', 'action').map((a) => a.value)).toEqual(['/hant/apply']);
    // Field names and option values are what the form submits: unchanged.
    expect(html).toContain('name="applicantType"');
    expect(html).toContain('<option value="natural_person">自然人</option>');
  });

  it('shows the 简 / 繁 switch: to /hant on a Simplified page, back on a Traditional one', async () => {
    const b = new Browser(app);
    const hans = await (await b.get('/apply?agency=JIA')).text();
    expect(hans).toContain('<html lang="zh-CN">');
    expect(hans).toContain('<span class="script-switch"><strong>简</strong> / <a href="/hant/apply?agency=JIA" hreflang="zh-Hant" lang="zh-Hant" title="繁體中文">繁</a></span>');
    const hant = await (await b.get('/hant/apply?agency=JIA')).text();
    expect(hant).toContain('<span class="script-switch"><a href="/apply?agency=JIA" hreflang="zh-Hans" lang="zh-Hans" title="简体中文">简</a> / <strong>繁</strong></span>');
    const home = await (await b.get('/hant')).text();
    expect(home).toContain('<a href="/" hreflang="zh-Hans"');
    expect(home).toContain('<h1>政府信息公開</h1>');
  });

  it('names both scripts of a page in its head (rel=alternate hreflang), unchanged by the mirror, and the feed', async () => {
    const b = new Browser(app);
    for (const path of ['/catalog?page=2', '/hant/catalog?page=2']) {
      const html = await (await b.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head).toContain('<link rel="alternate" hreflang="zh-Hans" href="/catalog?page=2" />');
      expect(head).toContain('<link rel="alternate" hreflang="zh-Hant" href="/hant/catalog?page=2" />');
      expect(head).toContain('<link rel="alternate" type="application/atom+xml" href="/feed.xml"');
    }
  });

  it('accepts the form posted from a Traditional page and answers in Traditional script', async () => {
    const b = new Browser(app);
    const res = await b.post('/hant/apply', { agencyId: String(w.agencyA), ...applicationPayload({ infoTitle: '2025年交通事故認定書' }) });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<h1>申請已提交</h1>');
    expect(html).toContain('甲市公安局已於');
    expect(html).toContain('<a href="/hant/status">申請進度查詢</a>');
    const number = /id="app-number"[^>]*>([^<]+)</.exec(html)?.[1] ?? '';
    const code = /id="query-code"[^>]*>([^<]+)</.exec(html)?.[1] ?? '';
    expect(number).toMatch(/^2026-JIA-/);
    expect(code).toMatch(/^[A-Z0-9]+$/);
    // The status query works from either script; what the applicant typed is stored as typed.
    const hans = await (await b.post('/status', { number, code })).text();
    expect(hans).toContain('已收到');
    expect(hans).toContain('2025年交通事故認定書');
    const hant = await b.post('/hant/status', { number, code });
    expect(hant.status).toBe(200);
    const hantHtml = await hant.text();
    expect(hantHtml).toContain('<h2 id="st-h">申請 ' + number + '</h2>');
    expect(hantHtml).toContain('受理機關');
  });

  it('re-renders a refused form in Traditional script with the values as the user typed them', async () => {
    const res = await new Browser(app).post('/hant/apply', { agencyId: String(w.agencyA), ...applicationPayload({ applicantName: '张三丰', infoTitle: '' }) });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('請填寫所需政府信息的名稱');
    expect(html).toContain('value="张三丰"');
    expect(html).toContain('action="/hant/apply"');
  });

  it('keeps the checks of the inner request: CSRF and the body limit', async () => {
    const form = { method: 'POST', body: new URLSearchParams({ agencyId: String(w.agencyA) }).toString(), headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' } };
    expect((await app.request(`${ORIGIN}/hant/apply`, form)).status).toBe(403);
    const big = await app.request(`${ORIGIN}/hant/apply`, { method: 'POST', body: new Uint8Array(61 * 1024 * 1024), headers: { origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=x' } });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('提交的內容超過60MB');
  });

  it('keeps a 404 a 404, in Traditional script', async () => {
    const res = await new Browser(app).get('/hant/no-such-page');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<h1>頁面不存在</h1>');
    expect(html).toContain('<a href="/hant/">返回首頁</a>');
  });

  it('passes other content types through unchanged', async () => {
    const res = await new Browser(app).get('/hant/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('never converts the console: /hant/console… redirects to the console itself', async () => {
    const b = new Browser(app);
    const res = await b.get('/hant/console/cases?view=all');
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/console/cases?view=all');
    const post = await b.post('/hant/console/login', { username: 'x', password: 'y' });
    expect(post.status).toBe(308);
    expect(post.headers.get('location')).toBe('/console/login');
    expect((await b.get('/hant/hant/apply')).headers.get('location')).toBe('/hant/apply');
    const login = await (await b.get('/console/login')).text();
    expect(login).not.toContain('script-switch');
  });
});
