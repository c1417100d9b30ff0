/**
 * Staff login: argon2id password hashes, random session tokens of which only a hash is stored,
 * sessions bound to one agency at a time (a user may belong to several).
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '../domain/errors.ts';
import * as sessions from '../db/repositories/sessions.ts';
import { findUserForLogin, getUser, membershipsOf } from '../db/repositories/users.ts';
import type { Actor, Deps } from './deps.ts';

export const SESSION_HOURS = 12;
const ARGON2_OPTIONS = { algorithm: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Checks credentials and opens a session; returns the cookie token. */
export async function login(deps: Pick<Deps, 'db' | 'clock'>, username: string, password: string): Promise<{ token: string; actor: Actor }> {
  const bad = new DomainError('UNAUTHENTICATED', '用户名或密码不正确');
  const user = await findUserForLogin(deps.db, username.trim());
  if (!user) {
    await hashPassword(password); // same work whether or not the user exists
    throw bad;
  }
  if (!(await verify(user.passwordHash, password))) throw bad;
  if (user.disabled) throw new DomainError('UNAUTHENTICATED', '该账号已停用，请联系管理员');
  const memberships = await membershipsOf(deps.db, user.id);
  const first = memberships[0];
  if (!first) throw new DomainError('FORBIDDEN', '该账号尚未分配任何机关的角色，请联系管理员');
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  await sessions.createSession(deps.db, {
    idHash: tokenHash(token),
    userId: user.id,
    agencyId: first.agencyId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
  });
  const actor = await actorFor(deps, user.id, first.agencyId);
  if (!actor) throw bad;
  return { token, actor };
}

async function actorFor(deps: Pick<Deps, 'db'>, userId: number, agencyId: number): Promise<Actor | undefined> {
  const user = await getUser(deps.db, userId);
  if (!user || user.disabled) return undefined;
  const memberships = await membershipsOf(deps.db, userId);
  const here = memberships.filter((m) => m.agencyId === agencyId);
  if (!here.length) return undefined;
  const agencies = [...new Map(memberships.map((m) => [m.agencyId, { id: m.agencyId, name: m.agencyName }])).values()];
  return { userId, username: user.username, displayName: user.displayName, agencyId, agencyName: here[0]?.agencyName ?? '', roles: here.map((m) => m.role), agencies };
}

/** The actor of a session token, or undefined if unknown or expired. */
export async function resolveSession(deps: Pick<Deps, 'db' | 'clock'>, token: string): Promise<Actor | undefined> {
  const s = await sessions.findSession(deps.db, tokenHash(token));
  if (!s || s.expiresAt < deps.clock.now().toISOString()) return undefined;
  return actorFor(deps, s.userId, s.agencyId);
}

export async function logout(deps: Pick<Deps, 'db'>, token: string): Promise<void> {
  await sessions.deleteSession(deps.db, tokenHash(token));
}

/** Switches the session to another agency the user belongs to. */
export async function switchAgency(deps: Pick<Deps, 'db' | 'clock'>, token: string, agencyId: number): Promise<Actor> {
  const current = await resolveSession(deps, token);
  if (!current) throw new DomainError('UNAUTHENTICATED', '请先登录');
  if (!current.agencies.some((a) => a.id === agencyId)) throw new DomainError('FORBIDDEN', '您不属于该机关');
  await sessions.setSessionAgency(deps.db, tokenHash(token), agencyId);
  const a = await actorFor(deps, current.userId, agencyId);
  if (!a) throw new DomainError('FORBIDDEN', '您不属于该机关');
  return a;
}
