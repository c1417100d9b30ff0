/** Every migration, in order. One set serves SQLite and PostgreSQL. */
import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.ts';

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
};
