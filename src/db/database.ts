/**
 * Opens the database named by a URL: `sqlite:<path>` (or `sqlite::memory:`) with better-sqlite3,
 * or `postgres://…` with a pg pool. Both return the same Kysely handle.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { MigrationProvider } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type DialectName = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Db;
  dialect: DialectName;
  /** A description for logs, without password. */
  label: string;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/gongkai.db';

/** Opens `url`; for PostgreSQL an optional `schema` becomes the search_path (tests). */
export function openDatabase(url: string, opts: { schema?: string; poolSize?: number } = {}): OpenDatabase {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length) || ':memory:';
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', label: `SQLite ${path}`, close: () => db.destroy() };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // count(*) and bigint come back as strings from pg; repositories convert with Number().
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const u = new URL(url);
    return { db, dialect: 'postgres', label: `PostgreSQL ${u.host}${u.pathname}`, close: () => db.destroy() };
  }
  throw new Error(`DATABASE_URL 无法识别：应为 sqlite:<路径> 或 postgres://…（收到 “${url}”）`);
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Applies every pending migration; returns the names applied. With PostgreSQL and a `schema`,
 * Kysely's own bookkeeping tables live in that schema too (it would otherwise find them in any).
 */
export async function migrate(db: Db, opts: { schema?: string } = {}): Promise<string[]> {
  const migrator = new Migrator({ db, provider, ...(opts.schema ? { migrationTableSchema: opts.schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
