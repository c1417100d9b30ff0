/** The catalog items section 二 counts under 第二十条第（一）项 (规章, 行政规范性文件). */
import type { RegulationItem } from '../../domain/catalog/section2.ts';
import type { Db } from '../database.ts';

/** Every item of the agency filed under 第二十条第（一）项, whatever its status (the domain filters). */
export async function listRegulationItems(db: Db, agencyId: number): Promise<RegulationItem[]> {
  const rows = await db
    .selectFrom('items')
    .select(['article20', 'regulation_kind', 'status', 'written_on', 'published_on', 'abolished_on', 'validity', 'validity_changed_on'])
    .where('agency_id', '=', agencyId)
    .where('article20', '=', 1)
    .execute();
  return rows.map((r) => ({
    article20: r.article20,
    regulationKind: r.regulation_kind,
    status: r.status,
    writtenOn: r.written_on,
    publishedOn: r.published_on,
    abolishedOn: r.abolished_on,
    validity: r.validity,
    validityChangedOn: r.validity_changed_on,
  }));
}
