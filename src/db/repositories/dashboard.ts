/**
 * Aggregates for the dashboards and the supervision page, over one agency or several (a supervising
 * office's subordinates) in one query each. `count(*)` comes back as a string from PostgreSQL and a
 * number from SQLite: every count goes through Number().
 */
import { sql } from 'kysely';
import type { ApplicationCase } from '../../domain/case.ts';
import type { Pause } from '../../domain/deadline.ts';
import type { Db } from '../database.ts';
import { rowToCase } from './case-mapping.ts';

/** A count by month (1–12) and a key (channel, outcome …). */
export interface MonthCount {
  month: number;
  key: string;
  count: number;
}

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** Applications received in `year`, by month of receipt and channel (信函, 网上 …). */
export async function applicationsByMonthAndChannel(db: Db, agencyIds: readonly number[], year: number): Promise<MonthCount[]> {
  if (!agencyIds.length) return [];
  const [from, to] = yearBounds(year);
  const month = sql<string>`substr(received_on, 6, 2)`;
  const rows = await db
    .selectFrom('cases')
    .select((eb) => [month.as('month'), 'channel', eb.fn.countAll<number | string>().as('n')])
    .where('agency_id', 'in', agencyIds)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .groupBy([month, 'channel'])
    .execute();
  return rows.map((r) => ({ month: Number(r.month), key: r.channel, count: Number(r.n) }));
}

/** Applications received in `year`, by month of receipt and outcome ('' while undecided). */
export async function applicationsByMonthAndOutcome(db: Db, agencyIds: readonly number[], year: number): Promise<MonthCount[]> {
  if (!agencyIds.length) return [];
  const [from, to] = yearBounds(year);
  const month = sql<string>`substr(received_on, 6, 2)`;
  const rows = await db
    .selectFrom('cases')
    .select((eb) => [month.as('month'), 'outcome', eb.fn.countAll<number | string>().as('n')])
    .where('agency_id', 'in', agencyIds)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .groupBy([month, 'outcome'])
    .execute();
  return rows.map((r) => ({ month: Number(r.month), key: r.outcome ?? '', count: Number(r.n) }));
}

/**
 * Cases answered in `year` — the reply served (`replied_on`), or else decided (`decided_on`) — with
 * their pauses, for the on-time rate: the deadline needs the working-day calendar, so it is computed
 * in the service, not in SQL.
 */
export async function casesAnsweredInYear(db: Db, agencyIds: readonly number[], year: number): Promise<ApplicationCase[]> {
  if (!agencyIds.length) return [];
  const [from, to] = yearBounds(year);
  const answered = sql<string>`coalesce(replied_on, decided_on)`;
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('agency_id', 'in', agencyIds)
    .where(answered, '>=', from)
    .where(answered, '<=', to)
    .orderBy('id')
    .execute();
  const ids = rows.map((r) => r.id);
  const pauses = [];
  for (let i = 0; i < ids.length; i += 500) {
    pauses.push(...(await db.selectFrom('case_pauses').selectAll().where('case_id', 'in', ids.slice(i, i + 500)).orderBy('id').execute()));
  }
  const byCase = new Map<number, ApplicationCase['pauses']>();
  for (const p of pauses) {
    const list = byCase.get(p.case_id) ?? [];
    list.push({ id: p.id, kind: p.kind as Pause['kind'], startOn: p.start_on, endOn: p.end_on, party: p.party, note: p.note, label: p.party ?? undefined });
    byCase.set(p.case_id, list);
  }
  return rows.map((r) => ({ ...rowToCase(r), pauses: byCase.get(r.id) ?? [] }));
}

/** Published catalog items per channel with a channel publication in `year` (an item once per channel). */
export async function itemsByChannel(db: Db, agencyIds: readonly number[], year: number): Promise<Map<string, number>> {
  if (!agencyIds.length) return new Map();
  const [from, to] = yearBounds(year);
  const rows = await db
    .selectFrom('item_channels')
    .innerJoin('items', 'items.id', 'item_channels.item_id')
    .select((eb) => ['item_channels.channel', eb.fn.count<number | string>('item_channels.item_id').distinct().as('n')])
    .where('items.agency_id', 'in', agencyIds)
    .where('items.status', '=', 'published')
    .where('item_channels.published_on', '>=', from)
    .where('item_channels.published_on', '<=', to)
    .groupBy('item_channels.channel')
    .execute();
  return new Map(rows.map((r) => [r.channel, Number(r.n)]));
}

/** The earliest published catalog item of an agency with exactly this title, or undefined. */
export async function publishedItemTitled(db: Db, agencyId: number, title: string): Promise<{ id: number; publishedOn: string | null } | undefined> {
  const r = await db
    .selectFrom('items')
    .select(['id', 'published_on'])
    .where('agency_id', '=', agencyId)
    .where('title', '=', title)
    .where('status', '=', 'published')
    .orderBy('published_on')
    .orderBy('id')
    .executeTakeFirst();
  return r && { id: r.id, publishedOn: r.published_on };
}
