import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrate } from '../../src/db/database.ts';
import { freshDb, testDialects } from '../support/db.ts';

describe.each(testDialects)('migrations on %s', (dialect) => {
  it('creates every table and is idempotent', async () => {
    const { db, close } = await freshDb(dialect);
    try {
      const again = await migrate(db);
      expect(again).toEqual([]);
      await db.insertInto('agencies').values({ code: 'T', name: '测试局', org_code: null, kind: 'agency', supervisor_id: null, address: null, phone: null, postal_code: null, created_at: '2026-01-01T00:00:00Z' }).execute();
      const row = await db.selectFrom('agencies').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      expect(Number(row.n)).toBe(1);
    } finally {
      await close();
    }
  });

  it('refuses to update or delete case events (append-only)', async () => {
    const { db, close } = await freshDb(dialect);
    try {
      const a = await db.insertInto('agencies').values({ code: 'T', name: '测试局', org_code: null, kind: 'agency', supervisor_id: null, address: null, phone: null, postal_code: null, created_at: 'x' }).returning('id').executeTakeFirstOrThrow();
      const c = await db.insertInto('cases').values({ agency_id: a.id, number: 'N1', query_code_hash: 'h', channel: 'online', received_on: '2026-03-02', submitted_at: 'x', applicant_type: 'natural_person', applicant_name: '张三', info_title: 't', info_description: 'd', form_wanted: 'paper', delivery_wanted: 'post', status: 'received', created_at: 'x', updated_at: 'x' } as never).returning('id').executeTakeFirstOrThrow();
      await db.insertInto('case_events').values({ case_id: c.id, agency_id: a.id, action: 'submit', actor_user_id: null, actor_label: '申请人', occurred_at: 'x', on_date: '2026-03-02', from_status: null, to_status: 'received', data: '{}' }).execute();
      await expect(db.updateTable('case_events').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('case_events').execute()).rejects.toThrow(/append-only/);
      const rows = await db.selectFrom('case_events').select('action').execute();
      expect(rows.map((r) => r.action)).toEqual(['submit']);
    } finally {
      await close();
    }
  });
});
