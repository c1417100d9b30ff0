/**
 * The department view for 绩效考核: per department, the items published in a year, the items
 * waiting for review, and the publications later than 第二十六条 allows.
 */
import { isLate } from '../../domain/catalog/timeliness.ts';
import { listDepartments } from '../../db/repositories/agencies.ts';
import type { Actor, Deps } from '../deps.ts';

export interface DepartmentRow {
  departmentId: number | null;
  name: string;
  published: number;
  pendingReview: number;
  drafts: number;
  late: number;
  lateItems: { id: number; title: string; formedOn: string | null; publishedOn: string | null }[];
}

export async function departmentView(deps: Deps, actor: Actor, year: number): Promise<DepartmentRow[]> {
  return departmentRowsOf(deps, actor.agencyId, year);
}

/** The department rows of any agency (for the dashboards of the agency and of its supervising office). */
export async function departmentRowsOf(deps: Pick<Deps, 'db' | 'calendar'>, agencyId: number, year: number): Promise<DepartmentRow[]> {
  const departments = await listDepartments(deps.db, agencyId);
  const items = await deps.db
    .selectFrom('items')
    .select(['id', 'title', 'department_id', 'status', 'formed_on', 'published_on'])
    .where('agency_id', '=', agencyId)
    .where((eb) => eb.or([eb('status', 'in', ['draft', 'submitted', 'approved', 'rejected']), eb.and([eb('published_on', '>=', `${year}-01-01`), eb('published_on', '<=', `${year}-12-31`)])]))
    .execute();
  const rows = new Map<number | null, DepartmentRow>();
  const row = (id: number | null) => {
    let r = rows.get(id);
    if (!r) {
      r = { departmentId: id, name: departments.find((d) => d.id === id)?.name ?? '（未指定部门）', published: 0, pendingReview: 0, drafts: 0, late: 0, lateItems: [] };
      rows.set(id, r);
    }
    return r;
  };
  for (const d of departments) row(d.id);
  for (const i of items) {
    const r = row(i.department_id);
    if (i.status === 'submitted') r.pendingReview++;
    if (i.status === 'draft' || i.status === 'rejected') r.drafts++;
    const inYear = i.published_on !== null && i.published_on.startsWith(String(year));
    if ((i.status === 'published' || i.status === 'withdrawn') && inYear) {
      r.published++;
      if (isLate(deps.calendar, i.formed_on, i.published_on)) {
        r.late++;
        r.lateItems.push({ id: i.id, title: i.title, formedOn: i.formed_on, publishedOn: i.published_on });
      }
    }
  }
  return [...rows.values()];
}
