/**
 * Full-text search over published items (主动公开 catalog): 名称, 内容概述, body, 文号 and 索引号,
 * Chinese substrings of two characters or more, by index in both dialects.
 *
 * SQLite
 * - `item_fts`: FTS5, `tokenize='trigram'`, contentless (the text stays in `items`), one row per
 *   published item (rowid = items.id). A phrase query of n ≥ 3 characters is an exact substring
 *   match. Kept by the triggers below, whatever code writes `items`.
 * - `item_grams`: FTS5 over bigram tokens, for two-character terms (trigram finds nothing for them,
 *   unicode61 nothing for Chinese at all). Each distinct pair of adjacent characters becomes one
 *   ASCII token (hex of its UTF-8 bytes, ASCII letters folded to lower case), `detail=none`: a
 *   two-character query reads one compressed posting list. Chosen over a side table
 *   `(gram, item_id)`: at 1 M items that would be ~300 M B-tree rows; the FTS5 posting lists are a
 *   few bytes per item and gram. The tokens are computed in JavaScript (a per-byte walk in SQL
 *   triggers measured ~3 ms per item), so triggers only queue the item in `item_grams_stale`, and
 *   `reindexItem` / `reindexStaleItems` (repositories/item-search.ts) fill `item_grams`. Until
 *   then search still finds a queued item, by a direct scan of the (few) queued rows.
 *
 * PostgreSQL
 * - No side tables and no triggers: partial GIN expression indexes over published items, kept by
 *   PostgreSQL itself. `item_search_text(…)` joins the five fields; a pg_trgm index on it serves
 *   `ilike '%term%'` for terms of three characters or more (pg_trgm sees Chinese only under a
 *   UTF-8 lc_ctype such as C.UTF-8), and a plain GIN index on `item_bigrams(item_search_text(…))`
 *   serves two-character terms (`@> array[term]`), which pg_trgm cannot.
 * - A partial index on (published_on desc nulls last, id desc) lets a frequent term's first page
 *   be read newest-first without collecting every match.
 *
 * The item repository needs no extra call on PostgreSQL; on SQLite it should call `reindexItem`
 * in the same transaction after writing an item's searchable fields or status (see there).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/** The searchable text of an item row `r`: the five fields, one per line, ending with a newline. */
function sqliteDoc(r: 'new'): string {
  const f = (c: string) => `coalesce(${r}.${c}, '')`;
  return `${f('title')} || char(10) || ${f('summary')} || char(10) || ${f('body_text')} || char(10) || ${f('doc_number')} || char(10) || ${f('index_number')} || char(10)`;
}

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table item_fts using fts5(doc, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(db);
  await sql`create virtual table item_grams using fts5(grams, tokenize = 'ascii', content = '', contentless_delete = 1, detail = none)`.execute(db);
  await sql`create table item_grams_stale (item_id integer primary key)`.execute(db);
  await sql.raw(`create trigger item_search_insert after insert on items when new.status = 'published' begin
    insert into item_fts (rowid, doc) values (new.id, ${sqliteDoc('new')});
    insert or ignore into item_grams_stale (item_id) values (new.id);
  end`).execute(db);
  await sql.raw(`create trigger item_search_update after update of title, summary, body_text, doc_number, index_number, status on items
    when old.status = 'published' or new.status = 'published' begin
    delete from item_fts where rowid = old.id;
    delete from item_grams where rowid = old.id;
    delete from item_grams_stale where item_id = old.id;
    insert into item_fts (rowid, doc) select new.id, ${sqliteDoc('new')} where new.status = 'published';
    insert into item_grams_stale (item_id) select new.id where new.status = 'published';
  end`).execute(db);
  await sql`create trigger item_search_delete after delete on items when old.status = 'published' begin
    delete from item_fts where rowid = old.id;
    delete from item_grams where rowid = old.id;
    delete from item_grams_stale where item_id = old.id;
  end`.execute(db);
}

/** The schema holding pg_trgm, installing it (in `public` when there is one) if absent. */
async function trgmSchema(db: Kysely<unknown>): Promise<string> {
  const lookup = () => sql<{ schema: string }>`select n.nspname as schema from pg_extension e
    join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const found = (await lookup()).rows[0];
  if (found) return found.schema;
  // Not in the caller's first schema: dropping that schema (a test schema) would drop it for all.
  const pub = await sql`select 1 from pg_namespace where nspname = 'public'`.execute(db);
  await (pub.rows.length ? sql`create extension if not exists pg_trgm with schema public` : sql`create extension if not exists pg_trgm`).execute(db);
  const installed = (await lookup()).rows[0];
  if (!installed) throw new Error('pg_trgm could not be installed');
  return installed.schema;
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  const trgm = await trgmSchema(db);
  await sql`create function item_search_text(title text, summary text, body text, doc_number text, index_number text)
    returns text language sql immutable parallel safe as $$
    select coalesce(title, '') || E'\n' || coalesce(summary, '') || E'\n' || coalesce(body, '') || E'\n'
      || coalesce(doc_number, '') || E'\n' || coalesce(index_number, '') $$`.execute(db);
  // Adjacent character pairs, lower-cased; zipping two slices of the character array is linear
  // (a substr() per position would be quadratic in UTF-8). GIN removes duplicate keys itself.
  await sql`create function item_bigrams(t text) returns text[] language sql immutable strict parallel safe cost 1000 as $$
    select coalesce(array_agg(x || y), '{}') from (select string_to_array(lower(t), null) as a) s,
      unnest(a[1:cardinality(a) - 1], a[2:cardinality(a)]) as u(x, y) $$`.execute(db);
  const text = sql.raw('item_search_text(title, summary, body_text, doc_number, index_number)');
  await sql`create index items_search_trgm on items using gin (${text} ${sql.id(trgm, 'gin_trgm_ops')}) where status = 'published'`.execute(db);
  await sql`create index items_search_bigrams on items using gin (item_bigrams(${text})) where status = 'published'`.execute(db);
  await sql`create index items_search_recent on items (published_on desc nulls last, id desc) where status = 'published'`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await (isPostgres(db) ? upPostgres(db) : upSqlite(db));
}

export async function down(): Promise<void> {
  throw new Error('gongkai migrations are forward-only');
}
