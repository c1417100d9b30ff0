/** Per-agency settings as JSON values. */
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export async function getSetting<T>(db: Db, agencyId: number, key: string): Promise<T | undefined> {
  const r = await db.selectFrom('settings').select('value').where('agency_id', '=', agencyId).where('key', '=', key).executeTakeFirst();
  return r ? (JSON.parse(r.value) as T) : undefined;
}

export async function getSettings(db: Db, agencyId: number): Promise<Record<string, unknown>> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('agency_id', '=', agencyId).execute();
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export async function putSetting(db: Db, agencyId: number, key: string, value: unknown): Promise<void> {
  const v = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ agency_id: agencyId, key, value: v })
    .onConflict((oc) => oc.columns(['agency_id', 'key']).doUpdateSet({ value: v }))
    .execute();
}

/** Next value of a per-agency counter (application numbers), inside the caller's transaction. */
export async function nextCounter(db: Db, agencyId: number, name: string): Promise<number> {
  const r = await db
    .insertInto('counters')
    .values({ agency_id: agencyId, name, value: 1 })
    .onConflict((oc) => oc.columns(['agency_id', 'name']).doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(r.value);
}

/** Raises a counter to at least `value` (so that numbers already used are not handed out again). */
export async function raiseCounter(db: Db, agencyId: number, name: string, value: number): Promise<void> {
  await db
    .insertInto('counters')
    .values({ agency_id: agencyId, name, value })
    .onConflict((oc) => oc.columns(['agency_id', 'name']).doUpdateSet({ value: sql<number>`case when counters.value < ${value} then ${value} else counters.value end` }))
    .execute();
}
