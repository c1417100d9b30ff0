/**
 * Full-text search over published items (主动公开): 名称, 内容概述, body, 文号 and 索引号, by the
 * indexes of migration 0004. Terms are Chinese (or any) substrings of two characters or more; a
 * hit contains every term. Hits come newest first (published_on, then id), each with a snippet
 * where the terms are marked.
 *
 * A Traditional-script query must be converted to Simplified by the caller first (the portal's
 * `toSimplified`); this module compares characters as they are.
 *
 * Cost stays bounded at a million items: matches are counted up to SEARCH_COUNT_LIMIT only, and a
 * frequent term's page is read newest first without collecting every match (item-search-sql.ts).
 */
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { DomainError } from '../../domain/errors.ts';
import type { Db } from '../database.ts';
import { isPostgres } from '../dialect.ts';
import { findPostgres, findSqlite, refreshGrams } from './item-search-sql.ts';
import type { SearchFilters, SearchPage } from './item-search-sql.ts';
import { parseSearchText, snippet } from './item-search-text.ts';

/** What the public asks for: the text and optional filters (class = 第二十条 item). */
export interface ItemSearchQuery {
  text: string;
  agencyId?: number;
  /** 第二十条第（N）项, 1–15. */
  article20?: number;
  /** Year of published_on. */
  year?: number;
  departmentId?: number;
  /** 有效性: 有效 / 失效 / 废止. */
  validity?: string;
  /** Hits per page, 1–100 (default 20). */
  limit?: number;
  offset?: number;
}

/** One published item found. `snippet` is HTML: escaped text with <mark>…</mark> around terms. */
export interface ItemSearchHit {
  id: number;
  title: string;
  summary: string | null;
  indexNumber: string | null;
  docNumber: string | null;
  publishedOn: string | null;
  agencyId: number;
  snippet: string;
}

/**
 * A page of hits. `total` counts every match up to SEARCH_COUNT_LIMIT; when there are more,
 * `total` is that limit and `totalCapped` is true (show it as “10000+”).
 */
export interface ItemSearchResult {
  total: number;
  totalCapped: boolean;
  hits: ItemSearchHit[];
}

/** Matches are counted up to this many; a page may not start beyond it. */
export const SEARCH_COUNT_LIMIT = 10_000;

/** Knobs for tests and the benchmark. */
export interface ItemSearchTuning {
  countLimit?: number;
}

/**
 * Searches published items. Throws DomainError VALIDATION for an empty query, one over 100
 * characters, a one-character term, or a malformed filter or page.
 */
export async function searchItems(db: Db, q: ItemSearchQuery, tuning: ItemSearchTuning = {}): Promise<ItemSearchResult> {
  const terms = parseSearchText(q.text);
  const countLimit = tuning.countLimit ?? SEARCH_COUNT_LIMIT;
  const page = checkPage(q, countLimit);
  const find = onPostgres(db) ? findPostgres : findSqlite;
  const found = await find(db, terms, filters(q), page, countLimit);
  const hits = found.ids.length ? await loadHits(db, found.ids, terms) : [];
  return { total: Math.min(found.n, countLimit), totalCapped: found.n > countLimit, hits };
}

function onPostgres(db: Db): boolean {
  return isPostgres(db as never); // Kysely<Database> is not assignable to Kysely<unknown>
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION', message, [{ field, message }]);
}

function intIn(v: number | undefined, lo: number, hi: number): boolean {
  return v === undefined || (Number.isInteger(v) && v >= lo && v <= hi);
}

function checkPage(q: ItemSearchQuery, countLimit: number): SearchPage {
  const limit = q.limit ?? 20;
  const offset = q.offset ?? 0;
  if (!intIn(limit, 1, 100)) throw invalid('limit', '每页条数应为1至100');
  if (!intIn(offset, 0, Number.MAX_SAFE_INTEGER)) throw invalid('offset', '页码有误');
  if (offset >= countLimit) throw invalid('offset', `最多显示前${countLimit}条结果，请增加搜索词或筛选条件`);
  if (!intIn(q.article20, 1, 15)) throw invalid('article20', '分类应为第二十条第（一）至（十五）项');
  if (!intIn(q.year, 1900, 2999)) throw invalid('year', '年份有误');
  if (!intIn(q.agencyId, 1, Number.MAX_SAFE_INTEGER)) throw invalid('agencyId', '机关有误');
  if (!intIn(q.departmentId, 1, Number.MAX_SAFE_INTEGER)) throw invalid('departmentId', '部门有误');
  return { limit, offset };
}

function filters(q: ItemSearchQuery): SearchFilters {
  const c: RawBuilder<unknown>[] = [];
  if (q.agencyId !== undefined) c.push(sql`i.agency_id = ${q.agencyId}`);
  if (q.article20 !== undefined) c.push(sql`i.article20 = ${q.article20}`);
  if (q.departmentId !== undefined) c.push(sql`i.department_id = ${q.departmentId}`);
  if (q.validity !== undefined) c.push(sql`i.validity = ${q.validity}`);
  return { year: q.year, others: c };
}

// ── Hits ──

async function loadHits(db: Db, ids: number[], terms: string[]): Promise<ItemSearchHit[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('items')
    .select(['id', 'title', 'summary', 'body_text', 'doc_number', 'index_number', 'published_on', 'agency_id', 'status'])
    .where('id', 'in', ids).execute(); // status tested below: in SQL it would tempt SQLite to scan items_published
  const byId = new Map(rows.filter((r) => r.status === 'published').map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      id: r.id, title: r.title, summary: r.summary, indexNumber: r.index_number, docNumber: r.doc_number,
      publishedOn: r.published_on, agencyId: r.agency_id,
      snippet: snippet([r.summary, r.body_text, r.title, r.doc_number, r.index_number], terms),
    }];
  });
}

// ── Keeping the SQLite bigram index (PostgreSQL keeps its indexes itself) ──

/**
 * Brings the SQLite bigram index of one item up to date. The item repository should call it in
 * the same transaction after any write to an item's title, summary, body_text, doc_number,
 * index_number, published_on or status. Triggers keep the trigram index and queue the item; until
 * this runs, two-character terms still find it by a slower direct scan. Nothing to do on PostgreSQL.
 */
export async function reindexItem(db: Db, itemId: number): Promise<void> {
  if (!onPostgres(db)) await refreshGrams(db, [itemId]);
}

/**
 * Indexes every queued item (after an import, or when a writer forgot `reindexItem`), `batch`
 * items per transaction. Returns how many were indexed; 0 on PostgreSQL.
 */
export async function reindexStaleItems(db: Db, batch = 500): Promise<number> {
  if (onPostgres(db)) return 0;
  let done = 0;
  for (;;) {
    const ids = await inTransaction(db, async (trx) => {
      const r = await sql<{ item_id: number }>`select item_id from item_grams_stale order by item_id limit ${batch}`.execute(trx);
      const found = r.rows.map((x) => x.item_id);
      await refreshGrams(trx, found);
      return found;
    });
    if (!ids.length) return done;
    done += ids.length;
  }
}

function inTransaction<T>(db: Db, f: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? f(db) : db.transaction().execute(f);
}
