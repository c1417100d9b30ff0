/**
 * Intake throughput: durable applications per second — through the service (`submitOnline`,
 * sequential) on a file-backed SQLite database, over HTTP (POST /apply from concurrent clients to
 * the real server on 127.0.0.1), and on PostgreSQL when BENCH_DATABASE_URL is a postgres URL.
 * After each run the database is opened afresh and every acknowledged application number must be
 * in it. Run: `node bin/run-ts.js bench/intake.ts`.
 *
 * "Durable" means committed: SQLite runs as the server opens it (WAL, synchronous=NORMAL — safe
 * against a crash of the process; the last commits can be lost on power failure), and again with
 * synchronous=FULL (an fsync per commit); PostgreSQL with its own synchronous_commit, which is logged.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import pg from 'pg';
import { fixedClock } from '../src/clock.ts';
import { migrate, openDatabase } from '../src/db/database.ts';
import type { OpenDatabase } from '../src/db/database.ts';
import { createAgency } from '../src/db/repositories/agencies.ts';
import { createApp } from '../src/http/app.tsx';
import { loadCalendar } from '../src/services/calendar-source.ts';
import type { Deps } from '../src/services/deps.ts';
import { submitOnline } from '../src/services/intake.ts';

/** One figure of a benchmark. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

/** Sizes of the runs; the defaults are the figures reported in the README. */
export interface IntakeBenchOptions {
  /** Applications submitted through the service, one after another (default 2000). */
  serviceCount?: number;
  /** POST /apply requests over HTTP (default 3000). */
  httpCount?: number;
  /** Concurrent HTTP clients (default 16). */
  concurrency?: number;
  /** A postgres:// URL for the PostgreSQL run (default BENCH_DATABASE_URL; none: skipped). */
  postgresUrl?: string | undefined;
  log?: (line: string) => void;
}

const NOW = '2026-03-02T02:00:00Z';
const WARM_UP = 32;

function depsOn(opened: OpenDatabase): Deps {
  return { db: opened.db, clock: fixedClock(NOW), calendar: loadCalendar() };
}

/** A valid online application (自然人, 居民身份证), varied by `i`. */
function payload(i: number): Record<string, string> {
  return {
    applicantType: 'natural_person', applicantName: `申请人${i}`, idType: 'resident_id', idNumber: '11010519491231002X',
    phone: '13800138000', email: `user${i}@example.com`, address: '甲市和平路8号', postalCode: '100001',
    infoTitle: `2025年第${i}号交通事故认定书`, infoDocNumber: '', infoDescription: `本人于2025年6月3日在人民路发生交通事故（${i}），申请公开该事故的认定书`,
    formWanted: 'electronic', deliveryWanted: 'email',
  };
}

async function seedAgency(opened: OpenDatabase, schema?: string): Promise<number> {
  await migrate(opened.db, schema ? { schema } : {});
  const a = await createAgency(opened.db, { code: 'BENCH', name: '基准测试局', orgCode: null, kind: 'agency', supervisorId: null, address: null, phone: null, postalCode: null }, NOW);
  return a.id;
}

/** Every acknowledged number must be stored, and nothing else; a mismatch is shouted and fails the run. */
async function verify(opened: OpenDatabase, acknowledged: string[], label: string, log: (l: string) => void): Promise<BenchRow[]> {
  const stored = new Set((await opened.db.selectFrom('cases').select('number').execute()).map((r) => r.number));
  const missing = acknowledged.filter((n) => !stored.has(n));
  if (!missing.length && stored.size === acknowledged.length) {
    log(`  ✓ ${label}: ${acknowledged.length} acknowledged, ${stored.size} in the database`);
    return [];
  }
  const extra = stored.size - (acknowledged.length - missing.length);
  const msg = `✗✗✗ ${label}: ${acknowledged.length} acknowledged, ${stored.size} in the database: ${missing.length} acknowledged but missing (${missing.slice(0, 3).join(', ')}), ${extra} stored but never acknowledged`;
  console.error(`\n${'!'.repeat(72)}\n${msg}\n${'!'.repeat(72)}\n`);
  process.exitCode = 1;
  return [{ name: `MISMATCH ${label}: missing + unacknowledged rows`, value: missing.length + extra, unit: 'rows' }];
}

function seconds(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** `count` submissions through `submitOnline`, one after another; returns the acknowledged numbers and the rate. */
async function serviceRun(opened: OpenDatabase, agencyId: number, count: number): Promise<{ acks: string[]; rate: number }> {
  const deps = depsOn(opened);
  const acks: string[] = [];
  for (let i = 0; i < WARM_UP; i++) acks.push((await submitOnline(deps, agencyId, payload(i), [])).number);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) acks.push((await submitOnline(deps, agencyId, payload(WARM_UP + i), [])).number);
  return { acks, rate: count / seconds(t0) };
}

/** The service run on a SQLite file in a temporary directory, with the given `synchronous` mode. */
async function benchServiceSqlite(count: number, synchronous: 'NORMAL' | 'FULL', log: (l: string) => void): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  const url = `sqlite:${join(dir, 'bench.db')}`;
  try {
    const opened = openDatabase(url); // WAL, synchronous=NORMAL: the server's settings
    await sql.raw(`PRAGMA synchronous = ${synchronous}`).execute(opened.db);
    const agencyId = await seedAgency(opened);
    const { acks, rate } = await serviceRun(opened, agencyId, count);
    await opened.close();
    const label = `service, SQLite WAL synchronous=${synchronous}`;
    const reopened = openDatabase(url);
    const bad = await verify(reopened, acks, label, log).finally(() => reopened.close());
    return [{ name: `intake via service, SQLite file (WAL, synchronous=${synchronous}), sequential, n=${count}`, value: Math.round(rate), unit: 'apps/s' }, ...bad];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The service run on PostgreSQL, in a fresh schema that is dropped afterwards. */
async function benchServicePostgres(url: string, count: number, log: (l: string) => void): Promise<BenchRow[]> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = async (q: string): Promise<Record<string, string>[]> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try { return (await c.query<Record<string, string>>(q)).rows; } finally { await c.end(); }
  };
  await admin(`create schema ${schema}`);
  log(`  PostgreSQL synchronous_commit = ${(await admin('show synchronous_commit'))[0]?.synchronous_commit ?? '?'}`);
  try {
    const opened = openDatabase(url, { schema, poolSize: 4 });
    const agencyId = await seedAgency(opened, schema);
    const { acks, rate } = await serviceRun(opened, agencyId, count);
    await opened.close();
    const reopened = openDatabase(url, { schema, poolSize: 1 });
    const bad = await verify(reopened, acks, 'service, PostgreSQL', log).finally(() => reopened.close());
    return [{ name: `intake via service, PostgreSQL (${opened.label.replace(/^PostgreSQL /, '')}), sequential, n=${count}`, value: Math.round(rate), unit: 'apps/s' }, ...bad];
  } finally {
    await admin(`drop schema ${schema} cascade`);
  }
}

// ── HTTP: the server runs in a worker thread, so the clients' work does not slow it down ──

/** Boots a worker: registers tsx, then loads this module, which starts the server (below). */
const BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((m) => { m.register(); return import(workerData.entry); }).catch((e) => { console.error(e); process.exit(1); });`;

interface ServerWorkerData {
  role: 'intake-server';
  url: string;
}

function runServerWorker(d: ServerWorkerData): void {
  const opened = openDatabase(d.url);
  const app = createApp(depsOn(opened), { applyRateLimit: 0 }); // the per-address limit would refuse all but 20/min
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => parentPort?.postMessage({ port: info.port }));
  parentPort?.once('message', () => server.close(() => void opened.close().then(() => parentPort?.postMessage({ stopped: true }))));
}

if (!isMainThread && (workerData as Partial<ServerWorkerData> | null)?.role === 'intake-server') runServerWorker(workerData as ServerWorkerData);

async function startServer(url: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const worker = new Worker(BOOT, { eval: true, workerData: { role: 'intake-server', url, tsxApi: import.meta.resolve('tsx/esm/api'), entry: import.meta.url } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
  });
  const stop = async () => {
    const stopped = new Promise((resolve) => worker.once('message', resolve));
    worker.postMessage('stop');
    await stopped;
    await worker.terminate();
  };
  return { base: `http://127.0.0.1:${port}`, stop };
}

interface Load {
  acks: string[];
  statuses: Map<number, number>;
  latenciesMs: number[];
}

/** One POST /apply as the portal's form sends it (multipart, same origin). */
async function postApplication(base: string, agencyId: number, i: number, load: Load): Promise<void> {
  const form = new FormData();
  for (const [k, v] of Object.entries({ agencyId: String(agencyId), ...payload(i), website: '' })) form.append(k, v);
  const t0 = performance.now();
  const res = await fetch(`${base}/apply`, { method: 'POST', body: form, headers: { origin: base } });
  const html = await res.text();
  load.latenciesMs.push(performance.now() - t0);
  load.statuses.set(res.status, (load.statuses.get(res.status) ?? 0) + 1);
  const number = res.status === 201 ? /id="app-number"[^>]*>([^<]+)</.exec(html)?.[1] : undefined;
  if (number) load.acks.push(number);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** A short sequential warm-up, then `total` requests from `concurrency` clients; the rate counts acknowledgements. */
async function runLoad(base: string, agencyId: number, total: number, concurrency: number): Promise<{ load: Load; rate: number }> {
  const load: Load = { acks: [], statuses: new Map(), latenciesMs: [] };
  let next = 0;
  for (; next < WARM_UP; next++) await postApplication(base, agencyId, next, load);
  const warmAcks = load.acks.length;
  load.latenciesMs.length = 0;
  const end = WARM_UP + total;
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < end) await postApplication(base, agencyId, next++, load);
  }));
  return { load, rate: (load.acks.length - warmAcks) / seconds(t0) };
}

/** The HTTP run against the server on a SQLite file in a temporary directory. */
async function benchHttp(total: number, concurrency: number, log: (l: string) => void): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  const url = `sqlite:${join(dir, 'bench.db')}`;
  try {
    const seed = openDatabase(url);
    const agencyId = await seedAgency(seed);
    await seed.close();
    const server = await startServer(url);
    const { load, rate } = await runLoad(server.base, agencyId, total, concurrency).finally(() => server.stop());
    const statuses = [...load.statuses].map(([s, n]) => `${s}×${n}`).join(', ');
    log(`  HTTP responses: ${statuses}`);
    if (load.statuses.size !== 1 || !load.statuses.has(201)) {
      console.error(`✗ HTTP: not every request was acknowledged (${statuses})`);
      process.exitCode = 1;
    }
    const lat = [...load.latenciesMs].sort((a, b) => a - b);
    const reopened = openDatabase(url);
    return [
      { name: `intake via HTTP POST /apply, SQLite file, ${concurrency} clients, n=${total}`, value: Math.round(rate), unit: 'apps/s' },
      { name: '  latency p50', value: Number(percentile(lat, 50).toFixed(1)), unit: 'ms' },
      { name: '  latency p95', value: Number(percentile(lat, 95).toFixed(1)), unit: 'ms' },
      ...(await verify(reopened, load.acks, 'HTTP, SQLite', log).finally(() => reopened.close())),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs every intake benchmark and returns its figures. */
export async function benchIntake(opts: IntakeBenchOptions = {}): Promise<BenchRow[]> {
  const log = opts.log ?? (() => {});
  const n = opts.serviceCount ?? 2000;
  const pgUrl = 'postgresUrl' in opts ? opts.postgresUrl : process.env.BENCH_DATABASE_URL;
  const rows = [
    ...(await benchServiceSqlite(n, 'NORMAL', log)),
    ...(await benchServiceSqlite(n, 'FULL', log)),
    ...((opts.httpCount ?? 3000) > 0 ? await benchHttp(opts.httpCount ?? 3000, opts.concurrency ?? 16, log) : []),
  ];
  if (pgUrl && /^postgres(ql)?:\/\//.test(pgUrl)) {
    try {
      rows.push(...(await benchServicePostgres(pgUrl, n, log)));
    } catch (err) {
      console.error(`✗ PostgreSQL run failed: ${(err as Error).message}`);
      process.exitCode = 1;
    }
  } else log('  PostgreSQL: skipped (set BENCH_DATABASE_URL=postgres://… to include it)');
  return rows;
}

/** True when this file is the program (not imported by bench/run.ts, not the server worker). */
function runDirectly(): boolean {
  if (!isMainThread || process.env.npm_lifecycle_event === 'bench' || process.env.GONGKAI_BENCH_ALL) return false;
  const entry = process.argv[1] ?? '';
  return entry.endsWith('run-ts.js') || import.meta.url === pathToFileURL(entry).href;
}

if (runDirectly()) {
  for (const r of await benchIntake({ log: (l) => console.log(l) })) console.log(`${r.name}: ${r.value.toLocaleString('en-US')} ${r.unit}`);
}
