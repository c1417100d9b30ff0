import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { buildWorld, depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser } from '../support/http.ts';

describe.each(testDialects)('catalog console over HTTP on %s', (dialect) => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  const clock = new TestClock('2026-03-02');
  beforeAll(async () => {
    database = await freshDb(dialect);
    await buildWorld(database.db);
    app = createApp(depsFor(database.db, clock));
  });
  afterAll(async () => database.close());

  it('drafts, reviews by another person and publishes; flags a late publication', async () => {
    clock.at('2026-03-30');
    const author = new Browser(app);
    await author.login('a_handler', PASSWORD);
    const bad = await author.post('/console/items/new', { title: '', publisher: '甲市公安局' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('请填写名称');
    const r = await author.post('/console/items/new', { title: '关于调整户口迁移办理时间的通告', publisher: '甲市公安局', writtenOn: '2026-02-02', bodyHtml: '<p>自即日起调整。</p><script>alert(1)</script>' });
    expect(r.status).toBe(303);
    const url = r.headers.get('location')?.split('?')[0] ?? '';
    const id = url.split('/').pop();
    let page = await (await author.get(url)).text();
    expect(page).toContain('草稿');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('应于 2026-03-06 前公开'); // 春节 02-15..23 off, 02-14 and 02-28 调休 counted
    await author.post(`/console/items/${id}/actions/submit`, {});
    page = await (await author.get(url)).text();
    expect(page).not.toContain('act-approve'); // the author is offered no review

    const reviewer = new Browser(app);
    await reviewer.login('a_reviewer', PASSWORD);
    expect((await reviewer.post(`/console/items/${id}/actions/approve`, {})).status).toBe(303);
    expect((await reviewer.post(`/console/items/${id}/actions/publish`, {})).status).toBe(303);
    page = await (await reviewer.get(url)).text();
    expect(page).toContain('已发布');
    expect(page).toContain('JIA/2026-00001');
    expect(page).toContain('发布日期晚于第二十六条规定的期限');
    const dept = await (await reviewer.get('/console/items/departments?year=2026')).text();
    expect(dept).toContain('关于调整户口迁移办理时间的通告');

    const again = await reviewer.post(`/console/items/${id}/actions/publish`, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('不能发布');
  });

  it('keeps other agencies out of an item', async () => {
    const a = new Browser(app);
    await a.login('a_handler', PASSWORD);
    const r = await a.post('/console/items/new', { title: '甲机关草稿', publisher: '甲市公安局' });
    const url = r.headers.get('location')?.split('?')[0] ?? '';
    const b = new Browser(app);
    await b.login('b_handler', PASSWORD);
    expect((await b.get(url)).status).toBe(404);
    expect(await (await b.get('/console/items')).text()).not.toContain('甲机关草稿');
  });
});
