/**
 * Read-only queries of the public portal over published items of every agency: counts for the
 * catalog's side navigation, the column name of an item, and the light references a sitemap needs.
 * Nothing here ever returns an item that is not published.
 */
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Db } from '../database.ts';

/** The catalog's filter dimensions (each optional). */
export interface PortalFilter {
  agencyId?: number;
  article20?: number;
  topic?: string;
  year?: number;
}

type Dimension = keyof PortalFilter;

/** Counts of published items per value of one dimension; `key` is the value (agency id, class, topic, year). */
export interface Facet {
  key: string;
  count: number;
}

/** Counts per agency, 第二十条 class, topic and year; each facet applies every filter but its own. */
export interface Facets {
  agencies: Facet[];
  classes: Facet[];
  topics: Facet[];
  years: Facet[];
}

const YEAR = sql<string>`substr(published_on, 1, 4)`;

function published(db: Db, f: PortalFilter, except: Dimension) {
  let q = db.selectFrom('items').where('status', '=', 'published');
  if (f.agencyId && except !== 'agencyId') q = q.where('agency_id', '=', f.agencyId);
  if (f.article20 && except !== 'article20') q = q.where('article20', '=', f.article20);
  if (f.topic && except !== 'topic') q = q.where('topic', '=', f.topic);
  if (f.year && except !== 'year') q = q.where('published_on', '>=', `${f.year}-01-01`).where('published_on', '<=', `${f.year}-12-31`);
  return q;
}

async function facet(db: Db, f: PortalFilter, dim: Dimension, expr: RawBuilder<unknown>, limit = 100): Promise<Facet[]> {
  const rows = await published(db, f, dim)
    .select([expr.as('k'), sql<number>`count(*)`.as('n')])
    .where(expr, 'is not', null)
    .groupBy(expr)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(expr)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ key: String(r.k), count: Number(r.n) }));
}

/** Counts for the catalog's side navigation under filter `f` (the 40 commonest topics). */
export async function publishedFacets(db: Db, f: PortalFilter): Promise<Facets> {
  const [agencies, classes, topics, years] = await Promise.all([
    facet(db, f, 'agencyId', sql`agency_id`),
    facet(db, f, 'article20', sql`article20`),
    facet(db, f, 'topic', sql`topic`, 40),
    facet(db, f, 'year', YEAR),
  ]);
  return { agencies, classes, topics, years };
}

/** The name of a catalog column (组配分类), if it exists. */
export async function columnName(db: Db, id: number): Promise<string | undefined> {
  const r = await db.selectFrom('catalog_columns').select('name').where('id', '=', id).executeTakeFirst();
  return r?.name;
}

/** The number of published items of all agencies. */
export async function countPublishedItems(db: Db): Promise<number> {
  const r = await db.selectFrom('items').select(sql<number>`count(*)`.as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
  return Number(r.n);
}

/** What a sitemap needs of a published item: its id and the last day it changed. */
export interface ItemRef {
  id: number;
  lastModified: string | null;
}

/** Published items in id order, `limit` of them after skipping `offset`, without their bodies. */
export async function publishedItemRefs(db: Db, offset: number, limit: number): Promise<ItemRef[]> {
  const rows = await db
    .selectFrom('items')
    .select(['id', 'published_on', 'validity_changed_on'])
    .where('status', '=', 'published')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => {
    const dates = [r.published_on, r.validity_changed_on].filter((d): d is string => !!d).sort();
    return { id: r.id, lastModified: dates.at(-1) ?? null };
  });
}
