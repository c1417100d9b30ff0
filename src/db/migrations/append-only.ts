/**
 * For migrations: makes a table append-only, so that the database itself refuses to change or
 * delete its rows — on PostgreSQL through `append_only()` (created by 0003_catalog), on SQLite
 * through two triggers. The SQL written here must never change: migrations that ran keep it.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

export async function makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`create trigger ${table}_no_update before update or delete on ${table}
      for each row execute function append_only()`).execute(db);
    return;
  }
  await sql.raw(`create trigger ${table}_no_update before update on ${table}
    begin select raise(abort, '${table} is append-only'); end`).execute(db);
  await sql.raw(`create trigger ${table}_no_delete before delete on ${table}
    begin select raise(abort, '${table} is append-only'); end`).execute(db);
}
