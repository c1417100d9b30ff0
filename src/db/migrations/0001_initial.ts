/** The first schema: agencies, staff, sessions, applications with their pauses and events. */
import type { Kysely } from 'kysely';
import { blobType, withId, zero } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('agencies'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('org_code', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('supervisor_id', 'integer', (c) => c.references('agencies.id'))
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('departments'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('departments_agency_name', ['agency_id', 'name'])
    .execute();

  await withId(db, db.schema.createTable('users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', zero)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'agency_id', 'role'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await createCases(db);

  await withId(db, db.schema.createTable('case_pauses'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('party', 'text')
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('case_pauses_case').on('case_pauses').column('case_id').execute();

  await withId(db, db.schema.createTable('case_events'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'id']).execute();
  await db.schema.createIndex('case_events_agency_action').on('case_events').columns(['agency_id', 'action', 'on_date']).execute();

  await withId(db, db.schema.createTable('attachments'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', blobType(db), (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('agency_id', 'integer', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('settings_pk', ['agency_id', 'key'])
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('agency_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('counters_pk', ['agency_id', 'name'])
    .execute();

  await withId(db, db.schema.createTable('mail_outbox'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('error', 'text')
    .execute();
}

async function createCases(db: Kysely<unknown>): Promise<void> {
  let t = withId(db, db.schema.createTable('cases'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('receipt_note', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('applicant_type', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull());
  for (const col of ['id_type', 'id_number', 'org_code', 'contact_person', 'phone', 'email', 'address', 'postal_code']) {
    t = t.addColumn(col, 'text');
  }
  t = t
    .addColumn('info_title', 'text', (c) => c.notNull())
    .addColumn('info_doc_number', 'text')
    .addColumn('info_description', 'text', (c) => c.notNull())
    .addColumn('info_purpose', 'text')
    .addColumn('form_wanted', 'text', (c) => c.notNull())
    .addColumn('delivery_wanted', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('officer_id', 'integer', (c) => c.references('users.id'));
  for (const col of ['correction_requested_on', 'correction_items', 'correction_due_on', 'supplemented_on']) {
    t = t.addColumn(col, 'text');
  }
  t = t
    .addColumn('extension_days', 'integer', zero)
    .addColumn('extension_reason', 'text')
    .addColumn('extension_approved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('fee_method', 'text')
    .addColumn('fee_units', 'integer')
    .addColumn('fee_prior_units', 'integer')
    .addColumn('fee_amount_fen', 'integer');
  for (const col of ['fee_notice_on', 'fee_due_on', 'fee_paid_on', 'outcome', 'outcome_basis', 'outcome_reason', 'decided_on', 'first_decided_on', 'replied_on', 'reply_method', 'closed_on']) {
    t = t.addColumn(col, 'text');
  }
  await t
    .addColumn('repeat_of_case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('version', 'integer', zero)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cases_agency_status').on('cases').columns(['agency_id', 'status']).execute();
  await db.schema.createIndex('cases_agency_received').on('cases').columns(['agency_id', 'received_on']).execute();
  await db.schema.createIndex('cases_agency_applicant').on('cases').columns(['agency_id', 'applicant_name']).execute();
}

export async function down(): Promise<void> {
  throw new Error('gongkai migrations are forward-only');
}
