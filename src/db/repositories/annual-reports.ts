/**
 * Annual reports of agencies (one per agency and year) and their append-only versions. Every query
 * is scoped to an agency: another agency's report is simply not found. The model is stored as JSON.
 */
import { DomainError } from '../../domain/errors.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import type { ReportStatus } from '../../domain/report/report-status.ts';
import type { Db } from '../database.ts';

export interface StoredReport {
  id: number;
  agencyId: number;
  year: number;
  status: ReportStatus;
  model: AnnualReport;
  signedBy: number | null;
  signedByLabel: string | null;
  signedOn: string | null;
  itemId: number | null;
  version: number;
  updatedAt: string;
}

export interface ReportVersion {
  number: number;
  action: string;
  status: ReportStatus;
  model: AnnualReport;
  summary: string;
  actorUserId: number | null;
  actorLabel: string;
  occurredAt: string;
}

/** One row of the list of years. */
export interface ReportSummary {
  id: number;
  year: number;
  status: ReportStatus;
  signedByLabel: string | null;
  signedOn: string | null;
  itemId: number | null;
  updatedAt: string;
}

type Row = { id: number; agency_id: number; year: number; status: string; model: string; signed_by: number | null; signed_by_label: string | null; signed_on: string | null; item_id: number | null; version: number | string; updated_at: string };

function toReport(r: Row): StoredReport {
  return {
    id: r.id, agencyId: r.agency_id, year: Number(r.year), status: r.status as ReportStatus, model: JSON.parse(r.model) as AnnualReport,
    signedBy: r.signed_by, signedByLabel: r.signed_by_label, signedOn: r.signed_on, itemId: r.item_id, version: Number(r.version), updatedAt: r.updated_at,
  };
}

const COLUMNS = ['id', 'agency_id', 'year', 'status', 'model', 'signed_by', 'signed_by_label', 'signed_on', 'item_id', 'version', 'updated_at'] as const;

/** The report of an agency and year, or undefined. */
export async function findReport(db: Db, agencyId: number, year: number): Promise<StoredReport | undefined> {
  const r = await db.selectFrom('annual_reports').select(COLUMNS).where('agency_id', '=', agencyId).where('year', '=', year).executeTakeFirst();
  return r && toReport(r);
}

/** The agency's reports, newest year first. */
export async function listReports(db: Db, agencyId: number): Promise<ReportSummary[]> {
  const rows = await db
    .selectFrom('annual_reports')
    .select(['id', 'year', 'status', 'signed_by_label', 'signed_on', 'item_id', 'updated_at'])
    .where('agency_id', '=', agencyId)
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, year: Number(r.year), status: r.status as ReportStatus, signedByLabel: r.signed_by_label, signedOn: r.signed_on, itemId: r.item_id, updatedAt: r.updated_at }));
}

/** Inserts a report; CONFLICT if the agency already has one for the year. */
export async function insertReport(db: Db, agencyId: number, year: number, model: AnnualReport, now: string): Promise<number> {
  if (await findReport(db, agencyId, year)) throw new DomainError('CONFLICT', `${year}年度报告已经创建`);
  const r = await db
    .insertInto('annual_reports')
    .values({ agency_id: agencyId, year, status: 'draft', model: JSON.stringify(model), version: 0, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export interface ReportChanges {
  status?: ReportStatus;
  model?: AnnualReport;
  signedBy?: number;
  signedByLabel?: string;
  signedOn?: string;
  itemId?: number;
}

/** Applies changes if the report still has `version`; bumps the version (CONFLICT otherwise). */
export async function updateReport(db: Db, agencyId: number, id: number, version: number, c: ReportChanges, now: string): Promise<void> {
  const r = await db
    .updateTable('annual_reports')
    .set({
      ...(c.status ? { status: c.status } : {}),
      ...(c.model ? { model: JSON.stringify(c.model) } : {}),
      ...(c.signedBy !== undefined ? { signed_by: c.signedBy, signed_by_label: c.signedByLabel ?? null, signed_on: c.signedOn ?? null } : {}),
      ...(c.itemId !== undefined ? { item_id: c.itemId } : {}),
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new DomainError('CONFLICT', '该年度报告已被他人修改，请刷新后重试');
}

/** Appends a version (numbered after the last one). */
export async function appendReportVersion(
  db: Db,
  v: { reportId: number; agencyId: number; action: string; status: ReportStatus; model: AnnualReport; summary: string; actorUserId: number | null; actorLabel: string; occurredAt: string },
): Promise<number> {
  const last = await db.selectFrom('annual_report_versions').select((eb) => eb.fn.max('number').as('n')).where('report_id', '=', v.reportId).executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  await db
    .insertInto('annual_report_versions')
    .values({
      report_id: v.reportId, agency_id: v.agencyId, number, action: v.action, status: v.status, model: JSON.stringify(v.model), summary: v.summary,
      actor_user_id: v.actorUserId, actor_label: v.actorLabel, occurred_at: v.occurredAt,
    })
    .execute();
  return number;
}

/** The versions of a report of `agencyId`, oldest first. */
export async function listReportVersions(db: Db, agencyId: number, reportId: number): Promise<ReportVersion[]> {
  const rows = await db
    .selectFrom('annual_report_versions')
    .select(['number', 'action', 'status', 'model', 'summary', 'actor_user_id', 'actor_label', 'occurred_at'])
    .where('report_id', '=', reportId)
    .where('agency_id', '=', agencyId)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({
    number: Number(r.number), action: r.action, status: r.status as ReportStatus, model: JSON.parse(r.model) as AnnualReport, summary: r.summary,
    actorUserId: r.actor_user_id, actorLabel: r.actor_label, occurredAt: r.occurred_at,
  }));
}

/** How many catalog items of the agency were published in `year` (by their 发布日期). */
export async function itemsPublishedInYear(db: Db, agencyId: number, year: number): Promise<number> {
  const r = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('status', 'in', ['published', 'withdrawn'])
    .where('published_on', '>=', `${year}-01-01`)
    .where('published_on', '<=', `${year}-12-31`)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
