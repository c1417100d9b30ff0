/** Period figures for section 二 (counts, or fen for amounts), one row per agency, year, month and kind. */
import type { Figure, FigureEntry, FigureKind } from '../../domain/catalog/figures.ts';
import type { Db } from '../database.ts';

/** Writes `figures`, replacing any figure already entered for the same year, month and kind. */
export async function upsertFigures(db: Db, agencyId: number, figures: readonly FigureEntry[], enteredBy: string, enteredAt: string): Promise<void> {
  for (const f of figures) {
    const values = { value: f.value, entered_by: enteredBy, entered_at: enteredAt };
    await db
      .insertInto('period_figures')
      .values({ agency_id: agencyId, year: f.year, month: f.month, kind: f.kind, ...values })
      .onConflict((oc) => oc.columns(['agency_id', 'year', 'month', 'kind']).doUpdateSet(values))
      .execute();
  }
}

/** The agency's figures for `years`, by year, kind and month. */
export async function listFigures(db: Db, agencyId: number, years: readonly number[]): Promise<Figure[]> {
  if (years.length === 0) return [];
  const rows = await db
    .selectFrom('period_figures')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', 'in', [...years])
    .orderBy('year')
    .orderBy('kind')
    .orderBy('month')
    .execute();
  return rows.map((r) => ({
    year: r.year,
    month: r.month,
    kind: r.kind as FigureKind,
    value: Number(r.value),
    enteredBy: r.entered_by,
    enteredAt: r.entered_at,
  }));
}
