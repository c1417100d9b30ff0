/** The agency's own column tree (组配分类) of its catalog. */
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export interface CatalogColumn {
  id: number;
  parentId: number | null;
  name: string;
  sort: number;
  /** Items filed under it. */
  items: number;
}

export async function listColumns(db: Db, agencyId: number): Promise<CatalogColumn[]> {
  const rows = await db
    .selectFrom('catalog_columns as c')
    .leftJoin('items as i', 'i.column_id', 'c.id')
    .select(['c.id', 'c.parent_id', 'c.name', 'c.sort', sql<number>`count(i.id)`.as('n')])
    .where('c.agency_id', '=', agencyId)
    .groupBy(['c.id', 'c.parent_id', 'c.name', 'c.sort'])
    .orderBy('c.sort')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, sort: Number(r.sort), items: Number(r.n) }));
}

export async function insertColumn(db: Db, agencyId: number, c: { parentId: number | null; name: string; sort: number }): Promise<number> {
  const r = await db.insertInto('catalog_columns').values({ agency_id: agencyId, parent_id: c.parentId, name: c.name, sort: c.sort }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function renameColumn(db: Db, agencyId: number, id: number, name: string): Promise<boolean> {
  const r = await db.updateTable('catalog_columns').set({ name }).where('id', '=', id).where('agency_id', '=', agencyId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteColumn(db: Db, agencyId: number, id: number): Promise<boolean> {
  const r = await db.deleteFrom('catalog_columns').where('id', '=', id).where('agency_id', '=', agencyId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
