/** The section 三 figures of one agency and year, read from the cases and their decision events. */
import { countYear } from '../domain/year-counts.ts';
import type { DecisionEvent, YearCounts } from '../domain/year-counts.ts';
import type { Db } from '../db/database.ts';

/** Counts per report row and applicant column (see src/domain/year-counts.ts). */
export async function yearCounts(db: Db, agencyId: number, year: number): Promise<YearCounts> {
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
  return countYear(
    cases.map((c) => ({ id: c.id, applicantType: c.applicant_type, receivedOn: c.received_on })),
    events,
    year,
  );
}
