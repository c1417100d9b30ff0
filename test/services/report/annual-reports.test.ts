/**
 * The annual report as a stored document: created with its tables from the records and its
 * narrative prefilled (consistent with the tables), edited and recomputed as versions that the
 * database keeps unchanged, checked (refused while an error stands), signed only by the 负责人,
 * published as a portal item with its DOCX, PDF and XLSX — and never seen by another agency.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../src/db/database.ts';
import { listItemAttachments } from '../../../src/db/repositories/item-attachments.ts';
import { getPublishedItem, listItemEvents } from '../../../src/db/repositories/items.ts';
import { listReportVersions } from '../../../src/db/repositories/annual-reports.ts';
import { listColumns } from '../../../src/db/repositories/catalog-columns.ts';
import { checkNarrativeFigures } from '../../../src/domain/report/narrative-figures.ts';
import { recordAppeal } from '../../../src/services/appeals.ts';
import {
  createReport, editNarrative, loadReport, recomputeReport, reports, reportView, signReport, submitForCheck,
} from '../../../src/services/report/annual-reports.ts';
import { computeAnnualReport } from '../../../src/services/report/compute.ts';
import { publishReport } from '../../../src/services/report/publish.ts';
import { buildWorld, depsFor, TestClock } from '../../support/builders.ts';
import type { World } from '../../support/builders.ts';
import { freshDb, testDialects } from '../../support/db.ts';
import { seedReportRecords } from '../../support/report-records.ts';

describe.each(testDialects)('annual reports on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock('2025-03-03');
  const deps = () => depsFor(database.db, clock);

  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    await seedReportRecords(database.db, w, clock, '2026-01-10');
  });
  afterAll(async () => database.close());

  it('creates the report with the computed tables and a prefilled narrative the figure check finds consistent', async () => {
    await expect(createReport(deps(), w.adminA, 2025)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createReport(deps(), w.handlerA, 2018)).rejects.toMatchObject({ code: 'VALIDATION', message: '年度应为2019年至2026年之间的年份' });
    await createReport(deps(), w.handlerA, 2025);
    await expect(createReport(deps(), w.handlerA, '2025')).rejects.toMatchObject({ code: 'CONFLICT' });
    const r = await loadReport(database.db, w.handlerA, 2025);
    const computed = await computeAnnualReport(database.db, { id: w.agencyA, name: '甲市公安局' }, 2025);
    expect(r.status).toBe('draft');
    expect(r.model.applications).toEqual(computed.applications);
    expect(r.model.appeals).toEqual(computed.appeals);
    const parts = r.model.overview.parts;
    expect(parts.on_application).toContain('本年度共收到政府信息公开申请3件，较上年（0件）增加3件；上年度结转申请0件。');
    expect(parts.on_application).toContain('全年办结2件，其中予以公开2件');
    expect(parts.on_application).toContain('1件结转下年度继续办理。');
    expect(parts.proactive).toContain('主动公开政府信息1条，较上年（0条）增加1条。');
    expect(parts.platform).toContain('门户网站1条');
    expect(parts.supervision).toContain('被申请行政复议1件，被提起行政诉讼0件');
    expect(r.model.other.text).toContain('本年度未收取信息处理费。');
    for (const t of [r.model.overview.general, ...Object.values(parts), r.model.problems, r.model.other.text]) expect(t.trim()).not.toBe('');
    expect(checkNarrativeFigures(r.model)).toEqual([]);
    const v = await reportView(deps(), w.handlerA, 2025);
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(v.findings.map((f) => f.check)).toEqual(['report_date']); // a warning while there is no 成文日期
    expect(v.versions.map((x) => [x.number, x.action, x.actorLabel])).toEqual([[1, 'create', '甲经办']]);
  });

  it('keeps every save of the narrative as a version, and the database refuses to change or delete versions', async () => {
    const before = await loadReport(database.db, w.handlerA, 2025);
    expect(await editNarrative(deps(), w.handlerA, 2025, { 'overview.parts.on_application': '本年度共收到政府信息公开申请5件。', version: String(before.version) })).toBe(true);
    expect(await editNarrative(deps(), w.handlerA, 2025, { 'overview.parts.on_application': '本年度共收到政府信息公开申请5件。' })).toBe(false); // unchanged: no version
    await expect(editNarrative(deps(), w.handlerA, 2025, { problems: 'x', version: String(before.version) })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(editNarrative(deps(), w.handlerA, 2025, { problems: '长'.repeat(20_001) })).rejects.toMatchObject({ code: 'VALIDATION' });
    const v = await reportView(deps(), w.reviewerA, 2025);
    expect(v.versions.map((x) => [x.number, x.action, x.summary])).toEqual([[1, 'create', expect.any(String)], [2, 'edit', '修改报告文字：一（二）依申请公开情况']]);
    expect(v.versions[0]?.model.overview.parts.on_application).toContain('3件'); // the first version is as it was
    const figure = v.findings.find((f) => f.check === 'narrative_figure');
    expect(figure).toMatchObject({ severity: 'warning', fields: ['overview.parts.on_application'], cells: [{ section: 'applications', row: '一', column: 'total' }] });
    expect(figure?.message).toContain('“收到政府信息公开申请5件”与表中收到的政府信息公开申请数（3）不一致');
    const reportId = v.report.id;
    await expect(sql`update annual_report_versions set summary = 'x' where report_id = ${reportId}`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from annual_report_versions where report_id = ${reportId}`.execute(database.db)).rejects.toThrow(/append-only/);
    await editNarrative(deps(), w.handlerA, 2025, { 'overview.parts.on_application': before.model.overview.parts.on_application });
    expect((await reportView(deps(), w.handlerA, 2025)).findings.some((f) => f.check === 'narrative_figure')).toBe(false);
  });

  it('refuses 提交核对 while the tables disagree with the records; a recompute is a new version', async () => {
    clock.at('2026-01-12');
    await recordAppeal(deps(), w.handlerA, { kind: 'litigation_direct', claimant: '李四', body: '甲市中心区人民法院', receivedOn: '2025-12-30', result: 'pending' });
    const v = await reportView(deps(), w.handlerA, 2025);
    const stale = v.findings.find((f) => f.check === 'stale_table');
    expect(stale?.severity).toBe('error');
    expect(stale?.cells).toEqual(expect.arrayContaining([{ section: 'appeals', row: 'litigation_direct', column: 'pending' }]));
    await expect(submitForCheck(deps(), w.handlerA, 2025)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('未能提交核对：核对发现1项错误') });
    expect(await recomputeReport(deps(), w.handlerA, 2025)).toBe(true);
    expect(await recomputeReport(deps(), w.handlerA, 2025)).toBe(false);
    const after = await reportView(deps(), w.handlerA, 2025);
    expect(after.versions.at(-1)).toMatchObject({ action: 'recompute', summary: '按当前记录重新计算表格' });
    expect(after.report.model.appeals.litigation_direct?.pending).toBe(1);
    // The narrative still says 0 lawsuits: a warning now, to fix before checking.
    expect(after.findings.find((f) => f.check === 'narrative_figure')?.message).toContain('行政诉讼');
    const supervision = after.report.model.overview.parts.supervision.replace('被提起行政诉讼0件', '被提起行政诉讼1件');
    await editNarrative(deps(), w.handlerA, 2025, { 'overview.parts.supervision': supervision });
    expect((await reportView(deps(), w.handlerA, 2025)).findings.filter((f) => f.check !== 'report_date')).toEqual([]);
  });

  it('checks, returns to draft when edited, and is signed only by the 负责人 with the day of signing as 成文日期', async () => {
    await submitForCheck(deps(), w.handlerA, 2025);
    expect((await loadReport(database.db, w.handlerA, 2025)).status).toBe('checked');
    await editNarrative(deps(), w.handlerA, 2025, { problems: '无。' });
    expect((await loadReport(database.db, w.handlerA, 2025)).status).toBe('draft');
    await expect(signReport(deps(), w.headA, 2025)).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: '报告当前状态为“起草中”，不能负责人签发' });
    await submitForCheck(deps(), w.reviewerA, 2025);
    await expect(signReport(deps(), w.reviewerA, 2025)).rejects.toMatchObject({ code: 'FORBIDDEN', message: '“负责人签发”只能由负责人办理' });
    await expect(signReport(deps(), w.handlerA, 2025)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    clock.at('2026-01-15');
    await signReport(deps(), w.headA, 2025);
    const r = await loadReport(database.db, w.headA, 2025);
    expect(r).toMatchObject({ status: 'signed', signedByLabel: '甲负责', signedOn: '2026-01-15' });
    expect(r.model.reportDate).toBe('2026-01-15');
    await expect(editNarrative(deps(), w.headA, 2025, { problems: '改' })).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: expect.stringContaining('已签发的报告不能再修改') });
    await expect(recomputeReport(deps(), w.headA, 2025)).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('publishes as a catalog item under 年度报告 with the report as body and DOCX, PDF, XLSX attached', async () => {
    await expect(publishReport(deps(), w.reviewerA, 2025)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    clock.at('2026-01-20');
    const itemId = await publishReport(deps(), w.headA, 2025);
    const item = await getPublishedItem(database.db, itemId);
    expect(item).toMatchObject({ title: '甲市公安局2025年政府信息公开工作年度报告', article20: null, publishedOn: '2026-01-20', writtenOn: '2026-01-15', status: 'published', reviewerId: w.headA.userId });
    expect(item?.bodyHtml).toContain('<caption>');
    expect(item?.bodyHtml).toContain('headers="');
    expect(item?.bodyText).toContain('2026年1月15日');
    const column = (await listColumns(database.db, w.agencyA)).find((c) => c.id === item?.columnId);
    expect(column?.name).toBe('年度报告');
    const files = await listItemAttachments(database.db, itemId);
    expect(files.map((f) => f.filename).sort()).toEqual(['docx', 'pdf', 'xlsx'].map((x) => `甲市公安局2025年政府信息公开工作年度报告.${x}`));
    expect((await listItemEvents(database.db, itemId)).map((e) => e.action)).toEqual(['create', 'attach', 'submit', 'approve', 'publish']);
    const r = await loadReport(database.db, w.headA, 2025);
    expect(r).toMatchObject({ status: 'published', itemId });
    expect(r.model.publishedOn).toBe('2026-01-20');
    await expect(publishReport(deps(), w.headA, 2025)).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    const versions = await listReportVersions(database.db, w.agencyA, r.id);
    expect(versions.map((v) => v.action)).toEqual(['create', 'edit', 'edit', 'recompute', 'edit', 'check', 'edit', 'check', 'sign', 'publish']);
  });

  it('never shows one agency’s report to another', async () => {
    await expect(loadReport(database.db, w.handlerB, 2025)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(editNarrative(deps(), w.handlerB, 2025, { problems: '无。' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await reports(deps(), w.handlerB)).toEqual([]);
    expect((await reports(deps(), w.handlerA)).map((r) => r.year)).toEqual([2025]);
    await createReport(deps(), w.handlerB, 2025); // its own report of the same year
    expect((await loadReport(database.db, w.handlerB, 2025)).model.agency.name).toBe('乙市教育局');
  });
});
