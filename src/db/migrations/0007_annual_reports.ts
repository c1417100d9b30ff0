/**
 * The agency's annual report (政府信息公开工作年度报告) as a document it works on: one per agency and
 * year, its status (draft → checked → signed → published) and current model (JSON), and its
 * append-only versions — every save of the narrative, recompute and change of status, with who and
 * when and the model as it then stood.
 */
import type { Kysely } from 'kysely';
import { withId, zero } from '../dialect.ts';
import { makeAppendOnly } from './append-only.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('annual_reports'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('signed_by_label', 'text')
    .addColumn('signed_on', 'text')
    .addColumn('item_id', 'integer', (c) => c.references('items.id'))
    .addColumn('version', 'integer', zero)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('annual_reports_agency_year', ['agency_id', 'year'])
    .execute();

  await withId(db, db.schema.createTable('annual_report_versions'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('annual_reports.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('annual_report_versions_number', ['report_id', 'number'])
    .execute();

  await makeAppendOnly(db, 'annual_report_versions');
}

export async function down(): Promise<void> {
  throw new Error('gongkai migrations are forward-only');
}
