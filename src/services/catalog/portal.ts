/**
 * The public portal's reading of the 政府信息公开目录 (条例 第十二条): published items only, of any
 * agency. Drafts, items under review, rejected and withdrawn items are never returned.
 */
import { article20Label } from '../../domain/catalog/article20.ts';
import { listAgencies } from '../../db/repositories/agencies.ts';
import type { Agency } from '../../db/repositories/agencies.ts';
import { columnName, countPublishedItems, publishedFacets, publishedItemRefs } from '../../db/repositories/item-portal.ts';
import type { ItemRef, PortalFilter } from '../../db/repositories/item-portal.ts';
import { getPublishedItem, listItems } from '../../db/repositories/items.ts';
import type { Item } from '../../db/repositories/items.ts';
import type { Deps } from '../deps.ts';

/** Items per catalog page. */
export const PAGE_SIZE = 20;
/** Items in the Atom feed. */
export const FEED_SIZE = 50;
/** Items per sitemap file: each has two URLs (Simplified and /hant/), so 10,000 URLs a file. */
export const SITEMAP_ITEMS_PER_FILE = 5_000;

/** The catalog's filters as the reader chose them; absent means all. */
export interface CatalogQuery {
  agency?: string;
  article20?: number;
  topic?: string;
  year?: number;
  page: number;
}

/** One line of the catalog list. */
export interface CatalogEntry {
  id: number;
  indexNumber: string | null;
  title: string;
  publishedOn: string | null;
  docNumber: string | null;
  agencyName: string;
}

/** A filter choice with the number of items it leads to. */
export interface Choice<K> {
  key: K;
  label: string;
  count: number;
}

/** What the catalog page shows. */
export interface CatalogResult {
  query: CatalogQuery;
  agency: Agency | undefined;
  entries: CatalogEntry[];
  total: number;
  pages: number;
  agencies: Choice<string>[];
  classes: Choice<number>[];
  topics: Choice<string>[];
  years: Choice<number>[];
}

function int(s: string | undefined, min: number, max: number): number | undefined {
  if (!s || !/^\d{1,6}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}

/** Reads the catalog's query parameters (agency, class, topic, year, page); values out of range are dropped. */
export function parseCatalogQuery(q: Record<string, string | undefined>): CatalogQuery {
  const topic = q.topic?.trim().slice(0, 100);
  const agency = q.agency?.trim().slice(0, 50);
  const article20 = int(q.class, 1, 15);
  const year = int(q.year, 1949, 2200);
  return {
    ...(agency ? { agency } : {}),
    ...(article20 ? { article20 } : {}),
    ...(topic ? { topic } : {}),
    ...(year ? { year } : {}),
    page: int(q.page, 1, 100_000) ?? 1,
  };
}

function toEntry(item: Item, names: Map<number, string>): CatalogEntry {
  return { id: item.id, indexNumber: item.indexNumber, title: item.title, publishedOn: item.publishedOn, docNumber: item.docNumber, agencyName: names.get(item.agencyId) ?? '' };
}

/** A page of the catalog with its filter choices; undefined when the agency code is unknown. */
export async function catalogPage(deps: Deps, query: CatalogQuery): Promise<CatalogResult | undefined> {
  const agencies = await listAgencies(deps.db);
  const agency = query.agency ? agencies.find((a) => a.code === query.agency) : undefined;
  if (query.agency && !agency) return undefined;
  const filter: PortalFilter = {
    ...(agency ? { agencyId: agency.id } : {}),
    ...(query.article20 ? { article20: query.article20 } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.year ? { year: query.year } : {}),
  };
  const [list, facets] = await Promise.all([
    listItems(deps.db, { ...filter, statuses: ['published'], limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE }),
    publishedFacets(deps.db, filter),
  ]);
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const byId = new Map(agencies.map((a) => [String(a.id), a]));
  return {
    query, agency, total: list.total, pages: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
    entries: list.items.map((i) => toEntry(i, names)),
    agencies: facets.agencies.flatMap((f) => {
      const a = byId.get(f.key);
      return a ? [{ key: a.code, label: a.name, count: f.count }] : [];
    }),
    classes: facets.classes.map((f) => ({ key: Number(f.key), label: article20Label(Number(f.key)), count: f.count })).sort((a, b) => a.key - b.key),
    topics: facets.topics.map((f) => ({ key: f.key, label: f.key, count: f.count })),
    years: facets.years.map((f) => ({ key: Number(f.key), label: `${f.key}年`, count: f.count })).sort((a, b) => b.key - a.key),
  };
}

/** A published item with what its page shows beside it; undefined when not published (or unknown). */
export async function publishedItemView(deps: Deps, id: number): Promise<{ item: Item; agency: Agency | undefined; columnName: string | undefined } | undefined> {
  const item = await getPublishedItem(deps.db, id);
  if (!item) return undefined;
  const agencies = await listAgencies(deps.db);
  return {
    item,
    agency: agencies.find((a) => a.id === item.agencyId),
    columnName: item.columnId ? await columnName(deps.db, item.columnId) : undefined,
  };
}

/** The `n` latest published items of all agencies, newest first. */
export async function latestItems(deps: Deps, n: number): Promise<Item[]> {
  return (await listItems(deps.db, { statuses: ['published'], limit: n })).items;
}

/** The `n` latest published items as catalog lines (home page). */
export async function latestEntries(deps: Deps, n: number): Promise<CatalogEntry[]> {
  const [items, agencies] = await Promise.all([latestItems(deps, n), listAgencies(deps.db)]);
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  return items.map((i) => toEntry(i, names));
}

/** The number of sitemap files of items (at least one). */
export async function sitemapItemFiles(deps: Deps): Promise<number> {
  return Math.max(1, Math.ceil((await countPublishedItems(deps.db)) / SITEMAP_ITEMS_PER_FILE));
}

/** The items of sitemap file `n` (1-based). */
export async function sitemapItems(deps: Deps, n: number): Promise<ItemRef[]> {
  return publishedItemRefs(deps.db, (n - 1) * SITEMAP_ITEMS_PER_FILE, SITEMAP_ITEMS_PER_FILE);
}

/** Agencies whose pages (guide, application form) the portal shows. */
export async function portalAgencies(deps: Deps): Promise<Agency[]> {
  return (await listAgencies(deps.db)).filter((a) => a.kind === 'agency');
}
