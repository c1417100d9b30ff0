/**
 * Every repository and service test runs on SQLite, and again on PostgreSQL when
 * TEST_DATABASE_URL is set. Each call gives a fresh, migrated database: an in-memory SQLite
 * database, or a new PostgreSQL schema dropped on close.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openDatabase } from '../../src/db/database.ts';
import type { DialectName, OpenDatabase } from '../../src/db/database.ts';

const pgUrl = process.env.TEST_DATABASE_URL;

if (process.env.CI === 'true' && !pgUrl) {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL pass cannot be skipped in CI');
}

/** The dialects this run covers. */
export const testDialects: DialectName[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh migrated database of the given dialect. */
export async function freshDb(dialect: DialectName): Promise<OpenDatabase> {
  if (dialect === 'sqlite') {
    const opened = openDatabase('sqlite::memory:');
    await migrate(opened.db);
    return opened;
  }
  if (!pgUrl) throw new Error('TEST_DATABASE_URL is not set');
  // Named with its creation time, so that a later run drops it only once it is surely abandoned.
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const opened = openDatabase(pgUrl, { schema, poolSize: 4 });
  await migrate(opened.db, { schema });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
