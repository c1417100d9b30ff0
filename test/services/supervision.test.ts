import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { allCellRefs } from '../../src/domain/report/labels.ts';
import { getCell } from '../../src/domain/report/model.ts';
import { agencyDashboard, supervisionDashboard } from '../../src/services/dashboard.ts';
import { computeAnnualReport } from '../../src/services/report/compute.ts';
import { createReport } from '../../src/services/report/annual-reports.ts';
import { reportStatusOf, supervisedReports } from '../../src/services/report/supervision.ts';
import { depsFor } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { buildSupervision, insertItem } from '../support/supervision.ts';
import type { SupervisionWorld } from '../support/supervision.ts';

async function rejects(p: Promise<unknown>, code: string): Promise<DomainError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(code);
  return err as DomainError;
}

describe.each(testDialects)('supervision and dashboards on %s', (dialect) => {
  let database: OpenDatabase;
  let w: SupervisionWorld;
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildSupervision(database.db);
  }, 60_000);
  afterAll(async () => database.close());

  it('lists every subordinate with its status and sums their computed reports cell by cell', async () => {
    const s = await supervisedReports(database.db, w.officeAdmin, 2025);
    expect(s.office.name).toBe('丙市人民政府办公室');
    expect(s.subordinates.map((r) => [r.agency.name, r.status, r.statusLabel, r.publishedOn])).toEqual([
      ['甲市公安局', 'published', '已发布', '2026-01-20'],
      ['乙市教育局', 'late', '逾期发布', '2026-02-15'],
    ]);
    expect(s.sum.report.agency.name).toBe('丙市人民政府办公室所辖机关汇总');
    expect(s.sum.count).toBe(2);
    expect(s.sum.blanks).toEqual([]);
    const [a, b] = [await computeAnnualReport(database.db, { id: w.agencyA, name: '甲市公安局' }, 2025), await computeAnnualReport(database.db, { id: w.agencyB, name: '乙市教育局' }, 2025)];
    for (const ref of allCellRefs(a.format)) expect(getCell(s.sum.report, ref), `${ref.section}/${ref.row}/${ref.column}`).toBe((getCell(a, ref) ?? 0) + (getCell(b, ref) ?? 0));
    const apps = (row: string) => getCell(s.sum.report, { section: 'applications', row, column: 'total' });
    expect([apps('一'), apps('三.1'), apps('三.2'), apps('三.3.4'), apps('三.7'), apps('四')]).toEqual([5, 1, 1, 1, 3, 2]);
  });

  it('takes the status from the stored report, else from the catalog: 未开始 without either (a draft item does not count), 逾期 after 1月31日', async () => {
    const s = await supervisedReports(database.db, w.officeAdmin, 2024);
    expect(s.subordinates.map((r) => [r.agency.name, r.status, r.statusLabel])).toEqual([['甲市公安局', 'not_started', '未开始'], ['乙市教育局', 'not_started', '未开始']]);
    await createReport(depsFor(database.db), w.headA, 2024);
    const drafted = await supervisedReports(database.db, w.officeAdmin, 2024);
    expect(drafted.subordinates.map((r) => [r.agency.name, r.status, r.statusLabel])).toEqual([['甲市公安局', 'draft', '起草中'], ['乙市教育局', 'not_started', '未开始']]);
    expect(s.sum.report.format).toBe('2021');
    await insertItem(database.db, w.agencyB, '乙市教育局2024年政府信息公开工作年度报告', 'published', '2025-01-31');
    expect((await reportStatusOf(database.db, { id: w.agencyB, name: '乙市教育局' }, 2024)).status).toBe('published'); // on the day: in time
    await insertItem(database.db, w.agencyA, '甲市公安局2020年政府信息公开工作年度报告', 'published', '2021-02-01');
    expect((await reportStatusOf(database.db, { id: w.agencyA, name: '甲市公安局' }, 2020)).status).toBe('late');
    expect((await supervisedReports(database.db, w.officeAdmin, 2020)).sum.report.format).toBe('2019');
  });

  it('refuses staff of an agency and shows another office only its own subordinates', async () => {
    const e = await rejects(supervisedReports(database.db, w.headA, 2025), 'FORBIDDEN');
    expect(e.message).toContain('主管部门');
    await rejects(supervisionDashboard(depsFor(database.db), w.handlerB, 2025), 'FORBIDDEN');
    const other = await supervisedReports(database.db, w.otherAdmin, 2025);
    expect(other.subordinates.map((r) => [r.agency.name, r.status])).toEqual([['丁市交通局', 'published']]);
    await rejects(supervisedReports(database.db, w.officeAdmin, 2018), 'VALIDATION');
  });

  it('gives an agency its dashboard: applications by month, channel and outcome, on-time rate, items per channel, department timeliness', async () => {
    const d = await agencyDashboard(depsFor(database.db), w.handlerA, 2025);
    const ch = Object.fromEntries(d.byChannel.map((s) => [s.key, s.values]));
    expect(ch.online).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(ch.oral).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    const oc = Object.fromEntries(d.byOutcome.map((s) => [s.key, s.values]));
    expect(oc['1']?.[2]).toBe(1);
    expect(oc['2']?.[3]).toBe(1);
    expect(oc.pending?.[4]).toBe(1);
    expect(d.onTime.answered).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(d.onTime.onTime).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(d.onTime.rate.slice(0, 6)).toEqual([null, null, 100, null, null, 0]);
    expect(d.itemChannels.map((c) => [c.label, c.count])).toEqual([['门户网站', 2], ['政务微博', 1], ['微信公众号', 0], ['其他新媒体', 0], ['公开栏/电子屏', 0], ['其他', 0]]);
    expect(d.timelinessBy).toBe('department');
    expect(d.timeliness.find((t) => t.name === '交警大队')).toEqual({ name: '交警大队', published: 2, late: 1 });
  });

  it('gives the supervising office the same charts over all its subordinates, timeliness per agency', async () => {
    const d = await supervisionDashboard(depsFor(database.db), w.officeAdmin, 2025);
    expect(d.byChannel.find((s) => s.key === 'online')?.values).toEqual([0, 0, 2, 1, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(d.byOutcome.find((s) => s.key === '3')?.values[2]).toBe(1);
    expect(d.onTime.answered[2]).toBe(2);
    expect(d.onTime.rate[2]).toBe(100);
    expect(d.timelinessBy).toBe('agency');
    // 乙's 2024 report was published on 2025-01-31 by the test above
    expect(d.timeliness).toEqual([{ name: '甲市公安局', published: 2, late: 1 }, { name: '乙市教育局', published: 1, late: 0 }]);
  });
});
