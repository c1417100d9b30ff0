/** Catalog items and their append-only events. Staff queries are scoped to an agency. */
import { sql } from 'kysely';
import { DomainError } from '../../domain/errors.ts';
import type { Db } from '../database.ts';
import type { ItemTable } from '../schema.ts';

export interface Item {
  id: number;
  agencyId: number;
  indexNumber: string | null;
  title: string;
  summary: string | null;
  topic: string | null;
  columnId: number | null;
  publisher: string;
  writtenOn: string | null;
  formedOn: string | null;
  publishedOn: string | null;
  docNumber: string | null;
  validity: string;
  validityChangedOn: string | null;
  disclosureMethod: string;
  disclosureScope: string;
  keywords: string | null;
  bodyHtml: string;
  bodyText: string;
  departmentId: number | null;
  article20: number | null;
  regulationKind: string | null;
  abolishedOn: string | null;
  status: string;
  authorId: number | null;
  reviewerId: number | null;
  reviewNote: string | null;
  version: number;
}

type Row = { [K in keyof ItemTable]: ItemTable[K] extends { __select__: infer S } ? S : ItemTable[K] };

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function toItem(r: Record<string, unknown>): Item {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (k !== 'created_at' && k !== 'updated_at') o[camel(k)] = v;
  o.version = Number(o.version);
  return o as unknown as Item;
}

function toRow(changes: Partial<Item>): Partial<Row> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) if (v !== undefined && k !== 'id' && k !== 'version') o[snake(k)] = v;
  return o as Partial<Row>;
}

export async function insertItem(db: Db, item: Omit<Item, 'id' | 'version'>, now: string): Promise<number> {
  const r = await db.insertInto('items').values({ ...toRow(item), version: 0, created_at: now, updated_at: now } as never).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function getItem(db: Db, agencyId: number, id: number): Promise<Item | undefined> {
  const r = await db.selectFrom('items').selectAll().where('id', '=', id).where('agency_id', '=', agencyId).executeTakeFirst();
  return r && toItem(r);
}

/** A published item for the portal (any agency). */
export async function getPublishedItem(db: Db, id: number): Promise<Item | undefined> {
  const r = await db.selectFrom('items').selectAll().where('id', '=', id).where('status', '=', 'published').executeTakeFirst();
  return r && toItem(r);
}

export async function updateItem(db: Db, agencyId: number, id: number, version: number, changes: Partial<Item>, now: string): Promise<void> {
  const r = await db
    .updateTable('items')
    .set({ ...toRow(changes), version: version + 1, updated_at: now } as never)
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new DomainError('CONFLICT', '该信息已被他人修改，请刷新后重试');
}

export interface ItemFilter {
  agencyId?: number;
  statuses?: string[];
  article20?: number;
  year?: number;
  departmentId?: number;
  columnId?: number;
  topic?: string;
  validity?: string;
  limit?: number;
  offset?: number;
}

/** Items matching the filter, newest publication (or creation) first, with the total. */
export async function listItems(db: Db, f: ItemFilter): Promise<{ total: number; items: Item[] }> {
  let q = db.selectFrom('items');
  if (f.agencyId) q = q.where('agency_id', '=', f.agencyId);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  if (f.article20) q = q.where('article20', '=', f.article20);
  if (f.year) q = q.where('published_on', '>=', `${f.year}-01-01`).where('published_on', '<=', `${f.year}-12-31`);
  if (f.departmentId) q = q.where('department_id', '=', f.departmentId);
  if (f.columnId) q = q.where('column_id', '=', f.columnId);
  if (f.topic) q = q.where('topic', '=', f.topic);
  if (f.validity) q = q.where('validity', '=', f.validity);
  const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('published_on', 'desc').orderBy('id', 'desc').limit(f.limit ?? 50).offset(f.offset ?? 0).execute();
  return { total: Number(total.n), items: rows.map(toItem) };
}

export async function appendItemEvent(db: Db, e: { itemId: number; agencyId: number; action: string; actorUserId: number | null; actorLabel: string; occurredAt: string; onDate: string; fromStatus: string | null; toStatus: string | null; data: Record<string, unknown> }): Promise<void> {
  await db.insertInto('item_events').values({ item_id: e.itemId, agency_id: e.agencyId, action: e.action, actor_user_id: e.actorUserId, actor_label: e.actorLabel, occurred_at: e.occurredAt, on_date: e.onDate, from_status: e.fromStatus, to_status: e.toStatus, data: JSON.stringify(e.data) }).execute();
}

export async function listItemEvents(db: Db, itemId: number): Promise<{ action: string; actorLabel: string; onDate: string; occurredAt: string; fromStatus: string | null; toStatus: string | null; data: Record<string, unknown> }[]> {
  const rows = await db.selectFrom('item_events').selectAll().where('item_id', '=', itemId).orderBy('id').execute();
  return rows.map((r) => ({ action: r.action, actorLabel: r.actor_label, onDate: r.on_date, occurredAt: r.occurred_at, fromStatus: r.from_status, toStatus: r.to_status, data: JSON.parse(r.data) as Record<string, unknown> }));
}

/** Which of `numbers` are already the 索引号 of an item (any agency: 索引号 are unique). */
export async function takenIndexNumbers(db: Db, numbers: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < numbers.length; i += 500) {
    const chunk = numbers.slice(i, i + 500);
    const rows = await db.selectFrom('items').select('index_number').where('index_number', 'in', chunk).execute();
    for (const r of rows) if (r.index_number) taken.add(r.index_number);
  }
  return taken;
}
