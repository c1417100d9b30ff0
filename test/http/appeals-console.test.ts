import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { submitOnline } from '../../src/services/intake.ts';
import { applicationPayload, buildWorld, depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser } from '../support/http.ts';

describe.each(testDialects)('review and litigation records over HTTP on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  let app: ReturnType<typeof createApp>;
  let application: { caseId: number; number: string };
  const clock = new TestClock('2025-03-03');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    app = createApp(depsFor(database.db, clock));
    application = await submitOnline(depsFor(database.db, clock), w.agencyA, applicationPayload(), []);
    clock.at('2026-02-10');
  });
  afterAll(async () => database.close());

  const idFrom = (r: Response) => Number(/\/console\/reviews\/(\d+)/.exec(r.headers.get('location') ?? '')?.[1]);

  it('records a review from the application’s page, decides it, edits it, and lists it with the year’s filters', async () => {
    const b = new Browser(app);
    await b.login('a_handler', PASSWORD);
    const casePage = await (await b.get(`/console/cases/${application.caseId}`)).text();
    expect(casePage).toContain(`/console/reviews/new?application=${application.number}`);
    const form = await (await b.get(`/console/reviews/new?application=${application.number}`)).text();
    expect(form).toContain(`value="${application.number}"`);
    expect(form).toContain('value="本级人民政府"'); // the 行政复议机关 of the settings

    let r = await b.post('/console/reviews/new', { kind: 'review', claimant: '张三', body: '甲市人民政府', receivedOn: '2025-12-20', result: 'pending', applicationNumber: application.number, caseNumber: '', notes: '不服不予公开答复' });
    expect(r.status).toBe(303);
    const id = idFrom(r);
    let page = await (await b.get(`/console/reviews/${id}`)).text();
    expect(page).toContain('尚未审结');
    expect(page).toContain(`href="/console/cases/${application.caseId}"`);
    expect(page).toContain('2025年交通事故认定书');
    expect(page).toContain('登记行政复议：尚未审结');

    r = await b.post(`/console/reviews/${id}/decide`, { result: 'corrected', decidedOn: '', caseNumber: '甲政复决〔2026〕3号' });
    expect(r.status).toBe(422);
    expect(await r.text()).toContain('结果为“结果纠正”时请填写审结日期');
    r = await b.post(`/console/reviews/${id}/decide`, { result: 'corrected', decidedOn: '2026-01-15', caseNumber: '甲政复决〔2026〕3号' });
    expect(r.status).toBe(303);
    page = await (await b.get(`/console/reviews/${id}`)).text();
    expect(page).toContain('审结：结果纠正（2026-01-15审结），甲政复决〔2026〕3号');

    const edit = await (await b.get(`/console/reviews/${id}/edit`)).text();
    expect(edit).toContain('value="甲政复决〔2026〕3号"');
    r = await b.post(`/console/reviews/${id}/edit`, { kind: 'review', claimant: '张三', body: '甲市人民政府', receivedOn: '2025-12-20', result: 'corrected', decidedOn: '2025-12-19', applicationNumber: application.number, caseNumber: '甲政复决〔2026〕3号', version: '1' });
    expect(r.status).toBe(422);
    const bad = await r.text();
    expect(bad).toContain('审结日期（2025-12-19）不能早于受理（立案）日期（2025-12-20）');
    expect(bad).toContain('aria-invalid="true"');
    r = await b.post(`/console/reviews/${id}/edit`, { kind: 'review', claimant: '张三', body: '甲市人民政府', receivedOn: '2025-12-20', result: 'corrected', decidedOn: '2026-01-15', applicationNumber: application.number, caseNumber: '甲政复决〔2026〕3号', notes: '责令重新答复', version: '1' });
    expect(r.status).toBe(303);
    expect((await b.post(`/console/reviews/${id}/edit`, { kind: 'review', claimant: '张三', body: '甲市人民政府', receivedOn: '2025-12-20', version: '1' })).status).toBe(409);

    // decided in 2026: counted in 2025 as 尚未审结, in the list and in the figures
    const list2025 = await (await b.get('/console/reviews?year=2025&kind=review&result=pending')).text();
    expect(list2025).toContain(`/console/reviews/${id}`);
    expect(list2025).toContain('2025年报告计为“尚未审结”');
    expect(await (await b.get('/console/reviews?year=2025&result=corrected')).text()).not.toContain(`/console/reviews/${id}"`);
    expect(await (await b.get('/console/reviews?result=corrected')).text()).toContain(`/console/reviews/${id}"`);
    const figures = await (await b.get('/console/figures?year=2025')).text();
    expect(figures).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(figures).toContain('<a href="/console/reviews?year=2025&amp;kind=review&amp;result=pending">1</a>');
    expect(figures).toContain('<a href="/console/reviews?year=2025&amp;kind=review">1</a>');
    expect(figures).toContain('未经复议直接起诉');
    const nav = await (await b.get('/console')).text();
    expect(nav).toContain('href="/console/reviews"');
    expect(await (await b.get(`/console/cases/${application.caseId}`)).text()).toContain(`href="/console/reviews/${id}"`);
  });

  it('shows the form again with the fields at fault, and refuses a link to another agency’s application', async () => {
    const other = await submitOnline(depsFor(database.db, clock), w.agencyB, applicationPayload({ infoTitle: '招生计划' }), []);
    const b = new Browser(app);
    await b.login('a_reviewer', PASSWORD);
    const r = await b.post('/console/reviews/new', { kind: 'litigation_direct', claimant: '', body: '甲市中心区人民法院', receivedOn: '2026-02-01', result: 'pending', applicationNumber: other.number });
    expect(r.status).toBe(422);
    const html = await r.text();
    expect(html).toContain('请填写原告');
    const r2 = await b.post('/console/reviews/new', { kind: 'litigation_direct', claimant: '李四', body: '甲市中心区人民法院', receivedOn: '2026-02-01', result: 'pending', applicationNumber: other.number });
    expect(r2.status).toBe(422);
    expect(await r2.text()).toContain(`关联申请“${other.number}”不是本机关的申请编号`);
  });

  it('keeps records and claimants from other agencies’ staff, and lets 管理员 read but not record', async () => {
    const a = new Browser(app);
    await a.login('a_handler', PASSWORD);
    const r = await a.post('/console/reviews/new', { kind: 'litigation_after_review', claimant: '王秘密', body: '甲市中级人民法院', receivedOn: '2026-02-02', result: 'pending' });
    const id = idFrom(r);
    const b = new Browser(app);
    await b.login('b_handler', PASSWORD);
    expect((await b.get(`/console/reviews/${id}`)).status).toBe(404);
    expect((await b.get(`/console/reviews/${id}/edit`)).status).toBe(404);
    expect((await b.post(`/console/reviews/${id}/decide`, { result: 'upheld', decidedOn: '2026-02-05' })).status).toBe(404);
    expect(await (await b.get('/console/reviews')).text()).not.toContain('王秘密');
    const admin = new Browser(app);
    await admin.login('a_admin', PASSWORD);
    const page = await (await admin.get(`/console/reviews/${id}`)).text();
    expect(page).toContain('王秘密');
    expect(page).not.toContain('登记审结结果');
    expect((await admin.get('/console/reviews/new')).status).toBe(403);
    expect((await admin.post('/console/reviews/new', { kind: 'review', claimant: '某', body: '某', result: 'pending' })).status).toBe(403);
    expect((await new Browser(app).get('/console/reviews')).status).toBe(303);
  });
});
