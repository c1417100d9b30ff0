/** Login sessions. Only a hash of the cookie token is stored. */
import type { Db } from '../database.ts';

export interface SessionRow {
  userId: number;
  agencyId: number;
  expiresAt: string;
}

export async function createSession(db: Db, s: { idHash: string; userId: number; agencyId: number; createdAt: string; expiresAt: string }): Promise<void> {
  await db.insertInto('sessions').values({ id: s.idHash, user_id: s.userId, agency_id: s.agencyId, created_at: s.createdAt, expires_at: s.expiresAt }).execute();
}

export async function findSession(db: Db, idHash: string): Promise<SessionRow | undefined> {
  const r = await db.selectFrom('sessions').select(['user_id', 'agency_id', 'expires_at']).where('id', '=', idHash).executeTakeFirst();
  return r && { userId: r.user_id, agencyId: r.agency_id, expiresAt: r.expires_at };
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', idHash).execute();
}

export async function setSessionAgency(db: Db, idHash: string, agencyId: number): Promise<void> {
  await db.updateTable('sessions').set({ agency_id: agencyId }).where('id', '=', idHash).execute();
}

export async function deleteExpiredSessions(db: Db, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', nowIso).execute();
}
