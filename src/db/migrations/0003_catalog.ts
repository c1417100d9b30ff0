/**
 * 主动公开: the disclosure catalog (items with their metadata, 第二十条 category, confidentiality
 * review events, channels, attachments), the agency's own column tree (组配分类), period figures
 * for section 二 of the report, and the registry of new-media accounts.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { blobType, isPostgres, withId, zero } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('catalog_columns'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('catalog_columns.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', zero)
    .execute();

  let items = withId(db, db.schema.createTable('items'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('index_number', 'text', (c) => c.unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('topic', 'text')
    .addColumn('column_id', 'integer', (c) => c.references('catalog_columns.id'))
    .addColumn('publisher', 'text', (c) => c.notNull());
  for (const col of ['written_on', 'formed_on', 'published_on', 'doc_number']) items = items.addColumn(col, 'text');
  items = items
    .addColumn('validity', 'text', (c) => c.notNull().defaultTo('有效'))
    .addColumn('validity_changed_on', 'text')
    .addColumn('disclosure_method', 'text', (c) => c.notNull().defaultTo('主动公开'))
    .addColumn('disclosure_scope', 'text', (c) => c.notNull().defaultTo('面向社会'))
    .addColumn('keywords', 'text')
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('article20', 'integer')
    .addColumn('regulation_kind', 'text')
    .addColumn('abolished_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewer_id', 'integer', (c) => c.references('users.id'))
    .addColumn('review_note', 'text')
    .addColumn('version', 'integer', zero)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
  await items.execute();
  await db.schema.createIndex('items_agency_status').on('items').columns(['agency_id', 'status', 'published_on']).execute();
  await db.schema.createIndex('items_published').on('items').columns(['status', 'published_on']).execute();

  await withId(db, db.schema.createTable('item_events'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
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
  await db.schema.createIndex('item_events_item').on('item_events').columns(['item_id', 'id']).execute();

  await withId(db, db.schema.createTable('item_channels'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('account_id', 'integer')
    .execute();
  await db.schema.createIndex('item_channels_item').on('item_channels').column('item_id').execute();

  await withId(db, db.schema.createTable('item_attachments'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', blobType(db), (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('period_figures')
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // Counts, or money in fen for amounts.
    .addColumn('value', isPostgres(db) ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('period_figures_pk', ['agency_id', 'year', 'month', 'kind'])
    .execute();

  await withId(db, db.schema.createTable('media_accounts'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('administrator', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text')
    .addColumn('closed_on', 'text')
    .execute();

  await withId(db, db.schema.createTable('media_account_changes'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('media_accounts.id'))
    .addColumn('changed_on', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();

  if (isPostgres(db)) {
    await sql`create function append_only() returns trigger language plpgsql as $$
      begin raise exception '% is append-only', tg_table_name; end $$`.execute(db);
    await sql`create trigger item_events_no_update before update or delete on item_events
      for each row execute function append_only()`.execute(db);
  } else {
    await sql`create trigger item_events_no_update before update on item_events
      begin select raise(abort, 'item_events is append-only'); end`.execute(db);
    await sql`create trigger item_events_no_delete before delete on item_events
      begin select raise(abort, 'item_events is append-only'); end`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('gongkai migrations are forward-only');
}
