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
});
