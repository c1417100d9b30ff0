/** Opens what the services need — database (migrated), calendar, clock — for the server and the CLI. */
import { systemClock } from '../clock.ts';
import type { Clock } from '../clock.ts';
import { migrate, openDatabase } from '../db/database.ts';
import type { OpenDatabase } from '../db/database.ts';
import { loadCalendar } from './calendar-source.ts';
import type { Deps } from './deps.ts';

export interface Runtime {
  deps: Deps;
  database: OpenDatabase;
  migrated: string[];
  close(): Promise<void>;
}

export async function openRuntime(databaseUrl: string, opts: { clock?: Clock; migrate?: boolean } = {}): Promise<Runtime> {
  const database = openDatabase(databaseUrl);
  const migrated = opts.migrate === false ? [] : await migrate(database.db);
  const deps: Deps = { db: database.db, clock: opts.clock ?? systemClock, calendar: loadCalendar() };
  return { deps, database, migrated, close: () => database.close() };
}
