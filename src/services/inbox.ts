/** The console inbox: the agency's cases with due dates, working days left and filters. */
import { chinaToday } from '../clock.ts';
import type { ApplicationCase } from '../domain/case.ts';
import { dueState } from '../domain/case-deadline.ts';
import type { DueState } from '../domain/case-deadline.ts';
import { can } from '../domain/roles.ts';
import { DomainError } from '../domain/errors.ts';
import { PENDING_STATUSES } from '../domain/workflow.ts';
import { listCases } from '../db/repositories/cases.ts';
import { caseSettings } from './agency-settings.ts';
import type { Actor, Deps } from './deps.ts';

export interface InboxFilter {
  view?: 'open' | 'overdue' | 'due_soon' | 'all' | 'closed';
  status?: string;
  officerId?: number;
  departmentId?: number;
  q?: string;
  year?: number;
}

export interface InboxRow {
  c: ApplicationCase;
  due: DueState;
}

/** The actor's agency's cases matching the filter, most urgent first for open views. */
export async function inbox(deps: Deps, actor: Actor, f: InboxFilter = {}): Promise<InboxRow[]> {
  if (!can(actor.roles, 'case.view')) throw new DomainError('FORBIDDEN', '您没有查看申请的权限');
  const view = f.view ?? 'open';
  const statuses = f.status ? [f.status] : view === 'all' ? undefined : view === 'closed' ? ['replied', 'closed'] : [...PENDING_STATUSES];
  const cases = await listCases(deps.db, actor.agencyId, {
    ...(statuses ? { statuses } : {}),
    ...(f.officerId ? { officerId: f.officerId } : {}),
    ...(f.departmentId ? { departmentId: f.departmentId } : {}),
    ...(f.q ? { q: f.q } : {}),
    ...(f.year ? { year: f.year } : {}),
    limit: 2000,
  });
  const { feeClockMode } = await caseSettings(deps.db, actor.agencyId);
  const today = chinaToday(deps.clock);
  let rows = cases.map((c) => ({ c, due: dueState(c, deps.calendar, feeClockMode, today) }));
  if (view === 'overdue') rows = rows.filter((r) => r.due.overdue);
  if (view === 'due_soon') rows = rows.filter((r) => r.due.dueSoon);
  if (view !== 'all' && view !== 'closed') {
    rows.sort((a, b) => (a.due.daysLeft ?? 9999) - (b.due.daysLeft ?? 9999) || a.c.receivedOn.localeCompare(b.c.receivedOn));
  }
  return rows;
}
