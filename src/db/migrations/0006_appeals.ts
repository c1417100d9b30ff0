/**
 * Review and litigation records (行政复议、行政诉讼) of an agency's 政府信息公开 work, optionally
 * linked to an application case of the same agency, and their append-only events.
 */
import type { Kysely } from 'kysely';
import { withId, zero } from '../dialect.ts';
import { makeAppendOnly } from './append-only.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('appeals'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text')
    .addColumn('claimant', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('application_case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', zero)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('appeals_agency_received').on('appeals').columns(['agency_id', 'received_on']).execute();
  await db.schema.createIndex('appeals_application').on('appeals').column('application_case_id').execute();

  await withId(db, db.schema.createTable('appeal_events'))
    .addColumn('appeal_id', 'integer', (c) => c.notNull().references('appeals.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('appeal_events_appeal').on('appeal_events').columns(['appeal_id', 'id']).execute();

  await makeAppendOnly(db, 'appeal_events');
}

export async function down(): Promise<void> {
  throw new Error('gongkai migrations are forward-only');
}
