/** The append-only event log of cases: every transition, who, when, before and after. */
import type { Db } from '../database.ts';

export interface CaseEvent {
  id: number;
  caseId: number;
  action: string;
  actorUserId: number | null;
  actorLabel: string;
  occurredAt: string;
  onDate: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: { summary?: string; before?: Record<string, unknown>; after?: Record<string, unknown>; [k: string]: unknown };
}

export async function appendEvent(db: Db, e: Omit<CaseEvent, 'id'> & { agencyId: number }): Promise<void> {
  await db
    .insertInto('case_events')
    .values({ case_id: e.caseId, agency_id: e.agencyId, action: e.action, actor_user_id: e.actorUserId, actor_label: e.actorLabel, occurred_at: e.occurredAt, on_date: e.onDate, from_status: e.fromStatus, to_status: e.toStatus, data: JSON.stringify(e.data) })
    .execute();
}

export async function listEvents(db: Db, caseId: number): Promise<CaseEvent[]> {
  const rows = await db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, caseId: r.case_id, action: r.action, actorUserId: r.actor_user_id, actorLabel: r.actor_label, occurredAt: r.occurred_at, onDate: r.on_date, fromStatus: r.from_status, toStatus: r.to_status, data: JSON.parse(r.data) as CaseEvent['data'] }));
}
