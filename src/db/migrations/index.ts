/** Every migration, in order. One set serves SQLite and PostgreSQL. */
import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.ts';
import * as m0002 from './0002_events_append_only.ts';
import * as m0003 from './0003_catalog.ts';
import * as m0004 from './0004_item_search.ts';
import * as m0005 from './0005_item_search_order.ts';
import * as m0006 from './0006_appeals.ts';
import * as m0007 from './0007_annual_reports.ts';

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_events_append_only': m0002,
  '0003_catalog': m0003,
  '0004_item_search': m0004,
  '0005_item_search_order': m0005,
  '0006_appeals': m0006,
  '0007_annual_reports': m0007,
};
