/** Applications (依申请公开 cases), their pauses and attachments. Every query is scoped to an agency. */
import { sql } from 'kysely';
import type { ApplicationCase, CaseChanges } from '../../domain/case.ts';
import type { Pause } from '../../domain/deadline.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Db } from '../database.ts';
import { changesToRow, rowToCase } from './case-mapping.ts';

export type NewCase = Omit<ApplicationCase, 'id' | 'pauses' | 'version' | 'status'> & { status: string; queryCodeHash: string };

export async function insertCase(db: Db, c: NewCase, now: string): Promise<number> {
  const { queryCodeHash, ...rest } = c;
  const row = { ...changesToRow(rest), agency_id: c.agencyId, number: c.number, query_code_hash: queryCodeHash, version: 0, created_at: now, updated_at: now };
  const r = await db.insertInto('cases').values(row as never).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

async function pausesOf(db: Db, caseId: number): Promise<ApplicationCase['pauses']> {
  const rows = await db.selectFrom('case_pauses').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind as Pause['kind'], startOn: r.start_on, endOn: r.end_on, party: r.party, note: r.note, label: r.party ?? undefined }));
}

/** A case of `agencyId`, or undefined (a case of another agency is simply not found). */
export async function getCase(db: Db, agencyId: number, id: number): Promise<ApplicationCase | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).where('agency_id', '=', agencyId).executeTakeFirst();
  if (!row) return undefined;
  return { ...rowToCase(row), pauses: await pausesOf(db, id) };
}

/** The case with this number and query code hash, for the public status page. */
export async function findByNumberAndCode(db: Db, number: string, codeHash: string): Promise<ApplicationCase | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('number', '=', number).where('query_code_hash', '=', codeHash).executeTakeFirst();
  if (!row) return undefined;
  return { ...rowToCase(row), pauses: await pausesOf(db, row.id) };
}

/** Applies changes if the case still has `version`; bumps the version. */
export async function updateCase(db: Db, agencyId: number, id: number, version: number, changes: CaseChanges & { status?: string }, now: string): Promise<void> {
  const r = await db
    .updateTable('cases')
    .set({ ...changesToRow(changes), version: version + 1, updated_at: now } as never)
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new DomainError('CONFLICT', '案件已被他人修改，请刷新后重试');
}

export async function startPause(db: Db, caseId: number, p: { kind: string; party: string; startOn: string; note: string | null }): Promise<void> {
  await db.insertInto('case_pauses').values({ case_id: caseId, kind: p.kind, party: p.party, start_on: p.startOn, end_on: null, note: p.note }).execute();
}

export async function endOpenPause(db: Db, caseId: number, endOn: string): Promise<void> {
  await db.updateTable('case_pauses').set({ end_on: endOn }).where('case_id', '=', caseId).where('end_on', 'is', null).execute();
}

export interface CaseFilter {
  statuses?: string[];
  officerId?: number;
  departmentId?: number;
  year?: number;
  q?: string;
  limit?: number;
}

/** Cases of an agency for lists (inbox), newest first. */
export async function listCases(db: Db, agencyId: number, f: CaseFilter = {}): Promise<ApplicationCase[]> {
  let q = db.selectFrom('cases').selectAll().where('agency_id', '=', agencyId);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  if (f.officerId) q = q.where('officer_id', '=', f.officerId);
  if (f.departmentId) q = q.where('department_id', '=', f.departmentId);
  if (f.year) q = q.where('received_on', '>=', `${f.year}-01-01`).where('received_on', '<=', `${f.year}-12-31`);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '')}%`;
    q = q.where((eb) => eb.or([eb('number', 'like', like), eb('applicant_name', 'like', like), eb('info_title', 'like', like)]));
  }
  const rows = await q.orderBy('received_on', 'desc').orderBy('id', 'desc').limit(f.limit ?? 500).execute();
  const ids = rows.map((r) => r.id);
  const pauses = ids.length ? await db.selectFrom('case_pauses').selectAll().where('case_id', 'in', ids).orderBy('id').execute() : [];
  return rows.map((r) => ({
    ...rowToCase(r),
    pauses: pauses.filter((p) => p.case_id === r.id).map((p) => ({ id: p.id, kind: p.kind as Pause['kind'], startOn: p.start_on, endOn: p.end_on, party: p.party, note: p.note })),
  }));
}

/** Earlier cases of the same agency by the same applicant (by name or identity number), for repeat detection. */
export async function casesOfApplicant(db: Db, agencyId: number, who: { name: string; idNumber: string | null; orgCode: string | null }, excludeId?: number): Promise<ApplicationCase[]> {
  let q = db.selectFrom('cases').selectAll().where('agency_id', '=', agencyId);
  q = q.where((eb) => {
    const ors = [eb('applicant_name', '=', who.name)];
    if (who.idNumber) ors.push(eb('id_number', '=', who.idNumber));
    if (who.orgCode) ors.push(eb('org_code', '=', who.orgCode));
    return eb.or(ors);
  });
  if (excludeId) q = q.where('id', '!=', excludeId);
  const rows = await q.orderBy('received_on', 'desc').limit(200).execute();
  return rows.map((r) => ({ ...rowToCase(r), pauses: [] }));
}

/**
 * Applications (件) the same applicant made to the agency earlier in the natural month of `c`
 * (按件计收, 国办函〔2020〕109号 第四条): same identity number, or same name when there is none.
 */
export async function countApplicantMonth(db: Db, agencyId: number, c: { id: number; receivedOn: string; applicantName: string; idNumber: string | null }): Promise<number> {
  const r = await db
    .selectFrom('cases')
    .select(sql<number>`count(*)`.as('n'))
    .where('agency_id', '=', agencyId)
    .where('received_on', '>=', `${c.receivedOn.slice(0, 7)}-01`)
    .where((eb) => eb.or([eb('received_on', '<', c.receivedOn), eb.and([eb('received_on', '=', c.receivedOn), eb('id', '<', c.id)])]))
    .where((eb) => (c.idNumber ? eb('id_number', '=', c.idNumber) : eb('applicant_name', '=', c.applicantName)))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertAttachment(db: Db, a: { caseId: number; filename: string; mime: string; size: number; sha256: string; content: Buffer; createdAt: string }): Promise<void> {
  await db.insertInto('attachments').values({ case_id: a.caseId, filename: a.filename, mime: a.mime, size: a.size, sha256: a.sha256, content: a.content, created_at: a.createdAt }).execute();
}

export async function listAttachments(db: Db, caseId: number): Promise<{ id: number; filename: string; mime: string; size: number }[]> {
  return db.selectFrom('attachments').select(['id', 'filename', 'mime', 'size']).where('case_id', '=', caseId).orderBy('id').execute();
}

export async function getAttachment(db: Db, caseId: number, id: number): Promise<{ filename: string; mime: string; content: Buffer } | undefined> {
  return db.selectFrom('attachments').select(['filename', 'mime', 'content']).where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}
