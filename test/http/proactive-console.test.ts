import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { createItem, itemAction } from '../../src/services/catalog/items.ts';
import { buildWorld, depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser } from '../support/http.ts';

describe.each(testDialects)('section 二 figures, channels and media accounts over HTTP on %s', (dialect) => {
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

  it('enters a month, imports a CSV, and shows the 2021-format tables with their exact labels', async () => {
    const b = new Browser(app);
    await b.login('a_handler', PASSWORD);
    let r = await b.post('/console/proactive/figures?year=2026', { month: '1', kind: 'permit_decisions', value: '1200' });
    expect(r.status).toBe(303);
    const csv = new TextEncoder().encode('年,月,项目,数值\n2026,2,行政许可,800\n2026,1,行政事业性收费,12345.67\n');
    r = await b.post('/console/proactive/import?year=2026', {}, [{ name: 'file', filename: 'figures.csv', bytes: csv, type: 'text/csv' }]);
    expect(r.status).toBe(303);
    const page = await (await b.get('/console/proactive?year=2026')).text();
    expect(page).toContain('第二十条第（五）项');
    expect(page).toContain('本年处理决定数量');
    expect(page).toContain('2000'); // 1200 + 800
    expect(page).toContain('本年收费金额（单位：万元）');
    expect(page).toContain('1.2346');
    const bad = await b.post('/console/proactive/import?year=2026', {}, [{ name: 'file', filename: 'bad.csv', bytes: new TextEncoder().encode('年,月,项目,数值\n2026,13,行政许可,5\n'), type: 'text/csv' }]);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('第2行');
  });

  it('records the channels of a published item and counts them per year; keeps a media ledger', async () => {
    const deps = depsFor(database.db, clock);
    const id = await createItem(deps, w.handlerA, { title: '渠道测试', publisher: '甲市公安局', writtenOn: '2026-05-06' });
    await itemAction(deps, w.handlerA, id, 'submit', {});
    await itemAction(deps, w.reviewerA, id, 'approve', {});
    await itemAction(deps, w.reviewerA, id, 'publish', {});
    const b = new Browser(app);
    await b.login('a_handler', PASSWORD);
    expect((await b.post('/console/media', { platform: 'weibo', name: '@甲市公安', administrator: '李明', openedOn: '2020-01-01' })).status).toBe(303);
    const media = await (await b.get('/console/media?year=2026&half=1')).text();
    expect(media).toContain('@甲市公安');
    expect((await b.post(`/console/items/${id}/channels`, { channel: 'portal', publishedOn: '2026-05-06', url: 'https://example.gov.cn/a' })).status).toBe(303);
    expect((await b.post(`/console/items/${id}/channels`, { channel: 'weibo', publishedOn: '2026-05-07' })).status).toBe(303);
    const page = await (await b.get('/console/proactive?year=2026')).text();
    expect(page).toMatch(/门户网站<\/th><td>1</);
    expect(page).toMatch(/政务微博<\/th><td>1</);
    expect(page).toMatch(/合计<\/th><td>2</);
  });
});
