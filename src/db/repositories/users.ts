/** Staff accounts and their roles per agency. */
import type { Db } from '../database.ts';

export interface User {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  disabled: boolean;
}

export interface Membership {
  agencyId: number;
  agencyName: string;
  role: string;
  departmentId: number | null;
}

export async function createUser(db: Db, u: { username: string; displayName: string; email: string | null; passwordHash: string }, now: string): Promise<User> {
  const r = await db
    .insertInto('users')
    .values({ username: u.username, display_name: u.displayName, email: u.email, password_hash: u.passwordHash, disabled: 0, created_at: now })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return { id: r.id, username: u.username, displayName: u.displayName, email: u.email, disabled: false };
}

export async function addMembership(db: Db, m: { userId: number; agencyId: number; role: string; departmentId?: number | null }): Promise<void> {
  await db.insertInto('memberships').values({ user_id: m.userId, agency_id: m.agencyId, role: m.role, department_id: m.departmentId ?? null }).execute();
}

/** The account and its password hash, for login. */
export async function findUserForLogin(db: Db, username: string): Promise<(User & { passwordHash: string }) | undefined> {
  const r = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!r) return undefined;
  return { id: r.id, username: r.username, displayName: r.display_name, email: r.email, disabled: r.disabled === 1, passwordHash: r.password_hash };
}

export async function getUser(db: Db, id: number): Promise<User | undefined> {
  const r = await db.selectFrom('users').select(['id', 'username', 'display_name', 'email', 'disabled']).where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, username: r.username, displayName: r.display_name, email: r.email, disabled: r.disabled === 1 };
}

export async function membershipsOf(db: Db, userId: number): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('agencies', 'agencies.id', 'memberships.agency_id')
    .select(['memberships.agency_id', 'agencies.name', 'memberships.role', 'memberships.department_id'])
    .where('memberships.user_id', '=', userId)
    .orderBy('memberships.agency_id')
    .execute();
  return rows.map((r) => ({ agencyId: r.agency_id, agencyName: r.name, role: r.role, departmentId: r.department_id }));
}

/** Staff of an agency with their roles (for assignment lists and digests). */
export async function staffOf(db: Db, agencyId: number): Promise<(User & { roles: string[] })[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.email', 'users.disabled', 'memberships.role'])
    .where('memberships.agency_id', '=', agencyId)
    .orderBy('users.id')
    .execute();
  const byId = new Map<number, User & { roles: string[] }>();
  for (const r of rows) {
    const u = byId.get(r.id) ?? { id: r.id, username: r.username, displayName: r.display_name, email: r.email, disabled: r.disabled === 1, roles: [] };
    u.roles.push(r.role);
    byId.set(r.id, u);
  }
  return [...byId.values()];
}
