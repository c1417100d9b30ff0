/**
 * Item search in date order at catalog scale (SQLite only; nothing to do on PostgreSQL).
 *
 * 0004 keyed both FTS5 tables by item id, so the newest hits of a frequent term meant collecting
 * every match and sorting. Here the rowid of `item_fts` and `item_grams` becomes a sort key:
 * published_on as YYYYMMDD × 10^8 + id (ids stay below 10^8). FTS5 returns rowids in descending
 * order without sorting, so a page costs its own rows however frequent the term, and a year is a
 * rowid range (repositories/item-search-sql.ts computes the same key).
 *
 * The tables and triggers of 0004 are rebuilt with the key; published_on joins the columns whose
 * change reindexes an item. The bigram tokens of items already published are computed here, in
 * JavaScript (a per-byte walk in SQL measured ~2.5 ms per item against ~0.05 ms), so the queue
 * `item_grams_stale` starts empty.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';
import { gramTokens } from '../repositories/item-search-text.ts';

/** The sort key of an item row `r`. */
function key(r: 'new' | 'old' | 'items'): string {
  return `(cast(replace(coalesce(${r}.published_on, ''), '-', '') as integer) * 100000000 + ${r}.id)`;
}

/** The searchable text of an item row `r`: the five fields, one per line, ending with a newline. */
function doc(r: 'new' | 'items'): string {
  const f = (c: string) => `coalesce(${r}.${c}, '')`;
  return `${f('title')} || char(10) || ${f('summary')} || char(10) || ${f('body_text')} || char(10) || ${f('doc_number')} || char(10) || ${f('index_number')} || char(10)`;
}

async function rebuildTables(db: Kysely<unknown>): Promise<void> {
  for (const t of ['item_search_insert', 'item_search_update', 'item_search_delete']) await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
  for (const t of ['item_fts', 'item_grams']) await sql`drop table if exists ${sql.id(t)}`.execute(db);
  await sql`delete from item_grams_stale`.execute(db);
  await sql`create virtual table item_fts using fts5(doc, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(db);
  await sql`create virtual table item_grams using fts5(grams, tokenize = 'ascii', content = '', contentless_delete = 1, detail = none)`.execute(db);
}

async function createTriggers(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create trigger item_search_insert after insert on items when new.status = 'published' begin
    insert into item_fts (rowid, doc) values (${key('new')}, ${doc('new')});
    insert or ignore into item_grams_stale (item_id) values (new.id);
  end`).execute(db);
  await sql.raw(`create trigger item_search_update after update of title, summary, body_text, doc_number, index_number, published_on, status
    on items when old.status = 'published' or new.status = 'published' begin
    delete from item_fts where rowid = ${key('old')};
    delete from item_grams where rowid = ${key('old')};
    delete from item_grams_stale where item_id = old.id;
    insert into item_fts (rowid, doc) select ${key('new')}, ${doc('new')} where new.status = 'published';
    insert into item_grams_stale (item_id) select new.id where new.status = 'published';
  end`).execute(db);
  await sql.raw(`create trigger item_search_delete after delete on items when old.status = 'published' begin
    delete from item_fts where rowid = ${key('old')};
    delete from item_grams where rowid = ${key('old')};
    delete from item_grams_stale where item_id = old.id;
  end`).execute(db);
}

/** Indexes the items already published, a thousand at a time. */
async function fill(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`insert into item_fts (rowid, doc) select ${key('items')}, ${doc('items')} from items where status = 'published'`).execute(db);
  let after = 0;
  for (;;) {
    const rows = (await sql.raw<{ id: number; k: number; doc: string }>(`select id, ${key('items')} as k, ${doc('items')} as doc
      from items where status = 'published' and id > ${after} order by id limit 1000`).execute(db)).rows;
    if (!rows.length) return;
    for (const r of rows) await sql`insert into item_grams (rowid, grams) values (${r.k}, ${gramTokens(r.doc)})`.execute(db);
    after = rows[rows.length - 1]?.id ?? after;
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return;
  await rebuildTables(db);
  await createTriggers(db);
  await fill(db);
}

export async function down(): Promise<void> {
  throw new Error('gongkai migrations are forward-only');
}
