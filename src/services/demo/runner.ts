/**
 * Plays the demo plans through the real services — intake and workflow actions — with a clock set
 * to each step's date, so every case has genuine events, due dates and report counts.
 */
import type { Clock } from '../../clock.ts';
import { deliveryLabel } from '../../domain/applicants.ts';
import { addDays } from '../../domain/dates.ts';
import type { CivilDate } from '../../domain/dates.ts';
import type { Payload } from '../../domain/payload.ts';
import { performAction } from '../case-actions.ts';
import type { Actor, Deps } from '../deps.ts';
import { submitByStaff, submitOnline } from '../intake.ts';
import type { AgencyStaff, DemoOrganisation } from './accounts.ts';
import type { Plan } from './plans.ts';
import { CORRECTION_ITEMS, defaultReason, repeatReason } from './requests-catalog.ts';
import type { Rng } from './rng.ts';
import { stepsOf } from './steps.ts';
import type { Step } from './steps.ts';

/** A clock the seed moves from day to day: 10:00 Beijing time (02:00Z) of the date set. */
export class SteppingClock implements Clock {
  #t = new Date('2025-01-02T02:00:00Z');

  /** Moves the clock to 10:00 Beijing time of `date`. */
  set(date: CivilDate): void {
    this.#t = new Date(`${date}T02:00:00Z`);
  }

  now(): Date {
    return new Date(this.#t);
  }
}

/** What the runner needs: services' deps with the stepping clock, the staff, today and a generator. */
export interface RunContext {
  deps: Deps;
  clock: SteppingClock;
  org: DemoOrganisation;
  today: CivilDate;
  rng: Rng;
}

function intakePayload(p: Plan): Payload {
  const a = p.applicant;
  const r = p.request;
  if (!r) throw new Error('demo plan without request');
  // Whoever writes by e-mail or wants the answer by e-mail has an address.
  const email = a.email ?? (p.channel === 'email' || p.deliveryWanted === 'email' ? `sq${a.phone.slice(-6)}@example.com` : '');
  return {
    applicantType: a.applicantType, applicantName: a.applicantName, idType: a.idType ?? '', idNumber: a.idNumber ?? '',
    orgCode: a.orgCode ?? '', contactPerson: a.contactPerson ?? '', phone: a.phone, email, address: a.address, postalCode: a.postalCode,
    infoTitle: r.infoTitle, infoDocNumber: r.infoDocNumber ?? '', infoDescription: r.infoDescription, infoPurpose: r.infoPurpose,
    formWanted: p.formWanted, deliveryWanted: p.deliveryWanted,
  };
}

/** The facts of receipt staff record for a channel (第三十一条). */
function receiptFacts(p: Plan): Payload {
  const r0 = p.receivedOn;
  switch (p.channel) {
    case 'letter':
      return p.ordinaryLetter
        ? { channel: 'letter', ordinaryLetter: 'on', submittedOn: addDays(r0, -3), confirmedOn: r0 }
        : { channel: 'letter', submittedOn: addDays(r0, -2), signedOn: r0 };
    case 'fax': case 'email':
      return { channel: p.channel, submittedOn: r0, confirmedOn: r0 };
    default:
      return { channel: p.channel, submittedOn: r0 };
  }
}

function staffOf(ctx: RunContext, p: Plan): AgencyStaff {
  return ctx.org[p.agency];
}

function handlerOf(ctx: RunContext, p: Plan): Actor {
  const hs = staffOf(ctx, p).handlers;
  const h = hs[p.handler % hs.length];
  if (!h) throw new Error('demo agency without handler');
  return h;
}

function actorFor(ctx: RunContext, p: Plan, by: Step['by']): Actor {
  if (by === 'handler') return handlerOf(ctx, p);
  return by === 'head' ? staffOf(ctx, p).head : staffOf(ctx, p).reviewer;
}

function reasonOf(p: Plan, outcome: string): string | null {
  if (outcome === 'reject_repeat') return repeatReason(p.repeatOf?.number ?? '');
  return outcome === p.outcome ? (p.request?.reason ?? null) : defaultReason(outcome);
}

function stepPayload(ctx: RunContext, p: Plan, s: Step): Payload {
  const assignment = { departmentId: staffOf(ctx, p).departments.get(p.request?.dept ?? '') ?? '', officerId: handlerOf(ctx, p).userId };
  switch (s.action) {
    case 'accept': case 'assign': return assignment;
    case 'request_correction': return { items: ctx.rng.pick(CORRECTION_ITEMS) };
    case 'start_consultation': return { kind: 'third_party', party: p.request?.party ?? '相关权利人（自然人）', note: '已书面征求第三方意见，请其自收到征求意见书之日起15个工作日内提出意见（条例 第三十二条）' };
    case 'extend': return { days: 20, reason: p.extensionReason };
    case 'issue_fee_notice': return { method: 'per_page', units: p.pages };
    case 'decide': return { outcome: s.outcome ?? 'disclose', reason: reasonOf(p, s.outcome ?? '') ?? '' };
    case 'reply': return { method: deliveryLabel(p.deliveryWanted) };
    case 'reopen': return { reason: `申请人不服答复申请行政复议，示例市人民政府作出行政复议决定（示政复决〔${s.on.slice(0, 4)}〕${ctx.rng.int(3, 90)}号），责令本机关重新答复` };
    default: return {};
  }
}

/** Submits one plan and takes its steps dated up to today. */
export async function runPlan(ctx: RunContext, p: Plan): Promise<void> {
  ctx.clock.set(p.receivedOn);
  const payload = intakePayload(p);
  const r = p.channel === 'online'
    ? await submitOnline(ctx.deps, staffOf(ctx, p).id, payload, [])
    : await submitByStaff(ctx.deps, handlerOf(ctx, p), { ...payload, ...receiptFacts(p) }, []);
  p.number = r.number;
  for (const s of stepsOf(p, ctx.deps.calendar)) {
    if (s.on > ctx.today) break;
    ctx.clock.set(s.on);
    await performAction(ctx.deps, actorFor(ctx, p, s.by), r.caseId, s.action, stepPayload(ctx, p, s));
  }
}
