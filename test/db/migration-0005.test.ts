import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { searchItems } from '../../src/db/repositories/item-search.ts';

const NOW = '2026-03-02T02:00:00Z';

describe('migration 0005 on a SQLite database indexed by 0004', () => {
  it('re-keys the search indexes of items already published, newest first', async () => {
    const { db, close } = openDatabase('sqlite::memory:');
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      const to4 = await migrator.migrateTo('0004_item_search');
      expect(to4.error).toBeUndefined();
      const a = await db.insertInto('agencies').values({ code: 'T', name: '测试局', org_code: null, kind: 'agency', supervisor_id: null, address: null, phone: null, postal_code: null, created_at: NOW })
        .returning('id').executeTakeFirstOrThrow();
      const add = async (title: string, publishedOn: string, status = 'published') => (await db.insertInto('items').values({
        agency_id: a.id, index_number: null, title, summary: null, topic: null, column_id: null, publisher: '测试局', written_on: null, formed_on: null,
        published_on: publishedOn, doc_number: null, validity: '有效', validity_changed_on: null, disclosure_method: '主动公开', disclosure_scope: '面向社会',
        keywords: null, body_html: '', body_text: '', department_id: null, article20: null, regulation_kind: null, abolished_on: null, status,
        author_id: null, reviewer_id: null, review_note: null, version: 1, created_at: NOW, updated_at: NOW,
      }).returning('id').executeTakeFirstOrThrow()).id;
      // Inserted newest first, so id order and date order disagree.
      const newer = await add('户口迁移办理指南', '2026-02-01');
      const older = await add('户口登记工作通知', '2024-05-01');
      await add('户口草稿', '2026-03-01', 'draft');

      const latest = await migrator.migrateToLatest();
      expect(latest.error).toBeUndefined();
      expect(latest.results?.map((r) => r.migrationName)).toContain('0005_item_search_order');
      const queued = await db.selectFrom('item_grams_stale' as never).selectAll().execute();
      expect(queued).toEqual([]);
      expect((await searchItems(db, { text: '户口' })).hits.map((h) => h.id)).toEqual([newer, older]);
      expect((await searchItems(db, { text: '户口登记' })).hits.map((h) => h.id)).toEqual([older]);
      expect((await searchItems(db, { text: '户口', year: 2024 })).hits.map((h) => h.id)).toEqual([older]);
      // The new triggers keep the index: a later date moves the item first.
      await db.updateTable('items').set({ published_on: '2026-06-01' }).where('id', '=', older).execute();
      expect((await searchItems(db, { text: '户口' })).hits.map((h) => h.id)).toEqual([older, newer]);
    } finally {
      await close();
    }
  });
});
