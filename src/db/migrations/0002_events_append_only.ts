/** Case events are append-only: the database itself refuses to change or delete them. */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create function case_events_append_only() returns trigger language plpgsql as $$
      begin raise exception 'case_events is append-only'; end $$`.execute(db);
    await sql`create trigger case_events_no_update before update or delete on case_events
      for each row execute function case_events_append_only()`.execute(db);
    return;
  }
  await sql`create trigger case_events_no_update before update on case_events
    begin select raise(abort, 'case_events is append-only'); end`.execute(db);
  await sql`create trigger case_events_no_delete before delete on case_events
    begin select raise(abort, 'case_events is append-only'); end`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('gongkai migrations are forward-only');
}
