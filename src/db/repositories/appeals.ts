/**
 * Review and litigation records (行政复议、行政诉讼) and their append-only events. Every query is
 * scoped to an agency: another agency's record is simply not found.
 */
import { DomainError } from '../../domain/errors.ts';
import type { AppealKind, AppealResult } from '../../domain/appeals.ts';
import type { CivilDate } from '../../domain/dates.ts';
import type { Db } from '../database.ts';

/** The application a record is linked to, as shown beside it. */
export interface LinkedApplication {
  id: number;
  number: string;
  infoTitle: string;
  receivedOn: CivilDate;
  outcome: string | null;
  decidedOn: CivilDate | null;
}

export interface Appeal {
  id: number;
  agencyId: number;
  kind: AppealKind;
  caseNumber: string | null;
  claimant: string;
  body: string;
  receivedOn: CivilDate;
  result: AppealResult;
  decidedOn: CivilDate | null;
  applicationCaseId: number | null;
  /** 申请编号 of the linked application, if any. */
  applicationNumber: string | null;
  notes: string | null;
  version: number;
}

/** What is stored of a record (the link by case id). */
export type AppealFields = Omit<Appeal, 'id' | 'agencyId' | 'applicationNumber' | 'version'>;

export interface AppealEvent {
  id: number;
  action: string;
  actorLabel: string;
  occurredAt: string;
  onDate: CivilDate;
  data: { summary?: string; before?: Record<string, unknown>; after?: Record<string, unknown>; [k: string]: unknown };
}

const FIELDS = {
  kind: 'kind', caseNumber: 'case_number', claimant: 'claimant', body: 'body', receivedOn: 'received_on', result: 'result',
  decidedOn: 'decided_on', applicationCaseId: 'application_case_id', notes: 'notes',
} as const satisfies Record<keyof AppealFields, string>;

function toRow(f: Partial<AppealFields>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, col] of Object.entries(FIELDS)) {
    const v = f[k as keyof AppealFields];
    if (v !== undefined) o[col] = v;
  }
  return o;
}

function baseQuery(db: Db, agencyId: number) {
  return db
    .selectFrom('appeals as a')
    .leftJoin('cases as c', (j) => j.onRef('c.id', '=', 'a.application_case_id').onRef('c.agency_id', '=', 'a.agency_id'))
    .selectAll('a')
    .select('c.number as application_number')
    .where('a.agency_id', '=', agencyId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toAppeal(r: Row): Appeal {
  return {
    id: r.id, agencyId: r.agency_id, kind: r.kind as AppealKind, caseNumber: r.case_number, claimant: r.claimant, body: r.body,
    receivedOn: r.received_on, result: r.result as AppealResult, decidedOn: r.decided_on, applicationCaseId: r.application_case_id,
    applicationNumber: r.application_number ?? null, notes: r.notes, version: Number(r.version),
  };
}

export async function insertAppeal(db: Db, agencyId: number, f: AppealFields, now: string): Promise<number> {
  const r = await db
    .insertInto('appeals')
    .values({ ...toRow(f), agency_id: agencyId, version: 0, created_at: now, updated_at: now } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Applies changes if the record still has `version`; bumps the version. */
export async function updateAppeal(db: Db, agencyId: number, id: number, version: number, changes: Partial<AppealFields>, now: string): Promise<void> {
  const r = await db
    .updateTable('appeals')
    .set({ ...toRow(changes), version: version + 1, updated_at: now } as never)
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new DomainError('CONFLICT', '该复议诉讼记录已被他人修改，请刷新后重试');
}

/** A record of `agencyId`, or undefined. */
export async function getAppeal(db: Db, agencyId: number, id: number): Promise<Appeal | undefined> {
  const r = await baseQuery(db, agencyId).where('a.id', '=', id).executeTakeFirst();
  return r && toAppeal(r);
}

export interface AppealFilter {
  /** Records accepted or filed in this year. */
  year?: number;
  kind?: AppealKind;
  applicationCaseId?: number;
}

/** The agency's records, newest first. */
export async function listAppeals(db: Db, agencyId: number, f: AppealFilter = {}): Promise<Appeal[]> {
  let q = baseQuery(db, agencyId);
  if (f.year) q = q.where('a.received_on', '>=', `${f.year}-01-01`).where('a.received_on', '<=', `${f.year}-12-31`);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.applicationCaseId) q = q.where('a.application_case_id', '=', f.applicationCaseId);
  const rows = await q.orderBy('a.received_on', 'desc').orderBy('a.id', 'desc').execute();
  return rows.map(toAppeal);
}

/** The application of `agencyId` with this 申请编号 (or id), or undefined. */
export async function findApplication(db: Db, agencyId: number, ref: { number: string } | { id: number }): Promise<LinkedApplication | undefined> {
  let q = db.selectFrom('cases').select(['id', 'number', 'info_title', 'received_on', 'outcome', 'decided_on']).where('agency_id', '=', agencyId);
  q = 'number' in ref ? q.where('number', '=', ref.number) : q.where('id', '=', ref.id);
  const r = await q.executeTakeFirst();
  return r && { id: r.id, number: r.number, infoTitle: r.info_title, receivedOn: r.received_on, outcome: r.outcome, decidedOn: r.decided_on };
}

export async function appendAppealEvent(db: Db, e: { appealId: number; agencyId: number; action: string; actorUserId: number | null; actorLabel: string; occurredAt: string; onDate: CivilDate; data: AppealEvent['data'] }): Promise<void> {
  await db
    .insertInto('appeal_events')
    .values({ appeal_id: e.appealId, agency_id: e.agencyId, action: e.action, actor_user_id: e.actorUserId, actor_label: e.actorLabel, occurred_at: e.occurredAt, on_date: e.onDate, data: JSON.stringify(e.data) })
    .execute();
}

/** The events of a record of `agencyId`, oldest first. */
export async function listAppealEvents(db: Db, agencyId: number, appealId: number): Promise<AppealEvent[]> {
  const rows = await db.selectFrom('appeal_events').selectAll().where('appeal_id', '=', appealId).where('agency_id', '=', agencyId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, action: r.action, actorLabel: r.actor_label, occurredAt: r.occurred_at, onDate: r.on_date, data: JSON.parse(r.data) as AppealEvent['data'] }));
}
