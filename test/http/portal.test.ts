import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { addMembership, createUser } from '../../src/db/repositories/users.ts';
import { createApp } from '../../src/http/app.tsx';
import { createItem, itemAction } from '../../src/services/catalog/items.ts';
import type { Actor } from '../../src/services/deps.ts';
import { buildWorld, depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser, ORIGIN } from '../support/http.ts';

/** A tiny XML check: tags balance, attributes are quoted, every '&' starts an entity. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  if (/&(?!#\d+;|#x[0-9a-f]+;|amp;|lt;|gt;|quot;|apos;)/i.test(body)) return false;
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (!m[2]) return false; // a stray '<' or '>' outside a tag
    if (m[4]) continue;
    if (!m[1]) stack.push(m[2]);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '');
const rows = (html: string) => [...html.matchAll(/<a href="\/items\/(\d+)">/g)].map((m) => Number(m[1]));

describe.each(testDialects)('public portal on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  let app: ReturnType<typeof createApp>;
  let reviewerB: Actor;
  const clock = new TestClock('2026-03-02');
  const deps = () => depsFor(database.db, clock);
  const ids = { special: 0, b: 0, draft: 0, rejected: 0, withdrawn: 0, published: [] as number[] };
  const get = async (path: string) => {
    const res = await app.request(`${ORIGIN}${path}`);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };

  async function publish(author: Actor, reviewer: Actor, p: Record<string, string>, publishedOn?: string): Promise<number> {
    const id = await createItem(deps(), author, { publisher: author.agencyName, writtenOn: '2025-05-01', bodyHtml: '<p>正文</p>', ...p });
    await itemAction(deps(), author, id, 'submit', {});
    await itemAction(deps(), reviewer, id, 'approve', {});
    await itemAction(deps(), reviewer, id, 'publish', publishedOn ? { publishedOn } : {});
    ids.published.push(id);
    return id;
  }

  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    app = createApp(depsFor(database.db, clock));
    const u = await createUser(database.db, { username: 'b_reviewer', displayName: '乙审核', email: null, passwordHash: '' }, '2026-01-01T00:00:00Z');
    await addMembership(database.db, { userId: u.id, agencyId: w.agencyB, role: 'reviewer' });
    reviewerB = { userId: u.id, username: 'b_reviewer', displayName: '乙审核', agencyId: w.agencyB, agencyName: '乙市教育局', roles: ['reviewer'], agencies: [{ id: w.agencyB, name: '乙市教育局' }] };
    const col = await database.db.insertInto('catalog_columns').values({ agency_id: w.agencyA, parent_id: null, name: '规范性文件栏目' }).returning('id').executeTakeFirstOrThrow();

    for (let i = 1; i <= 21; i++) await publish(w.handlerA, w.reviewerA, { title: `户籍办理须知第${i}号`, article20: '5', topic: '公安' });
    for (const d of ['2025-06-01', '2025-07-01']) await publish(w.handlerA, w.reviewerA, { title: `部门预算公开${d}`, article20: '7', topic: '财政' }, d);
    ids.special = await publish(w.handlerA, w.reviewerA, {
      title: '关于A&B<道路>管理的规定', article20: '1', regulationKind: '行政规范性文件', topic: '交通', columnId: String(col.id),
      docNumber: '甲公规〔2026〕1号', keywords: '道路 管理', summary: '道路管理的规定', writtenOn: '2026-02-10',
      bodyHtml: '<p>第一条 为加强道路管理，制定本规定。</p><script>alert(1)</script><img src="x" onerror="alert(2)">',
    });
    await itemAction(deps(), w.reviewerA, ids.special, 'change_validity', { validity: '失效', validityChangedOn: '2026-03-02' });
    ids.b = await publish(w.handlerB, reviewerB, { title: '乙市公务员招考公告', article20: '14', topic: '人事' });

    ids.draft = await createItem(deps(), w.handlerA, { title: '草稿不应公开', publisher: '甲市公安局', bodyHtml: '<p>草稿</p>' });
    ids.rejected = await createItem(deps(), w.handlerA, { title: '审查未通过不应公开', publisher: '甲市公安局', bodyHtml: '<p>x</p>' });
    await itemAction(deps(), w.handlerA, ids.rejected, 'submit', {});
    await itemAction(deps(), w.reviewerA, ids.rejected, 'reject', { reason: '涉及个人隐私' });
    ids.withdrawn = await publish(w.handlerA, w.reviewerA, { title: '已撤回不应公开', article20: '5' });
    ids.published.pop();
    await itemAction(deps(), w.reviewerA, ids.withdrawn, 'withdraw', { reason: '有误' });
  });
  afterAll(async () => database.close());

  const hidden = ['草稿不应公开', '审查未通过不应公开', '已撤回不应公开'];

  it('lists published items only, 20 a page, with rel=prev/next paging', async () => {
    const p1 = await get('/catalog');
    expect(p1.status).toBe(200);
    expect(p1.text).toContain('共 25 条');
    expect(rows(p1.text)).toHaveLength(20);
    expect(p1.text).toContain('rel="next" href="/catalog?page=2"');
    expect(p1.text).not.toContain('rel="prev"');
    expect(p1.text).toContain('action="/search"');
    const p2 = await get('/catalog?page=2');
    expect(p2.text).toContain('rel="prev" href="/catalog"');
    expect(p2.text).not.toContain('rel="next"');
    const all = [...rows(p1.text), ...rows(p2.text)];
    expect(new Set(all)).toEqual(new Set(ids.published));
    for (const t of hidden) expect(p1.text + p2.text).not.toContain(t);
    expect(all).not.toContain(ids.draft);
  });

  it.each([
    ['/catalog?agency=JIA', 24, '甲市公安局政府信息公开目录'],
    ['/catalog?agency=YI', 1, '乙市公务员招考公告'],
    ['/catalog?class=7', 2, '部门预算公开2025-06-01'],
    ['/catalog?year=2025', 2, '部门预算公开2025-07-01'],
    ['/catalog?topic=%E4%BA%A4%E9%80%9A', 1, 'A&amp;B&lt;道路&gt;'],
    ['/catalog?agency=JIA&class=5&page=2', 21, 'rel="prev" href="/catalog?agency=JIA&amp;class=5"'],
    ['/catalog?agency=YI&class=5', 0, '没有符合条件的信息'],
  ])('filters %s', async (path, total, text) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.text).toContain(`共 ${total} 条`);
    expect(r.text).toContain(text);
  });

  it('offers the choices with counts as links, and 404s an unknown agency', async () => {
    const r = await get('/catalog?agency=JIA');
    expect(r.text).toContain('<a href="/catalog?agency=JIA&amp;class=7">（七）财政预算、决算信息（2）</a>');
    expect(r.text).toContain('<a href="/catalog?agency=JIA&amp;year=2025">2025年（2）</a>');
    expect(r.text).toContain('<a href="/catalog?agency=JIA&amp;topic=%E5%85%AC%E5%AE%89">公安（21）</a>');
    expect(r.text).toContain('<a href="/catalog?agency=YI">乙市教育局（1）</a>');
    expect(r.text).not.toContain('（十四）'); // not among 甲's classes
    expect((await get('/catalog?agency=NOPE')).status).toBe(404);
  });

  it('shows an item with the metadata header and the sanitised body, without any script', async () => {
    const r = await get(`/items/${ids.special}`);
    expect(r.status).toBe(200);
    const want = ['索引号</th><td>JIA/2026-00022', '主题分类</th><td>交通', '组配分类</th><td>规范性文件栏目', '发布机构</th><td>甲市公安局',
      '成文日期</th><td>2026-02-10', '发布日期</th><td>2026-03-02', '文号</th><td>甲公规〔2026〕1号', '有效性</th><td>失效（2026-03-02失效）',
      '公开范围</th><td>面向社会', '公开方式</th><td>主动公开', '关键词</th><td colspan="3">道路 管理', '（一）行政法规、规章和规范性文件（行政规范性文件）',
      '<h1>关于A&amp;B&lt;道路&gt;管理的规定</h1>', '<p>第一条 为加强道路管理，制定本规定。</p>'];
    for (const s of want) expect(r.text).toContain(s);
    expect(r.text).not.toMatch(/<script|onerror|javascript:/i);
    expect(r.text).not.toContain('甲经办'); // no staff names
    expect(r.text).not.toContain('甲审核');
  });

  it.each([['draft', 'draft'], ['rejected', 'rejected'], ['withdrawn', 'withdrawn'], ['unknown', 99999]])('answers 404 in Chinese for a %s item', async (_k, key) => {
    const id = typeof key === 'number' ? key : ids[key as 'draft'];
    const r = await get(`/items/${id}`);
    expect(r.status).toBe(404);
    expect(r.text).toContain('页面不存在');
    for (const t of hidden) expect(r.text).not.toContain(t);
  });

  it('shows the latest ten items on the home page, with the catalog and guide in the header', async () => {
    const r = await get('/');
    expect(rows(r.text)).toHaveLength(10);
    expect(r.text).toContain('<a href="/catalog">信息公开目录</a>');
    expect(r.text).toContain('<a href="/guide">信息公开指南</a>');
    for (const t of hidden) expect(r.text).not.toContain(t);
  });

  it('serves an Atom feed of the published items, escaped and well-formed', async () => {
    const r = await get('/feed.xml');
    expect(r.type).toContain('application/atom+xml');
    expect(wellFormed(r.text)).toBe(true);
    expect(r.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const es = entries(r.text);
    expect(es).toHaveLength(25);
    for (const e of es) for (const tag of ['<id>', '<title>', '<updated>', '<link ', '<summary']) expect(e).toContain(tag);
    const special = es.find((e) => e.includes(`/items/${ids.special}<`)) ?? '';
    expect(special).toContain('<title>关于A&#38;B&#60;道路&#62;管理的规定</title>');
    expect(special).toContain('<updated>2026-03-02T00:00:00+08:00</updated>');
    expect(special).toContain('<summary type="text">道路管理的规定</summary>');
    for (const t of hidden) expect(r.text).not.toContain(t);
  });

  it('lists every public page in a sitemap index, in both scripts', async () => {
    const index = await get('/sitemap.xml');
    expect(index.type).toContain('xml');
    expect(wellFormed(index.text)).toBe(true);
    expect(index.text).toContain(`<loc>${ORIGIN}/sitemap-0.xml</loc>`);
    expect(index.text).toContain(`<loc>${ORIGIN}/sitemap-1.xml</loc>`);
    expect(index.text).not.toContain('sitemap-2.xml');
    const fixed = await get('/sitemap-0.xml');
    expect(wellFormed(fixed.text)).toBe(true);
    for (const p of ['/', '/catalog', '/guide', '/guide?agency=JIA', '/guide?agency=YI', '/apply', '/status']) {
      expect(fixed.text).toContain(`<loc>${ORIGIN}${p}</loc>`);
      expect(fixed.text).toContain(`<loc>${ORIGIN}/hant${p}</loc>`);
    }
    const items = await get('/sitemap-1.xml');
    expect(wellFormed(items.text)).toBe(true);
    const locs = [...items.text.matchAll(/<loc>[^<]*?(\/hant)?\/items\/(\d+)<\/loc>/g)];
    expect(locs.filter((m) => !m[1]).map((m) => Number(m[2])).sort((a, b) => a - b)).toEqual([...ids.published].sort((a, b) => a - b));
    expect(locs.filter((m) => m[1])).toHaveLength(ids.published.length);
    for (const id of [ids.draft, ids.rejected, ids.withdrawn]) expect(items.text).not.toContain(`/items/${id}<`);
    expect(items.text).toContain(`<loc>${ORIGIN}/items/${ids.special}</loc><lastmod>2026-03-02</lastmod>`);
    expect((await get('/sitemap-2.xml')).status).toBe(404);
  });

  it('shows a default guide built from the agency data, and an index of guides', async () => {
    const r = await get('/guide?agency=JIA');
    expect(r.status).toBe(200);
    for (const s of ['甲市公安局政府信息公开指南', '甲市人民路1号', '0100-12345678', '100000', '20个工作日', '第三十三条', '信息处理费', '第五十一条', '<h2>二、依申请公开</h2>']) {
      expect(r.text).toContain(s);
    }
    const index = await get('/guide');
    expect(index.text).toContain('<a href="/guide?agency=YI">乙市教育局政府信息公开指南</a>');
    expect((await get('/guide?agency=NOPE')).status).toBe(404);
  });

  it('lets a 负责人 edit the guide in the console; the text is shown escaped', async () => {
    const head = new Browser(app);
    await head.login('a_head', PASSWORD);
    expect(await (await head.get('/console/settings')).text()).toContain('href="/console/settings/guide"');
    const form = await head.get('/console/settings/guide');
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('甲市人民路1号'); // the default, ready to edit
    const saved = await head.post('/console/settings/guide', { text: '一、办理须知\r\n请到<b>窗口</b>办理。\r\n\r\n工作日受理。' });
    expect(saved.status).toBe(303);
    const r = await get('/guide?agency=JIA');
    expect(r.text).toContain('<h2>一、办理须知</h2>');
    expect(r.text).toContain('<p>请到&lt;b&gt;窗口&lt;/b&gt;办理。</p><p>工作日受理。</p>');
    expect(r.text).not.toContain('甲市人民路1号');
    expect((await get('/guide?agency=YI')).text).toContain('乙市教育局政府信息公开工作机构'); // 乙 keeps its default
  });

  it('refuses the guide to staff who are not 负责人 or 管理员, and to visitors', async () => {
    const handler = new Browser(app);
    await handler.login('a_handler', PASSWORD);
    const page = await (await handler.get('/console/settings/guide')).text();
    expect(page).toContain('仅负责人或管理员可修改信息公开指南');
    const r = await handler.post('/console/settings/guide', { text: '经办人改写' });
    expect(r.status).toBe(403);
    const anon = await new Browser(app).post('/console/settings/guide', { text: '匿名改写' });
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/console/login');
    const guide = (await get('/guide?agency=JIA')).text;
    expect(guide).not.toContain('经办人改写');
    expect(guide).not.toContain('匿名改写');
  });
});
