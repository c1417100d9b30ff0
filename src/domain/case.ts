/**
 * An application for disclosure (依申请公开) as the domain sees it. Status (where the case is in the
 * workflow) is kept apart from outcome (which report row it ends in).
 */
import type { ApplicationContent } from './application-form.ts';
import type { CivilDate } from './dates.ts';
import type { Pause } from './deadline.ts';

/** The case: what the application says (第二十九条) plus where it stands. */
export interface ApplicationCase extends Omit<ApplicationContent, 'applicantType' | 'phone'> {
  id: number;
  agencyId: number;
  number: string;
  channel: string;
  receivedOn: CivilDate;
  receiptNote: string | null;
  submittedAt: string;
  /** Stored as text; the report's column code (applicants.ts). */
  applicantType: string;
  /** Older records may lack a phone number. */
  phone: string | null;
  status: string;
  departmentId: number | null;
  officerId: number | null;
  correctionRequestedOn: CivilDate | null;
  correctionItems: string | null;
  correctionDueOn: CivilDate | null;
  supplementedOn: CivilDate | null;
  extensionDays: number;
  extensionReason: string | null;
  extensionApprovedBy: number | null;
  feeMethod: string | null;
  feeUnits: number | null;
  feePriorUnits: number | null;
  feeAmountFen: number | null;
  feeNoticeOn: CivilDate | null;
  feeDueOn: CivilDate | null;
  feePaidOn: CivilDate | null;
  outcome: string | null;
  outcomeBasis: string | null;
  outcomeReason: string | null;
  decidedOn: CivilDate | null;
  firstDecidedOn: CivilDate | null;
  repliedOn: CivilDate | null;
  replyMethod: string | null;
  closedOn: CivilDate | null;
  repeatOfCaseId: number | null;
  pauses: (Pause & { id?: number; party?: string | null; note?: string | null })[];
  version: number;
}

/** The fields of a case that an action may change (what an event records as before/after). */
export type CaseChanges = Partial<Omit<ApplicationCase, 'id' | 'agencyId' | 'number' | 'pauses' | 'version'>>;
