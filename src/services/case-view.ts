/** Everything the case page shows: the case, its deadline and why, its timeline, possible repeats. */
import { chinaToday } from '../clock.ts';
import type { ApplicationCase } from '../domain/case.ts';
import { dueState } from '../domain/case-deadline.ts';
import type { DueState } from '../domain/case-deadline.ts';
import { can } from '../domain/roles.ts';
import { applicantKey, findSimilar } from '../domain/similarity.ts';
import { ACTIONS, actionsFrom } from '../domain/workflow.ts';
import type { Action } from '../domain/workflow.ts';
import { listDepartments } from '../db/repositories/agencies.ts';
import type { Department } from '../db/repositories/agencies.ts';
import { casesOfApplicant, countApplicantMonth, listAttachments } from '../db/repositories/cases.ts';
import { listEvents } from '../db/repositories/events.ts';
import type { CaseEvent } from '../db/repositories/events.ts';
import { staffOf } from '../db/repositories/users.ts';
import type { User } from '../db/repositories/users.ts';
import { caseSettings } from './agency-settings.ts';
import type { CaseSettings } from './agency-settings.ts';
import { loadCase } from './case-actions.ts';
import type { Actor, Deps } from './deps.ts';

export interface SimilarCase {
  id: number;
  number: string;
  receivedOn: string;
  infoTitle: string;
  status: string;
  outcome: string | null;
  score: number;
}

export interface CaseView {
  c: ApplicationCase;
  due: DueState;
  events: CaseEvent[];
  attachments: { id: number; filename: string; mime: string; size: number }[];
  departments: Department[];
  staff: (User & { roles: string[] })[];
  similar: SimilarCase[];
  /** Actions the actor may take now (status and role), in table order. */
  actions: Action[];
  settings: CaseSettings;
  today: string;
  /** Applications of the same applicant earlier in the case's natural month (按件计收). */
  applicantMonthCount: number;
}

export function requestText(c: Pick<ApplicationCase, 'infoTitle' | 'infoDocNumber' | 'infoDescription'>): string {
  return [c.infoTitle, c.infoDocNumber ?? '', c.infoDescription].join(' ');
}

/** Earlier applications of the same applicant with similar content (第三十六条第（六）项). */
export async function similarCases(deps: Pick<Deps, 'db'>, actor: Actor, c: ApplicationCase): Promise<SimilarCase[]> {
  const others = await casesOfApplicant(deps.db, actor.agencyId, { name: c.applicantName, idNumber: c.idNumber, orgCode: c.orgCode }, c.id);
  const earlier = others.filter((o) => o.receivedOn <= c.receivedOn);
  const key = applicantKey(c.applicantName, c.idNumber, c.orgCode);
  const matches = findSimilar(
    { applicantKey: key, text: requestText(c) },
    earlier.map((o) => ({ id: o.id, applicantKey: applicantKey(o.applicantName, o.idNumber, o.orgCode), text: requestText(o), receivedOn: o.receivedOn })),
  );
  return matches.map((m) => {
    const o = earlier.find((x) => x.id === m.id);
    return { id: m.id, number: o?.number ?? '', receivedOn: o?.receivedOn ?? '', infoTitle: o?.infoTitle ?? '', status: o?.status ?? '', outcome: o?.outcome ?? null, score: m.score };
  });
}

export async function caseView(deps: Deps, actor: Actor, caseId: number): Promise<CaseView> {
  const c = await loadCase(deps, actor, caseId);
  const settings = await caseSettings(deps.db, actor.agencyId);
  const today = chinaToday(deps.clock);
  const [events, attachments, departments, staff, similar, applicantMonthCount] = await Promise.all([
    listEvents(deps.db, caseId),
    listAttachments(deps.db, caseId),
    listDepartments(deps.db, actor.agencyId),
    staffOf(deps.db, actor.agencyId),
    similarCases(deps, actor, c),
    countApplicantMonth(deps.db, actor.agencyId, c),
  ]);
  const actions = actionsFrom(c.status).filter((a) => can(actor.roles, ACTIONS[a].permission));
  return { c, due: dueState(c, deps.calendar, settings.feeClockMode, today), events, attachments, departments, staff, similar, actions, settings, today, applicantMonthCount };
}
