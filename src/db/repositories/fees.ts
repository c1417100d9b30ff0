/** 信息处理费 as the cases record it. */
import { sql } from 'kysely';
import type { Db } from '../database.ts';

/** Fen of 信息处理费 paid to the agency on days of `year` (fee_paid_on), all cases together. */
export async function feesPaidInYear(db: Db, agencyId: number, year: number): Promise<number> {
  const r = await db.selectFrom('cases')
    .select(sql<string | number | null>`sum(fee_amount_fen)`.as('fen'))
    .where('agency_id', '=', agencyId)
    .where('fee_paid_on', '>=', `${year}-01-01`)
    .where('fee_paid_on', '<=', `${year}-12-31`)
    .executeTakeFirst();
  // sum() is a string (numeric) on PostgreSQL, a number on SQLite, null when no row matched.
  return Number(r?.fen ?? 0);
}
