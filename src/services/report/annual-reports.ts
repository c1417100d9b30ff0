/**
 * The agency's annual report as a document it works on: created with its tables computed from the
 * records and its narrative prefilled, the narrative edited, the tables recomputed, submitted for
 * checking (提交核对, refused while a check finds an error), and signed by the 负责人 — each use
 * case one transaction that writes the report and an append-only version. Publishing is in
 * publish.ts. Staff see only their own agency's reports.
 */
import { chinaToday } from '../../clock.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Payload } from '../../domain/payload.ts';
import { checkReport } from '../../domain/report/checks.ts';
import type { Finding } from '../../domain/report/checks.ts';
import { OVERVIEW_PARTS, SECTION_HEADINGS } from '../../domain/report/headings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { narrativeFields } from '../../domain/report/narrative.ts';
import { sameNarrative, withNarrative } from '../../domain/report/narrative-form.ts';
import { prefillNarrative } from '../../domain/report/prefill.ts';
import { checkAgainstRecords } from '../../domain/report/record-checks.ts';
import { mayTake, mayWrite, reportActionLabel, reportTransition } from '../../domain/report/report-status.ts';
import type { ReportAction, ReportStatus } from '../../domain/report/report-status.ts';
import { numericChineseDate } from '../../domain/dates.ts';
import { can } from '../../domain/roles.ts';
import { getAgency } from '../../db/repositories/agencies.ts';
import {
  appendReportVersion, findReport, insertReport, itemsPublishedInYear, listReports, listReportVersions, updateReport,
} from '../../db/repositories/annual-reports.ts';
import type { ReportChanges, ReportSummary, ReportVersion, StoredReport } from '../../db/repositories/annual-reports.ts';
import { channelCountsForYear } from '../../db/repositories/item-channels.ts';
import type { Db } from '../../db/database.ts';
import type { Actor, Deps } from '../deps.ts';
import { computeAnnualReport } from './compute.ts';

/** The first report year the model knows (the 2019 trial format). */
export const FIRST_REPORT_YEAR = 2019;

function requireStaff(actor: Actor): void {
  if (!can(actor.roles, 'case.view')) throw new DomainError('FORBIDDEN', '您不是本机关的工作人员');
}

function requireWriter(actor: Actor): void {
  if (!mayWrite(actor.roles)) throw new DomainError('FORBIDDEN', '编写年度报告需由经办人、审核人或负责人办理');
}

/** A report year: a whole number from 2019 to the current year (China). */
export function reportYear(deps: Pick<Deps, 'clock'>, value: unknown): number {
  const y = Number(value);
  const current = Number(chinaToday(deps.clock).slice(0, 4));
  if (!Number.isInteger(y) || y < FIRST_REPORT_YEAR || y > current) {
    throw new DomainError('VALIDATION', `年度应为${FIRST_REPORT_YEAR}年至${current}年之间的年份`, [{ field: 'year', message: `请填写${FIRST_REPORT_YEAR}—${current}之间的年份` }]);
  }
  return y;
}

async function agencyOf(db: Db, actor: Actor): Promise<{ id: number; name: string; kind: string }> {
  const a = await getAgency(db, actor.agencyId);
  if (!a) throw new DomainError('NOT_FOUND', '未找到本机关');
  return { id: a.id, name: a.name, kind: a.kind };
}

/** The report of the actor's agency for `year`, or NOT_FOUND. */
export async function loadReport(db: Db, actor: Actor, year: number): Promise<StoredReport> {
  requireStaff(actor);
  const r = await findReport(db, actor.agencyId, year);
  if (!r) throw new DomainError('NOT_FOUND', `本机关尚未创建${year}年度报告`);
  return r;
}

/** Last year's report: the stored one if there is one, else computed from the records (none before 2019). */
export async function lastYearReport(db: Db, agency: { id: number; name: string }, year: number): Promise<AnnualReport | null> {
  const stored = await findReport(db, agency.id, year - 1);
  if (stored) return stored.model;
  return year - 1 >= FIRST_REPORT_YEAR ? computeAnnualReport(db, agency, year - 1) : null;
}

/**
 * Every finding on a stored report: the checks of the model (with last year's report; a local
 * government's own report is due by 3月31日), and its tables and fee against the records.
 */
export async function reportFindings(db: Db, agency: { id: number; name: string; kind: string }, model: AnnualReport): Promise<Finding[]> {
  const [computed, lastYear] = await Promise.all([computeAnnualReport(db, agency, model.year), lastYearReport(db, agency, model.year)]);
  const all = [...checkAgainstRecords(model, computed), ...checkReport(model, { lastYear, deadline: agency.kind === 'government_office' ? '03-31' : '01-31' })];
  return [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity === 'warning')];
}

/** The agency's reports by year. */
export async function reports(deps: Pick<Deps, 'db'>, actor: Actor): Promise<ReportSummary[]> {
  requireStaff(actor);
  return listReports(deps.db, actor.agencyId);
}

/** Creates the report of `year`: tables from the records, sections 一, 五 and 六 prefilled; returns its id. */
export async function createReport(deps: Deps, actor: Actor, yearValue: unknown): Promise<number> {
  requireWriter(actor);
  const year = reportYear(deps, yearValue);
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const agency = await agencyOf(trx, actor);
    if (await findReport(trx, agency.id, year)) throw new DomainError('CONFLICT', `${year}年度报告已经创建，请在列表中打开`);
    const computed = await computeAnnualReport(trx, agency, year);
    const lastYear = await lastYearReport(trx, agency, year);
    const figures = {
      itemsPublished: await itemsPublishedInYear(trx, agency.id, year),
      itemsLastYear: lastYear ? await itemsPublishedInYear(trx, agency.id, year - 1) : null,
      channels: await channelCountsForYear(trx, agency.id, year),
    };
    const model = prefillNarrative(computed, figures, lastYear);
    const id = await insertReport(trx, agency.id, year, model, now);
    await appendReportVersion(trx, { reportId: id, agencyId: agency.id, action: 'create', status: 'draft', model, summary: '创建报告：表格由记录计算，第一、五、六部分按数据预填', actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now });
    return id;
  });
}

/** Loads the report in a transaction, checks the action, writes the changes and a version. */
async function act(
  deps: Deps, actor: Actor, year: number, action: ReportAction,
  decide: (r: StoredReport, trx: Db, to: ReportStatus) => Promise<{ changes: ReportChanges; summary: string } | null>,
  expectedVersion?: unknown,
): Promise<boolean> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const r = await loadReport(trx, actor, year);
    const to = reportTransition(r.status, action, actor.roles);
    if (expectedVersion !== undefined && expectedVersion !== '' && Number(expectedVersion) !== r.version) {
      throw new DomainError('CONFLICT', '该年度报告已被他人修改，请刷新后重试');
    }
    const d = await decide(r, trx, to);
    if (!d) return false;
    const changes: ReportChanges = { status: to, ...d.changes };
    await updateReport(trx, actor.agencyId, r.id, r.version, changes, now);
    await appendReportVersion(trx, { reportId: r.id, agencyId: actor.agencyId, action, status: to, model: changes.model ?? r.model, summary: d.summary, actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now });
    return true;
  });
}

/** The headings of the narrative fields that differ between two reports. */
function changedHeadings(a: AnnualReport, b: AnnualReport): string[] {
  const before = narrativeFields(a);
  return narrativeFields(b).filter((f, i) => f.text !== before[i]?.text).map((f) => {
    const part = OVERVIEW_PARTS.find((p) => f.field === `overview.parts.${p.code}`);
    return part ? `一${part.heading}` : f.field === 'overview.general' ? SECTION_HEADINGS.overview : f.heading;
  });
}

/** Saves the narrative (sections 一, 五, 六); a checked report becomes a draft again. False when nothing changed. */
export async function editNarrative(deps: Deps, actor: Actor, year: number, p: Payload): Promise<boolean> {
  return act(deps, actor, year, 'edit', async (r) => {
    const model = withNarrative(r.model, p);
    if (sameNarrative(model, r.model)) return null;
    return { changes: { model }, summary: `修改报告文字：${changedHeadings(r.model, model).join('、')}` };
  }, p.version);
}

/** Recomputes the tables from the records, keeping the narrative. False when the records give the same tables. */
export async function recomputeReport(deps: Deps, actor: Actor, year: number): Promise<boolean> {
  return act(deps, actor, year, 'recompute', async (r, trx) => {
    const computed = await computeAnnualReport(trx, await agencyOf(trx, actor), year);
    const model: AnnualReport = { ...r.model, proactive: computed.proactive, applications: computed.applications, appeals: computed.appeals, other: { ...r.model.other, ...(computed.format === '2021' ? { processingFeeFen: computed.other.processingFeeFen ?? 0 } : {}) } };
    if (JSON.stringify(model) === JSON.stringify(r.model)) return null;
    return { changes: { model }, summary: '按当前记录重新计算表格' };
  });
}

function refuseErrors(findings: Finding[], what: string): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  const first = errors.slice(0, 3).map((f) => f.message).join(' ');
  throw new DomainError('VALIDATION', `${what}：核对发现${errors.length}项错误，请先改正。${first}`);
}

/** 提交核对: the report becomes checked if no check finds an error (warnings are shown, not blocking). */
export async function submitForCheck(deps: Deps, actor: Actor, year: number): Promise<void> {
  await act(deps, actor, year, 'check', async (r, trx) => {
    const findings = await reportFindings(trx, await agencyOf(trx, actor), r.model);
    refuseErrors(findings, '未能提交核对');
    const warnings = findings.length;
    return { changes: {}, summary: warnings > 0 ? `核对通过（${warnings}项提示）` : '核对通过' };
  });
}

/**
 * The 负责人 signs the checked report: the 成文日期 becomes the day of signing in China, and the
 * checks run again with it (a report signed outside the following year is refused).
 */
export async function signReport(deps: Deps, actor: Actor, year: number): Promise<void> {
  const today = chinaToday(deps.clock);
  await act(deps, actor, year, 'sign', async (r, trx) => {
    const model: AnnualReport = { ...r.model, reportDate: today };
    refuseErrors(await reportFindings(trx, await agencyOf(trx, actor), model), '未能签发');
    return {
      changes: { model, signedBy: actor.userId, signedByLabel: actor.displayName, signedOn: today },
      summary: `负责人${actor.displayName}签发，成文日期${numericChineseDate(today)}`,
    };
  });
}

/** A report with its versions, findings and what the actor may do. */
export interface ReportView {
  report: StoredReport;
  versions: ReportVersion[];
  findings: Finding[];
  may: Record<ReportAction, boolean>;
}

export async function reportView(deps: Pick<Deps, 'db'>, actor: Actor, year: number): Promise<ReportView> {
  const report = await loadReport(deps.db, actor, year);
  const agency = await agencyOf(deps.db, actor);
  const [versions, findings] = await Promise.all([listReportVersions(deps.db, actor.agencyId, report.id), reportFindings(deps.db, agency, report.model)]);
  const may = (a: ReportAction, from: readonly ReportStatus[]) => mayTake(a, actor.roles) && from.includes(report.status);
  return {
    report, versions, findings,
    may: { edit: may('edit', ['draft', 'checked']), recompute: may('recompute', ['draft', 'checked']), check: may('check', ['draft']), sign: may('sign', ['checked']), publish: may('publish', ['signed']) },
  };
}

export { reportActionLabel };
