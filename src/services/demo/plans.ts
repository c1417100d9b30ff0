/**
 * Plans of the demo applications: when each arrives, through which channel, from whom, how it goes
 * (scenario) and how it ends (outcome). Drawn from a seeded generator, so the same seed and `today`
 * always give the same plans. The realistic mix is here; fixups.ts then guarantees coverage.
 */
import type { ApplicantType } from '../../domain/applicants.ts';
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { addDays } from '../../domain/dates.ts';
import type { DemoApplicant } from './people.ts';
import { ApplicantPool } from './people.ts';
import type { DemoRequest } from './requests-catalog.ts';
import type { Rng } from './rng.ts';
import { drawTiming } from './steps.ts';
import type { Scenario, Timing } from './steps.ts';

export type DemoAgency = 'ga' | 'jy';

/** One demo application before it is submitted. */
export interface Plan {
  agency: DemoAgency;
  receivedOn: CivilDate;
  channel: string;
  /** Letters: a registered letter signed for, or a 平常信函 confirmed with the applicant (第三十一条第（二）项). */
  ordinaryLetter: boolean;
  applicant: DemoApplicant;
  formWanted: string;
  deliveryWanted: string;
  scenario: Scenario;
  outcome: string;
  firstOutcome?: string;
  repeatOf?: Plan;
  t: Timing;
  /** Index of the handler among the agency's handlers. */
  handler: number;
  /** Pages of a fee notice (按量计收) and the reason of an extension. */
  pages: number;
  extensionReason: string;
  /** Taken by a fix-up: later fix-ups leave it alone. */
  claimed: boolean;
  /** Filled before submission (drawn in receipt order, so a repeat can copy its original). */
  request?: DemoRequest;
  /** Filled when submitted. */
  number?: string;
}

/** Applications a year per agency (公安局 about 180, 教育局 about 40). */
export const YEARLY_VOLUME: Record<DemoAgency, number> = { ga: 180, jy: 40 };

const APPLICANT_MIX: Record<ApplicantType, number> = { natural_person: 74, commercial: 8, legal_services: 8, research: 3, public_welfare: 3, other_org: 4 };
const CHANNEL_MIX = { online: 48, letter: 30, in_person: 8, email: 6, oral: 4, fax: 3 };
const SCENARIO_MIX: Record<Exclude<Scenario, 'on_the_spot' | 'stalled'>, number> = {
  straight: 60, correction: 9, abandoned: 1.5, consultation: 6, extension: 8, fee: 3, unpaid: 1, repeat: 3, reopen: 1.5, slow: 4,
};

/** The realistic outcome mix of a decision taken in the ordinary way. */
export const OUTCOME_MIX: Record<DemoAgency, Record<string, number>> = {
  ga: {
    disclose: 34, partial: 8, withhold_state_secret: 0.5, withhold_law_prohibited: 1.5, withhold_three_security: 1, withhold_third_party: 1,
    withhold_internal_affairs: 2, withhold_process_info: 2.5, withhold_enforcement_file: 4, withhold_query_matter: 5, unable_not_held: 20,
    unable_needs_creation: 4, reject_petition: 9, reject_publication: 1, reject_excessive: 0.5, reject_confirm: 1.5, other: 2,
  },
  jy: {
    disclose: 45, partial: 8, withhold_third_party: 1, withhold_internal_affairs: 2, withhold_process_info: 3, unable_not_held: 20,
    unable_needs_creation: 4, reject_petition: 12, reject_publication: 1, reject_confirm: 1, other: 3,
  },
};

const EXTENSION_REASONS = [
  '所申请信息涉及多个内设机构，需调取历年档案逐一核查，正常期限内难以答复',
  '所申请信息数量较大，需检索、复制和区分处理，正常期限内难以答复',
  '所申请信息需向下属单位调取核实，正常期限内难以答复',
];

/** Working days of `year` up to `until` (all of them if the year is over). */
export function workingDaysOf(cal: WorkingCalendar, year: number, until: CivilDate): CivilDate[] {
  const days: CivilDate[] = [];
  for (let d = `${year}-01-02`; d <= `${year}-12-31` && d <= until; d = addDays(d, 1)) {
    if (cal.isWorkingDay(d, { estimateBeyond: true })) days.push(d);
  }
  return days;
}

/** Outcome and, for reopened cases, the first outcome, for a scenario. */
export function outcomeFor(rng: Rng, agency: DemoAgency, s: Scenario): { outcome: string; firstOutcome?: string } {
  switch (s) {
    case 'abandoned': return { outcome: 'other_no_supplement' };
    case 'unpaid': return { outcome: 'other_unpaid' };
    case 'repeat': return { outcome: 'reject_repeat' };
    case 'fee': return { outcome: rng.weighted({ disclose: 7, partial: 3 }) };
    case 'on_the_spot': return { outcome: rng.weighted<string>(agency === 'ga' ? { disclose: 6, other: 2.5, withhold_query_matter: 1.5 } : { disclose: 6, other: 2.5 }) };
    case 'consultation': return { outcome: rng.weighted({ withhold_third_party: 4, partial: 3.5, disclose: 2.5 }) };
    case 'reopen': return {
      outcome: rng.weighted({ disclose: 5, partial: 5 }),
      firstOutcome: rng.weighted<string>(agency === 'ga' ? { unable_not_held: 5, withhold_process_info: 2.5, withhold_enforcement_file: 2.5 } : { unable_not_held: 5, withhold_process_info: 2.5 }),
    };
    case 'correction': return { outcome: rng.weighted({ ...OUTCOME_MIX[agency], unable_still_unclear: 10 }) };
    default: return { outcome: rng.weighted(OUTCOME_MIX[agency]) };
  }
}

/** A plan of `agency` received on `receivedOn`, with a scenario drawn from the mix (or given). */
export function newPlan(rng: Rng, pool: ApplicantPool, agency: DemoAgency, receivedOn: CivilDate, scenario?: Scenario): Plan {
  const applicant = pool.draw(rng.weighted(APPLICANT_MIX));
  const channel = applicant.applicantType === 'natural_person' ? rng.weighted(CHANNEL_MIX) : rng.weighted({ letter: 5, online: 4, email: 1 });
  let s: Scenario = scenario ?? rng.weighted(SCENARIO_MIX);
  if (!scenario && s === 'straight' && (channel === 'in_person' || channel === 'oral') && rng.chance(0.35)) s = 'on_the_spot';
  const delivery = channel === 'email' ? 'email' : rng.weighted({ post: 45, email: 20, pickup: 15, online: 15 });
  return {
    agency, receivedOn, channel, ordinaryLetter: channel === 'letter' && rng.chance(0.3), applicant,
    formWanted: rng.weighted({ paper: 40, electronic: 35, either: 25 }),
    deliveryWanted: delivery === 'email' && !applicant.email ? 'post' : delivery,
    scenario: s, ...outcomeFor(rng, agency, s), t: drawTiming(rng, s),
    handler: rng.chance(0.6) ? 0 : 1, pages: rng.int(120, 480), extensionReason: rng.pick(EXTENSION_REASONS),
    claimed: false,
  };
}

/** Makes `p` follow scenario `s` (new outcome and timing); a repeat copies its original's applicant. */
export function recast(rng: Rng, p: Plan, s: Scenario, outcome?: string, repeatOf?: Plan): void {
  p.scenario = s;
  const o = outcomeFor(rng, p.agency, s);
  p.outcome = outcome ?? o.outcome;
  if (o.firstOutcome) p.firstOutcome = o.firstOutcome;
  else delete p.firstOutcome;
  p.t = drawTiming(rng, s);
  if (repeatOf) {
    p.repeatOf = repeatOf;
    p.applicant = repeatOf.applicant;
  } else delete p.repeatOf;
  p.claimed = true;
}

/** Random plans of both agencies from 2025-01-02 up to `today`, in receipt order. */
export function drawPlans(rng: Rng, cal: WorkingCalendar, today: CivilDate): { plans: Plan[]; pools: Record<DemoAgency, ApplicantPool> } {
  const pools: Record<DemoAgency, ApplicantPool> = { ga: new ApplicantPool(rng), jy: new ApplicantPool(rng) };
  const plans: Plan[] = [];
  for (let year = 2025; year <= Number(today.slice(0, 4)); year++) {
    const all = workingDaysOf(cal, year, `${year}-12-31`);
    const sofar = all.filter((d) => d <= today);
    for (const agency of ['ga', 'jy'] as const) {
      const n = Math.round((YEARLY_VOLUME[agency] * sofar.length) / Math.max(1, all.length));
      for (let i = 0; i < n; i++) plans.push(newPlan(rng, pools[agency], agency, rng.pick(sofar)));
    }
  }
  return { plans: sortPlans(plans), pools };
}

/** Plans in receipt order (stable). */
export function sortPlans(plans: Plan[]): Plan[] {
  return plans.map((p, i) => ({ p, i })).sort((a, b) => a.p.receivedOn.localeCompare(b.p.receivedOn) || a.i - b.i).map((x) => x.p);
}
