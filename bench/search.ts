/**
 * Search latency at catalog scale: N synthetic published items (bench/search-corpus.ts) are
 * inserted in batches of multi-row inserts, one transaction each, the way the item repository
 * would (on SQLite the bigram tokens are filled in the same transaction); then `searchItems` — the
 * capped count, the page of 20 and the snippets — runs for 2-, 3- and 4-character real terms,
 * one query at a time, on a SQLite file in a temporary directory and, when BENCH_DATABASE_URL is
 * a postgres URL, in a temporary PostgreSQL schema (dropped afterwards; `vacuum analyze` after
 * the load, as autovacuum would do).
 *
 * Run: `npm run bench:search -- [--items N] [--queries Q] [--count-limits 10000,2000]`
 * (or BENCH_SEARCH_ITEMS=N). `--postgres-schema NAME` measures a corpus already in that schema of
 * BENCH_DATABASE_URL (kept, not regenerated): after a change to the search code, without the
 * half-hour load of a million items.
 * The default is 100,000 items: 1,000,000 takes tens of minutes to generate on a small machine
 * (figures in the report of the change that added this file).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { migrate, openDatabase } from '../src/db/database.ts';
import type { Db, OpenDatabase } from '../src/db/database.ts';
import { reindexStaleItems, SEARCH_COUNT_LIMIT, searchItems } from '../src/db/repositories/item-search.ts';
import type { BenchRow } from './intake.ts';
import { corpus } from './search-corpus.ts';

/** Sizes of the run. */
export interface SearchBenchOptions {
  /** Published items generated (default BENCH_SEARCH_ITEMS, else 100,000). */
  items?: number;
  /** Queries per term length (default 200). */
  queries?: number;
  /** Count limits to measure with (default [SEARCH_COUNT_LIMIT]). */
  countLimits?: number[];
  /** A postgres:// URL for the PostgreSQL run (default BENCH_DATABASE_URL; none: skipped). */
  postgresUrl?: string | undefined;
  log?: (line: string) => void;
}

const NOW = '2026-03-02T02:00:00Z';
const BATCH = 500;
const WARM_UP = 10;

function seconds(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** One agency with five departments; returns their ids. */
async function seedAgency(db: Db): Promise<{ agencyId: number; departments: number[] }> {
  const a = await db.insertInto('agencies').values({ code: 'BENCH', name: '基准测试市公安局', org_code: '11350100MB0000000X', kind: 'agency', supervisor_id: null, address: null, phone: null, postal_code: null, created_at: NOW })
    .returning('id').executeTakeFirstOrThrow();
  const departments: number[] = [];
  for (const name of ['办公室', '户政科', '出入境管理科', '交通警察支队', '法制科']) {
    departments.push((await db.insertInto('departments').values({ agency_id: a.id, name }).returning('id').executeTakeFirstOrThrow()).id);
  }
  return { agencyId: a.id, departments };
}

/** Inserts `n` published items, `parallel` batches at a time; returns the seconds taken. */
async function generate(opened: OpenDatabase, n: number, parallel: number, log: (l: string) => void): Promise<number> {
  const { db } = opened;
  const { agencyId, departments } = await seedAgency(db);
  const c = corpus();
  const perYear = new Map<string, number>();
  const row = (i: number) => {
    const it = c.item(i);
    const year = it.publishedOn.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    return {
      agency_id: agencyId, index_number: `11350100MB0000000X/${year}-${String(seq).padStart(5, '0')}`, title: it.title, summary: it.summary,
      topic: null, column_id: null, publisher: '基准测试市公安局', written_on: it.publishedOn, formed_on: it.publishedOn, published_on: it.publishedOn,
      doc_number: it.docNumber, validity: it.validity, validity_changed_on: null, disclosure_method: '主动公开', disclosure_scope: '面向社会',
      keywords: null, body_html: `<p>${it.body}</p>`, body_text: it.body, department_id: departments[i % departments.length] ?? null,
      article20: it.article20, regulation_kind: null, abolished_on: null, status: 'published', author_id: null, reviewer_id: null,
      review_note: null, version: 1, created_at: NOW, updated_at: NOW,
    };
  };
  let next = 0;
  let reported = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < n) {
      const from = next;
      next = Math.min(n, next + BATCH);
      const rows = Array.from({ length: next - from }, (_, k) => row(from + k));
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values(rows).execute();
        await reindexStaleItems(trx, BATCH);
      });
      if (next - reported >= n / 10) {
        reported = next;
        log(`  ${opened.dialect}: ${next.toLocaleString('en-US')} items, ${seconds(t0).toFixed(0)} s`);
      }
    }
  }));
  return seconds(t0);
}

interface Sizes {
  queries: number;
  countLimits: number[];
}

/** p50 / p95 of `searchItems` for terms of each length, and how many terms were over the count limit. */
async function measure(db: Db, label: string, sizes: Sizes): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const countLimit of sizes.countLimits) rows.push(...(await measureWith(db, `${label}, count limit ${countLimit.toLocaleString('en-US')}`, sizes.queries, countLimit)));
  return rows;
}

async function measureWith(db: Db, label: string, queries: number, countLimit: number): Promise<BenchRow[]> {
  const c = corpus();
  const rows: BenchRow[] = [];
  for (const length of [2, 3, 4]) {
    const terms = c.queryTerms(length, queries);
    for (const t of terms.slice(0, WARM_UP)) await searchItems(db, { text: t }, { countLimit });
    const ms: number[] = [];
    let capped = 0;
    let hits = 0;
    for (const t of terms) {
      const t0 = process.hrtime.bigint();
      const r = await searchItems(db, { text: t }, { countLimit });
      ms.push(seconds(t0) * 1000);
      if (r.totalCapped) capped++;
      if (r.total > 0) hits++;
    }
    ms.sort((a, b) => a - b);
    rows.push(
      { name: `${label}: ${length}-char terms p50`, value: Number(percentile(ms, 50).toFixed(1)), unit: 'ms' },
      { name: `${label}: ${length}-char terms p95`, value: Number(percentile(ms, 95).toFixed(1)), unit: 'ms' },
      { name: `${label}: ${length}-char terms with hits / over the count limit`, value: hits, unit: `/ ${capped} of ${queries}` },
    );
  }
  return rows;
}

async function onSqlite(n: number, sizes: Sizes, log: (l: string) => void): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-search-'));
  const file = join(dir, 'bench.db');
  try {
    const opened = openDatabase(`sqlite:${file}`);
    await migrate(opened.db);
    const s = await generate(opened, n, 1, log);
    await sql`pragma wal_checkpoint(truncate)`.execute(opened.db);
    const mb = statSync(file).size / 1e6;
    const label = `SQLite file, n=${n.toLocaleString('en-US')}`;
    const rows: BenchRow[] = [
      { name: `${label}: generate and index`, value: Math.round(s), unit: 's' },
      { name: `${label}: database size`, value: Math.round(mb), unit: 'MB' },
      ...(await measure(opened.db, label, sizes)),
    ];
    await opened.close();
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(url: string, n: number, sizes: Sizes, log: (l: string) => void): Promise<BenchRow[]> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try { return (await c.query<Record<string, string>>(q)).rows; } finally { await c.end(); }
  };
  await admin(`create schema ${schema}`);
  try {
    const opened = openDatabase(url, { schema, poolSize: 3 });
    await migrate(opened.db, { schema });
    log(`  PostgreSQL lc_ctype = ${(await admin('show lc_ctype'))[0]?.lc_ctype ?? '?'}`);
    const s = await generate(opened, n, 2, log);
    const t0 = process.hrtime.bigint();
    await sql`vacuum analyze items`.execute(opened.db);
    const size = (await sql<{ mb: string }>`select pg_total_relation_size('items') / 1000000 as mb`.execute(opened.db)).rows[0]?.mb;
    const label = `PostgreSQL, n=${n.toLocaleString('en-US')}`;
    const rows: BenchRow[] = [
      { name: `${label}: generate and index`, value: Math.round(s), unit: 's' },
      { name: `${label}: vacuum analyze`, value: Math.round(seconds(t0)), unit: 's' },
      { name: `${label}: items with indexes`, value: Number(size), unit: 'MB' },
      ...(await measure(opened.db, label, sizes)),
    ];
    await opened.close();
    return rows;
  } finally {
    await admin(`drop schema ${schema} cascade`);
  }
}

/** Measures `searchItems` over the items already in `schema` (left as it is). */
async function onExistingSchema(url: string, schema: string, sizes: Sizes): Promise<BenchRow[]> {
  const opened = openDatabase(url, { schema, poolSize: 3 });
  try {
    const n = Number((await sql<{ n: string }>`select count(*) as n from items where status = 'published'`.execute(opened.db)).rows[0]?.n ?? 0);
    return await measure(opened.db, `PostgreSQL, n=${n.toLocaleString('en-US')}`, sizes);
  } finally {
    await opened.close();
  }
}

/** Runs the search benchmark and returns its figures. */
export async function benchSearch(opts: SearchBenchOptions = {}): Promise<BenchRow[]> {
  const log = opts.log ?? (() => {});
  const n = opts.items ?? (Number(process.env.BENCH_SEARCH_ITEMS) || 100_000);
  const sizes = { queries: opts.queries ?? 200, countLimits: opts.countLimits ?? [SEARCH_COUNT_LIMIT] };
  const pgUrl = 'postgresUrl' in opts ? opts.postgresUrl : process.env.BENCH_DATABASE_URL;
  const rows = await onSqlite(n, sizes, log);
  if (pgUrl && /^postgres(ql)?:\/\//.test(pgUrl)) {
    try {
      rows.push(...(await onPostgres(pgUrl, n, sizes, log)));
    } catch (err) {
      console.error(`✗ PostgreSQL run failed: ${(err as Error).message}`);
      process.exitCode = 1;
    }
  } else log('  PostgreSQL: skipped (set BENCH_DATABASE_URL=postgres://… to include it)');
  return rows;
}

function argValue(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

/** True when this file is the program (not imported by bench/run.ts). */
function runDirectly(): boolean {
  if (process.env.npm_lifecycle_event === 'bench' || process.env.GONGKAI_BENCH_ALL) return false;
  const entry = process.argv[1] ?? '';
  return entry.endsWith('run-ts.js') || import.meta.url === pathToFileURL(entry).href;
}

if (runDirectly()) {
  const i = process.argv.indexOf('--count-limits');
  const countLimits = i >= 0 ? (process.argv[i + 1] ?? '').split(',').map(Number).filter((x) => x > 0) : undefined;
  const s = process.argv.indexOf('--postgres-schema');
  const schema = s >= 0 ? process.argv[s + 1] : undefined;
  const url = process.env.BENCH_DATABASE_URL;
  if (schema !== undefined && (!url || !/^[a-z_][a-z0-9_]*$/.test(schema))) throw new Error('--postgres-schema needs BENCH_DATABASE_URL and a schema name');
  const sizes = { queries: argValue('--queries') ?? 200, countLimits: countLimits ?? [SEARCH_COUNT_LIMIT] };
  const rows = schema !== undefined && url ? await onExistingSchema(url, schema, sizes)
    : await benchSearch({ items: argValue('--items'), queries: argValue('--queries'), countLimits, log: (l) => console.log(l) });
  for (const r of rows) console.log(`${r.name}: ${r.value.toLocaleString('en-US')} ${r.unit}`);
}
