/** The annual report in the console over HTTP: create, figures that open their records, a failing check, edit, check, sign-off, publish, downloads, isolation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { buildWorld, depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser } from '../support/http.ts';
import { seedReportRecords } from '../support/report-records.ts';

describe.each(testDialects)('annual report console on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  let app: ReturnType<typeof createApp>;
  let caseNumbers: string[] = [];
  const clock = new TestClock('2025-03-03');

  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    app = createApp(depsFor(database.db, clock));
    const { caseIds } = await seedReportRecords(database.db, w, clock, '2026-01-12');
    const rows = await database.db.selectFrom('cases').select(['id', 'number']).where('id', 'in', caseIds).orderBy('id').execute();
    caseNumbers = rows.map((r) => r.number);
  });
  afterAll(async () => database.close());

  it('creates the report and links every section 三 and 四 figure to the records it counts', async () => {
    const b = new Browser(app);
    await b.login('a_handler', PASSWORD);
    expect(await (await b.get('/console/reports')).text()).toContain('value="2025"');
    const r = await b.post('/console/reports', { year: '2025' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toMatch(/^\/console\/reports\/2025\?notice=/);
    expect((await b.post('/console/reports', { year: '2025' })).status).toBe(409);
    const page = await (await b.get('/console/reports/2025')).text();
    expect(page).toContain('甲市公安局2025年政府信息公开工作年度报告');
    expect(page).toContain('<span class="status" id="report-status">起草中</span>');
    expect(page).toContain(`href="/console/reports/2025/cases?row=${encodeURIComponent('一')}&amp;column=total">3</a>`);
    expect(page).toContain('href="/console/reviews?year=2025&amp;kind=review&amp;result=pending">1</a>');
    expect(page).toContain('核对结果：无错误');
    const received = await (await b.get(`/console/reports/2025/cases?row=${encodeURIComponent('一')}&column=natural_person`)).text();
    for (const n of caseNumbers) expect(received).toContain(n);
    const forward = await (await b.get(`/console/reports/2025/cases?row=${encodeURIComponent('四')}&column=total`)).text();
    expect(forward).toContain('共 1 件');
    expect(forward).toContain(caseNumbers[2]);
    expect(forward).toContain('“四、结转下年度继续办理”行“总计”列');
    expect((await b.get('/console/reports/2025/cases?row=nope&column=total')).status).toBe(404);
  });

  it('shows a narrative figure that disagrees, with the cell marked, at its field in the form; refuses 签发 by a non-head', async () => {
    const b = new Browser(app);
    await b.login('a_handler', PASSWORD);
    const form = await (await b.get('/console/reports/2025/edit')).text();
    expect(form).toContain('name="overview.parts.on_application"');
    const version = /name="version" value="(\d+)"/.exec(form)?.[1] ?? '';
    expect((await b.post('/console/reports/2025/edit', { 'overview.parts.on_application': '本年度共收到政府信息公开申请7件。', version })).status).toBe(303);
    const page = await (await b.get('/console/reports/2025')).text();
    expect(page).toContain('“收到政府信息公开申请7件”与表中收到的政府信息公开申请数（3）不一致');
    expect(page).toMatch(/class="figure flagged"><mark><a href="\/console\/reports\/2025\/cases\?row=%E4%B8%80&amp;column=total">3<\/a><\/mark>/);
    const edit = await (await b.get('/console/reports/2025/edit')).text();
    expect(edit).toContain('<p class="error" id="e-overview.parts.on_application">');
    expect((await b.post('/console/reports/2025/edit', { 'overview.parts.on_application': '本年度共收到政府信息公开申请3件。' })).status).toBe(303);
    expect((await b.post('/console/reports/2025/check', {})).status).toBe(303);
    expect(await (await b.get('/console/reports/2025')).text()).toContain('id="report-status">已核对');
    const refused = await b.post('/console/reports/2025/sign', {});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('“负责人签发”只能由负责人办理');
  });

  it('is signed and published by the 负责人, appears on the portal in both scripts, and downloads in every format', async () => {
    clock.at('2026-01-16');
    const head = new Browser(app);
    await head.login('a_head', PASSWORD);
    expect((await head.post('/console/reports/2025/sign', {})).status).toBe(303);
    let page = await (await head.get('/console/reports/2025')).text();
    expect(page).toContain('负责人甲负责于2026年1月16日签发');
    expect(page).toContain('2026年1月16日</p>'); // the signature of the rendered report
    expect((await head.post('/console/reports/2025/publish', {})).status).toBe(303);
    page = await (await head.get('/console/reports/2025')).text();
    const itemId = /href="\/items\/(\d+)">已在门户网站公开/.exec(page)?.[1];
    expect(itemId).toBeDefined();
    const reader = new Browser(app);
    const portal = await (await reader.get(`/items/${itemId}`)).text();
    expect(portal).toContain('<h1>甲市公安局2025年政府信息公开工作年度报告</h1>');
    expect(portal).toContain('甲市公安局2025年政府信息公开工作年度报告.pdf');
    expect(await (await reader.get(`/hant/items/${itemId}`)).text()).toContain('甲市公安局2025年政府信息公開工作年度報告');
    const catalog = await (await reader.get('/catalog')).text();
    expect(catalog).toContain('甲市公安局2025年政府信息公开工作年度报告');
    for (const [format, type] of [['docx', 'wordprocessingml'], ['pdf', 'application/pdf'], ['xlsx', 'spreadsheetml'], ['json', 'application/json']] as const) {
      const d = await head.get(`/console/reports/2025/download/${format}`);
      expect(d.status).toBe(200);
      expect(d.headers.get('content-type')).toContain(type);
      expect(d.headers.get('content-disposition')).toContain(encodeURIComponent(`甲市公安局2025年政府信息公开工作年度报告.${format}`));
    }
    const json = await (await head.get('/console/reports/2025/download/json')).json() as { reportDate: string; publishedOn: string };
    expect(json).toMatchObject({ reportDate: '2026-01-16', publishedOn: '2026-01-16' });
  });

  it('never shows a report to another agency’s staff', async () => {
    const b = new Browser(app);
    await b.login('b_handler', PASSWORD);
    expect((await b.get('/console/reports/2025')).status).toBe(404);
    expect((await b.get('/console/reports/2025/download/json')).status).toBe(404);
    expect((await b.get(`/console/reports/2025/cases?row=${encodeURIComponent('一')}&column=total`)).status).toBe(404);
    expect((await b.post('/console/reports/2025/check', {})).status).toBe(404);
    expect(await (await b.get('/console/reports')).text()).toContain('尚未创建年度报告');
  });
});
