/** The section 三 figures of one agency and year, read from the cases and their decision events; and the cases behind a figure. */
import { APPLICANT_TYPES, applicantTypeLabel } from '../domain/applicants.ts';
import { DomainError } from '../domain/errors.ts';
import { outcomeFullLabel } from '../domain/outcomes.ts';
import { casesInCell, classifyYear, countYear } from '../domain/year-counts.ts';
import type { CountableCase, DecisionEvent, YearCounts } from '../domain/year-counts.ts';
import { can } from '../domain/roles.ts';
import type { Db } from '../db/database.ts';
import type { Actor, Deps } from './deps.ts';

async function load(db: Db, agencyId: number, year: number): Promise<{ cases: CountableCase[]; events: DecisionEvent[] }> {
  const end = `${year}-12-31`;
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'applicant_type', 'received_on'])
    .where('agency_id', '=', agencyId)
    .where('received_on', '<=', end)
    .execute();
  const rows = await db
    .selectFrom('case_events')
    .select(['case_id', 'on_date', 'data'])
    .where('agency_id', '=', agencyId)
    .where('action', 'in', ['decide', 'mark_abandoned', 'mark_unpaid', 'reopen'])
    .orderBy('id')
    .execute();
  const events: DecisionEvent[] = rows.map((r) => {
    const data = JSON.parse(r.data) as { outcome?: string | null; after?: { decidedOn?: string } };
    // The decision's own date (it may be entered after the fact), else the event date.
    return { caseId: r.case_id, onDate: data.after?.decidedOn ?? r.on_date, outcome: data.outcome ?? null };
  });
  return { cases: cases.map((c) => ({ id: c.id, applicantType: c.applicant_type, receivedOn: c.received_on })), events };
}

/** Counts per report row and applicant column (see src/domain/year-counts.ts). */
export async function yearCounts(db: Db, agencyId: number, year: number): Promise<YearCounts> {
  const { cases, events } = await load(db, agencyId, year);
  return countYear(cases, events, year);
}

/** A case in the list behind a figure. */
export interface CountedCaseRow {
  id: number;
  number: string;
  infoTitle: string;
  applicantType: string;
  receivedOn: string;
  outcome: string | null;
}

/**
 * The actor's agency's cases a section 三 cell of `year` counts (row code of the report, applicant
 * column or 'total'), oldest first — the same classification as the figure itself.
 */
export async function casesCountedIn(deps: Pick<Deps, 'db'>, actor: Actor, year: number, row: string, column: string): Promise<CountedCaseRow[]> {
  if (!can(actor.roles, 'case.view')) throw new DomainError('FORBIDDEN', '您不是本机关的工作人员');
  if (column !== 'total' && !APPLICANT_TYPES.some((a) => a.code === column)) throw new DomainError('VALIDATION', `未知的申请人类别“${column}”`);
  const { cases, events } = await load(deps.db, actor.agencyId, year);
  const ids = casesInCell(classifyYear(cases, events, year), row, column);
  if (ids.length === 0) return [];
  const rows = await deps.db
    .selectFrom('cases')
    .select(['id', 'number', 'info_title', 'applicant_type', 'received_on', 'outcome'])
    .where('agency_id', '=', actor.agencyId)
    .where('id', 'in', ids)
    .orderBy('received_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, number: r.number, infoTitle: r.info_title, applicantType: applicantTypeLabel(r.applicant_type), receivedOn: r.received_on, outcome: r.outcome ? outcomeFullLabel(r.outcome) : null }));
}
