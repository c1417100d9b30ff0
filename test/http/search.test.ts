import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { createItem, itemAction } from '../../src/services/catalog/items.ts';
import { buildWorld, depsFor, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { ORIGIN } from '../support/http.ts';

describe.each(testDialects)('portal search on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  let app: ReturnType<typeof createApp>;
  const clock = new TestClock('2026-04-08');
  const get = async (path: string) => {
    const r = await app.request(`${ORIGIN}${path}`);
    return { status: r.status, html: await r.text() };
  };
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    app = createApp(depsFor(database.db, clock));
    const deps = depsFor(database.db, clock);
    const make = async (title: string, body: string, publish: boolean) => {
      const id = await createItem(deps, w.handlerA, { title, publisher: '甲市公安局', writtenOn: '2026-04-01', bodyHtml: body, article20: '5', departmentId: title.startsWith('户口') ? String(w.deptA) : '' });
      await itemAction(deps, w.handlerA, id, 'submit', {});
      if (!publish) return itemAction(deps, w.reviewerA, id, 'reject', { reason: '不宜公开' });
      await itemAction(deps, w.reviewerA, id, 'approve', {});
      return itemAction(deps, w.reviewerA, id, 'publish', {});
    };
    await make('户口迁移办理指南', '<p>办理户口迁移需要携带户口簿。</p>', true);
    await make('关于公开2025年交通违法处理情况的通知', '<p>现将有关情况公开如下。</p>', true);
    await make('户口内部核查名单', '<p>不公开的内部名单</p>', false);
  });
  afterAll(async () => database.close());

  it('finds two-character words, highlights them, and never shows an unpublished item', async () => {
    const r = await get('/search?q=%E6%88%B7%E5%8F%A3'); // 户口
    expect(r.status).toBe(200);
    expect(r.html).toContain('找到 1 条结果');
    expect(r.html).toContain('<mark>户口</mark>迁移办理指南');
    expect(r.html).not.toContain('内部核查名单');
    expect((await get(`/search?q=${encodeURIComponent('公开')}`)).html).toContain('交通违法处理情况');
  });

  it('lets a Traditional query find Simplified items, and answers in Traditional under /hant/', async () => {
    const r = (await get(`/search?q=${encodeURIComponent('戶口遷移')}`)).html;
    expect(r).toContain('找到 1 条结果');
    expect(r).toContain('<mark>户口迁移</mark>办理指南');
    const hant = await get(`/hant/search?q=${encodeURIComponent('戶口')}`);
    expect(hant.html).toContain('遷移辦理指南');
  });

  it('filters by class, year and department, and refuses a bad query clearly without echoing markup', async () => {
    expect((await get(`/search?q=${encodeURIComponent('户口')}&class=1`)).html).toContain('找到 0 条结果');
    expect((await get(`/search?q=${encodeURIComponent('户口')}&year=2026`)).html).toContain('找到 1 条结果');
    const inDept = (await get(`/search?q=${encodeURIComponent('户口')}&dept=${w.deptA}`)).html;
    expect(inDept).toContain('找到 1 条结果');
    expect(inDept).toContain(`<option value="${w.deptA}" selected="">交警大队</option>`);
    expect((await get(`/search?q=${encodeURIComponent('公开')}&dept=${w.deptA}`)).html).toContain('找到 0 条结果');
    const badDept = await get(`/search?q=${encodeURIComponent('户口')}&dept=abc`);
    expect(badDept.status).toBe(422);
    expect(badDept.html).toContain('部门有误');
    const long = await get(`/search?q=${encodeURIComponent('公开'.repeat(60))}`);
    expect(long.status).toBe(422);
    const xss = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(xss.html).not.toContain('<script>alert(1)');
  });
});
