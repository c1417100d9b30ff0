/**
 * Full-text search over published items (主动公开): 名称, 内容概述, body, 文号 and 索引号, by the
 * indexes of migration 0004. Terms are Chinese (or any) substrings of two characters or more; a
 * hit contains every term. Hits come newest first (published_on, then id), each with a snippet
 * where the terms are marked.
 *
 * A Traditional-script query must be converted to Simplified by the caller first (the portal's
 * `toSimplified`); this module compares characters as they are.
 *
 * Cost stays bounded at a million items: matches are counted up to `SEARCH_COUNT_LIMIT` only.
 * Below it, every match is collected and sorted; above it the term is frequent, and the page is
 * read by walking published items newest first, keeping those that match, which stops after a
 * few rows per hit.
 */
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { DomainError } from '../../domain/errors.ts';
import type { Db } from '../database.ts';
import { isPostgres } from '../dialect.ts';
import { asciiLower, gramToken, gramTokens, parseSearchText, snippet } from './item-search-text.ts';

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

interface Page {
  limit: number;
  offset: number;
}

/** The filters, as one condition on `items i`. */
interface Where {
  sql: RawBuilder<unknown>;
  none: boolean;
}

/** How one dialect finds the ids of matching published items. */
interface Plan {
  count(db: Db, where: Where, upTo: number): Promise<number>;
  /** Few matches: collect them all, sort, cut the page. */
  sortedMatches(db: Db, where: Where, page: Page): Promise<number[]>;
  /** Many matches: walk published items newest first, keep those that match. */
  newestFirst(db: Db, where: Where, page: Page): Promise<number[]>;
}

/**
 * Searches published items. Throws DomainError VALIDATION for an empty query, one over 100
 * characters, a one-character term, or a malformed filter or page.
 */
export async function searchItems(db: Db, q: ItemSearchQuery, tuning: ItemSearchTuning = {}): Promise<ItemSearchResult> {
  const terms = parseSearchText(q.text);
  const countLimit = tuning.countLimit ?? SEARCH_COUNT_LIMIT;
  const page = checkPage(q, countLimit);
  const where = filters(q);
  const plan = onPostgres(db) ? postgresPlan(terms) : sqlitePlan(terms);
  const counted = await plan.count(db, where, countLimit + 1);
  const total = Math.min(counted, countLimit);
  const totalCapped = counted > countLimit;
  if (page.offset >= total) return { total, totalCapped, hits: [] };
  const ids = totalCapped ? await plan.newestFirst(db, where, page) : await plan.sortedMatches(db, where, page);
  return { total, totalCapped, hits: await loadHits(db, ids, terms) };
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

function checkPage(q: ItemSearchQuery, countLimit: number): Page {
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

function filters(q: ItemSearchQuery): Where {
  const c: RawBuilder<unknown>[] = [];
  if (q.agencyId !== undefined) c.push(sql`i.agency_id = ${q.agencyId}`);
  if (q.article20 !== undefined) c.push(sql`i.article20 = ${q.article20}`);
  if (q.departmentId !== undefined) c.push(sql`i.department_id = ${q.departmentId}`);
  if (q.validity !== undefined) c.push(sql`i.validity = ${q.validity}`);
  if (q.year !== undefined) c.push(sql`i.published_on >= ${`${q.year}-01-01`} and i.published_on < ${`${q.year + 1}-01-01`}`);
  return { sql: c.length ? sql.join(c, sql` and `) : sql`1 = 1`, none: !c.length };
}

// ── SQLite: FTS5 trigram for terms of three characters or more, bigram tokens for two ──

const SQLITE_DOC = sql.raw(`coalesce(i.title, '') || char(10) || coalesce(i.summary, '') || char(10) || coalesce(i.body_text, '')
  || char(10) || coalesce(i.doc_number, '') || char(10) || coalesce(i.index_number, '')`);

const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `select … as id` of the published items containing every term. */
function sqliteMatches(terms: string[]): RawBuilder<unknown> {
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const longMatch = long.map(phrase).join(' AND ');
  if (!short.length) return sql`select rowid as id from item_fts where item_fts match ${longMatch}`;
  // Queued items (item_grams_stale) have no bigram tokens yet: tested directly.
  const shortSet = sql`select rowid as id from item_grams where item_grams match ${short.map((t) => phrase(gramToken(t))).join(' AND ')}
    union all select i.id from item_grams_stale s join items i on i.id = s.item_id
    where i.status = 'published' and ${sql.join(short.map((t) => sql`instr(lower(${SQLITE_DOC}), ${asciiLower(t)}) > 0`), sql` and `)}`;
  return long.length ? sql`select rowid as id from item_fts where item_fts match ${longMatch} and rowid in (${shortSet})` : shortSet;
}

function sqlitePlan(terms: string[]): Plan {
  const matches = sqliteMatches(terms);
  return {
    async count(db, where, upTo) {
      // The indexes hold published items only: without filters the count needs no item row.
      const q = where.none
        ? sql<{ n: number }>`select count(*) as n from (select id from (${matches}) limit ${upTo})`
        : sql<{ n: number }>`select count(*) as n from (select i.id from (${matches}) m cross join items i on i.id = m.id where ${where.sql} limit ${upTo})`;
      return Number((await q.execute(db)).rows[0]?.n ?? 0);
    },
    async sortedMatches(db, where, page) {
      const r = await sql<{ id: number }>`select i.id from (${matches}) m cross join items i on i.id = m.id
        where i.status = 'published' and ${where.sql} order by i.published_on desc, i.id desc limit ${page.limit} offset ${page.offset}`.execute(db);
      return r.rows.map((x) => x.id);
    },
    async newestFirst(db, where, page) {
      const r = await sql<{ id: number }>`select i.id from items i indexed by items_published
        where i.status = 'published' and i.id in (${matches}) and ${where.sql}
        order by i.published_on desc, i.id desc limit ${page.limit} offset ${page.offset}`.execute(db);
      return r.rows.map((x) => x.id);
    },
  };
}

// ── PostgreSQL: pg_trgm for terms of three characters or more, a bigram array for two ──

const PG_DOC = sql.raw('item_search_text(i.title, i.summary, i.body_text, i.doc_number, i.index_number)');

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function postgresPlan(terms: string[]): Plan {
  // Written exactly as the index expressions of migration 0004, so that the GIN indexes serve them.
  const indexed = sql.join(terms.map((t) => ([...t].length >= 3
    ? sql`${PG_DOC} ilike ${`%${likeEscape(t)}%`}`
    : sql`item_bigrams(${PG_DOC}) @> array[lower(${t})]`)), sql` and `);
  // Row by row (newest first), a plain substring test: no index, no bigram array to build.
  const rowwise = sql.join(terms.map((t) => sql`strpos(lower(${PG_DOC}), lower(${t})) > 0`), sql` and `);
  return {
    async count(db, where, upTo) {
      const r = await sql<{ n: string }>`select count(*) as n from (select 1 from items i
        where i.status = 'published' and ${indexed} and ${where.sql} limit ${upTo}) s`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
    async sortedMatches(db, where, page) {
      const r = await sql<{ id: number }>`select i.id from items i where i.status = 'published' and ${indexed} and ${where.sql}
        order by i.published_on desc nulls last, i.id desc limit ${page.limit} offset ${page.offset}`.execute(db);
      return r.rows.map((x) => x.id);
    },
    async newestFirst(db, where, page) {
      const r = await sql<{ id: number }>`select i.id from items i where i.status = 'published' and ${rowwise} and ${where.sql}
        order by i.published_on desc nulls last, i.id desc limit ${page.limit} offset ${page.offset}`.execute(db);
      return r.rows.map((x) => x.id);
    },
  };
}

// ── Hits ──

async function loadHits(db: Db, ids: number[], terms: string[]): Promise<ItemSearchHit[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('items')
    .select(['id', 'title', 'summary', 'body_text', 'doc_number', 'index_number', 'published_on', 'agency_id'])
    .where('id', 'in', ids).where('status', '=', 'published').execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
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
 * index_number or status. Triggers keep the trigram index and queue the item; until this runs,
 * two-character terms still find it by a slower direct scan. Nothing to do on PostgreSQL.
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
      if (found.length) await refreshGrams(trx, found);
      return found;
    });
    if (!ids.length) return done;
    done += ids.length;
  }
}

function inTransaction<T>(db: Db, f: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? f(db) : db.transaction().execute(f);
}

async function refreshGrams(db: Db, ids: number[]): Promise<void> {
  const rows = await db.selectFrom('items').select(['id', 'title', 'summary', 'body_text', 'doc_number', 'index_number'])
    .where('id', 'in', ids).where('status', '=', 'published').execute();
  for (const id of ids) await sql`delete from item_grams where rowid = ${id}`.execute(db);
  for (const r of rows) {
    const text = [r.title, r.summary, r.body_text, r.doc_number, r.index_number].map((f) => f ?? '').join('\n');
    await sql`insert into item_grams (rowid, grams) values (${r.id}, ${gramTokens(text)})`.execute(db);
  }
  await sql`delete from item_grams_stale where item_id in (${sql.join(ids)})`.execute(db);
}
