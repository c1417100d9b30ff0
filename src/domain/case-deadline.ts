/**
 * A case's due date and where it stands today: working days left, overdue, due soon (within
 * DUE_SOON_WORKING_DAYS), paused, answered on time. Derived, never stored.
 */
import type { ApplicationCase } from './case.ts';
import type { WorkingCalendar } from './calendar.ts';
import type { CivilDate } from './dates.ts';
import { computeDeadline, workingDaysLeft } from './deadline.ts';
import type { DeadlineResult, FeeClockMode } from './deadline.ts';
import { PENDING_STATUSES } from './workflow.ts';

/** The inbox marks a case "due soon" when this many working days or fewer are left. */
export const DUE_SOON_WORKING_DAYS = 5;

export interface DueState {
  deadline: DeadlineResult;
  dueOn: CivilDate | null;
  open: boolean;
  /** Working days left (negative: overdue); null once replied, or while paused. */
  daysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  paused: boolean;
  /** For replied and closed cases: the reply served on or before the due date. */
  onTime: boolean | null;
}

/** The answer deadline of a case (non-strict: beyond the calendar data it warns). */
export function caseDeadline(c: ApplicationCase, cal: WorkingCalendar, mode: FeeClockMode): DeadlineResult {
  return computeDeadline(cal, {
    receivedOn: c.receivedOn,
    supplementedOn: c.supplementedOn,
    pauses: c.pauses,
    extensionDays: c.extensionDays,
    feeNoticeOn: c.feeNoticeOn,
    feePaidOn: c.feePaidOn,
    feeClockMode: mode,
  });
}

/** Where a case stands on `today`. */
export function dueState(c: ApplicationCase, cal: WorkingCalendar, mode: FeeClockMode, today: CivilDate): DueState {
  const deadline = caseDeadline(c, cal, mode);
  // Until the reply is served the deadline still applies (第三十三条 is about the 答复).
  const open = (PENDING_STATUSES as readonly string[]).includes(c.status);
  const dueOn = deadline.dueOn;
  // A case waiting for the applicant (补正) has no running answer clock.
  const waiting = c.status === 'correction_requested';
  const paused = !dueOn || waiting;
  const daysLeft = open && dueOn && !waiting ? workingDaysLeft(cal, today, dueOn) : null;
  return {
    deadline,
    dueOn,
    open,
    daysLeft,
    overdue: daysLeft !== null && daysLeft < 0,
    dueSoon: daysLeft !== null && daysLeft >= 0 && daysLeft <= DUE_SOON_WORKING_DAYS,
    paused: open && paused,
    onTime: !open && dueOn && (c.repliedOn ?? c.decidedOn) ? (c.repliedOn ?? c.decidedOn ?? '') <= dueOn : null,
  };
}
