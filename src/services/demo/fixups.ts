/**
 * Adjustments that make the random demo plans show everything the console and the annual report can
 * show: every outcome row in each year for 示例市公安局, every open status as of `today`, overdue and
 * due-soon cases (a slow 刑警大队 leaves some undecided), and cases received in late December 2025
 * that are decided only in January 2026 (carried over: 2025 row 四, 2026 row 二).
 */
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { addDays } from '../../domain/dates.ts';
import { OUTCOMES } from '../../domain/outcomes.ts';
import { newPlan, recast, sortPlans, workingDaysOf } from './plans.ts';
import type { DemoAgency, Plan } from './plans.ts';
import type { ApplicantPool } from './people.ts';
import type { Rng } from './rng.ts';
import { decisionAsOf, stepsOf } from './steps.ts';
import type { Scenario, Timing } from './steps.ts';

interface FixContext {
  rng: Rng;
  cal: WorkingCalendar;
  today: CivilDate;
  pools: Record<DemoAgency, ApplicantPool>;
  plans: Plan[];
  /** Working days from 2025-01-02 up to today; the last one has age 0. */
  days: CivilDate[];
}

function ageOf(ctx: FixContext, d: CivilDate): number {
  const i = ctx.days.indexOf(d);
  return i < 0 ? -1 : ctx.days.length - 1 - i;
}

function dayAtAge(ctx: FixContext, age: number): CivilDate | undefined {
  return ctx.days[ctx.days.length - 1 - age];
}

/** An unclaimed plan of `agency` whose receipt is `lo`–`hi` working days before today, or a new one. */
function claim(ctx: FixContext, agency: DemoAgency, lo: number, hi: number): Plan | undefined {
  const free = ctx.plans.filter((p) => p.agency === agency && !p.claimed && ageOf(ctx, p.receivedOn) >= lo && ageOf(ctx, p.receivedOn) <= hi);
  if (free.length) return ctx.rng.pick(free);
  const day = dayAtAge(ctx, ctx.rng.int(lo, hi));
  if (!day) return undefined;
  const p = newPlan(ctx.rng, ctx.pools[agency], agency, day, 'straight');
  ctx.plans.push(p);
  return p;
}

type TailRule = { agency: DemoAgency; lo: number; hi: number; s: Scenario; t: (age: number) => Partial<Timing> };

/** Open cases of every status as of today, overdue ones and ones due within 5 working days. */
const TAIL: readonly TailRule[] = [
  { agency: 'ga', lo: 0, hi: 0, s: 'straight', t: () => ({ accept: 1 }) }, // 已收到
  { agency: 'ga', lo: 3, hi: 6, s: 'correction', t: () => ({ corr: 2, supp: 15 }) }, // 待补正
  { agency: 'ga', lo: 7, hi: 11, s: 'consultation', t: () => ({ accept: 1, consultStart: 3, consultLen: 20 }) }, // 征求意见中
  { agency: 'ga', lo: 8, hi: 12, s: 'fee', t: () => ({ accept: 1, feeAt: 5, payLen: 18 }) }, // 待缴费
  { agency: 'ga', lo: 17, hi: 19, s: 'extension', t: (a) => ({ accept: 1, extendAt: a - 1, decide: 38 }) }, // 已延期
  { agency: 'ga', lo: 12, hi: 14, s: 'straight', t: (a) => ({ accept: 1, decide: a - 1, reply: 5 }) }, // 已决定待答复
  { agency: 'ga', lo: 12, hi: 16, s: 'straight', t: (a) => ({ accept: 1, decide: a - 4, reply: 1, close: 8 }) }, // 已答复
  ...[15, 16, 17, 18, 19].map((d): TailRule => ({ agency: 'ga', lo: d, hi: d, s: 'straight', t: () => ({ accept: 1, decide: 30 }) })), // 即将到期
  ...[24, 29, 35, 42].map((d): TailRule => ({ agency: 'ga', lo: d - 1, hi: d + 1, s: 'stalled', t: () => ({ accept: 2 }) })), // 已超期
  { agency: 'jy', lo: 0, hi: 2, s: 'straight', t: () => ({ accept: 3 }) },
  { agency: 'jy', lo: 4, hi: 10, s: 'straight', t: () => ({ accept: 1, decide: 25 }) },
  { agency: 'jy', lo: 25, hi: 32, s: 'stalled', t: () => ({ accept: 1 }) },
];

function applyTail(ctx: FixContext): void {
  for (const rule of TAIL) {
    const p = claim(ctx, rule.agency, rule.lo, rule.hi);
    if (!p) continue;
    recast(ctx.rng, p, rule.s);
    Object.assign(p.t, rule.t(ageOf(ctx, p.receivedOn)));
  }
}

/** Working days after `from` until the first one on or after `to`. */
function workingDaysUntil(cal: WorkingCalendar, from: CivilDate, to: CivilDate): number {
  let n = 0;
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) if (cal.isWorkingDay(d, { estimateBeyond: true })) n++;
  return n + 1;
}

/** Late-December 2025 cases decided in January 2026 (at least six of the 公安局's). */
function applyCarryOver(ctx: FixContext): void {
  if (ctx.today < '2026-01-20') return;
  const lateDec = (p: Plan) => p.receivedOn >= '2025-12-12' && p.receivedOn <= '2025-12-31';
  const carried = () => ctx.plans.filter((p) => p.agency === 'ga' && p.receivedOn < '2026-01-01' && (decisionAsOf(stepsOf(p, ctx.cal), '2025-12-31').first === null));
  for (let i = 0; i < 12 && carried().length < 6; i++) {
    const p = ctx.plans.find((x) => x.agency === 'ga' && lateDec(x) && !x.claimed && !carried().includes(x)) ?? claimDecember(ctx);
    recast(ctx.rng, p, 'straight');
    p.t.decide = Math.min(19, workingDaysUntil(ctx.cal, p.receivedOn, '2026-01-05') + ctx.rng.int(0, 3));
  }
}

function claimDecember(ctx: FixContext): Plan {
  const days = workingDaysOf(ctx.cal, 2025, '2025-12-31').filter((d) => d >= '2025-12-15');
  const p = newPlan(ctx.rng, ctx.pools.ga, 'ga', ctx.rng.pick(days), 'straight');
  ctx.plans.push(p);
  return p;
}

/** The scenario that produces an outcome (6.1 and 6.2 follow from the workflow, 5.2 is a repeat). */
const SCENARIO_OF: Record<string, Scenario> = {
  other_no_supplement: 'abandoned', other_unpaid: 'unpaid', reject_repeat: 'repeat',
  unable_still_unclear: 'correction', withhold_third_party: 'consultation',
};

/** An earlier plan of the same agency and a different applicant, 2–7 weeks before `p`. */
function originalFor(ctx: FixContext, p: Plan): Plan | undefined {
  const from = addDays(p.receivedOn, -49);
  const to = addDays(p.receivedOn, -14);
  const c = ctx.plans.filter((x) => x !== p && x.agency === p.agency && x.scenario !== 'repeat' && x.receivedOn >= from && x.receivedOn <= to && x.applicant !== p.applicant);
  return c.length ? ctx.rng.pick(c) : undefined;
}

/** Repeats drawn at random get their original; without one they become ordinary cases. */
function linkRepeats(ctx: FixContext): void {
  for (const p of ctx.plans.filter((x) => x.scenario === 'repeat' && !x.repeatOf)) {
    const orig = originalFor(ctx, p);
    recast(ctx.rng, p, orig ? 'repeat' : 'straight', undefined, orig);
    p.claimed = false;
  }
}

function outcomesOfYear(ctx: FixContext, year: number): Set<string> {
  const end = `${year}-12-31` < ctx.today ? `${year}-12-31` : ctx.today;
  const found = new Set<string>();
  for (const p of ctx.plans) {
    if (p.agency !== 'ga') continue;
    const d = decisionAsOf(stepsOf(p, ctx.cal), end);
    if (d.first && d.first >= `${year}-01-01` && d.outcome) found.add(d.outcome);
  }
  return found;
}

/** A common-outcome ordinary plan of the 公安局 received February–September of `year`, or a new one. */
function coverageCandidate(ctx: FixContext, year: number): Plan | undefined {
  const from = `${year}-02-01`;
  const to = `${year}-09-30`;
  const old = (d: CivilDate) => d >= from && d <= to && ageOf(ctx, d) >= 45;
  const free = ctx.plans.filter((p) => p.agency === 'ga' && !p.claimed && p.scenario === 'straight' && (p.outcome === 'disclose' || p.outcome === 'unable_not_held') && old(p.receivedOn));
  if (free.length) return ctx.rng.pick(free);
  const days = ctx.days.filter(old);
  if (!days.length) return undefined;
  const p = newPlan(ctx.rng, ctx.pools.ga, 'ga', ctx.rng.pick(days), 'straight');
  ctx.plans.push(p);
  return p;
}

/** Every outcome row of the report in each year for the 公安局, in cases received February–September. */
function applyCoverage(ctx: FixContext): void {
  for (let year = 2025; `${year}-02-01` <= ctx.today; year++) {
    const found = outcomesOfYear(ctx, year);
    for (const o of OUTCOMES.filter((x) => !found.has(x.code))) {
      const s = SCENARIO_OF[o.code] ?? 'straight';
      const p = coverageCandidate(ctx, year);
      if (!p) continue;
      const orig = s === 'repeat' ? originalFor(ctx, p) : undefined;
      if (s === 'repeat' && !orig) continue;
      recast(ctx.rng, p, s, s === 'straight' || s === 'correction' || s === 'consultation' ? o.code : undefined, orig);
    }
  }
}

/** Applies every fix-up; returns the plans (some added) in receipt order. */
export function fixPlans(rng: Rng, cal: WorkingCalendar, today: CivilDate, plans: Plan[], pools: Record<DemoAgency, ApplicantPool>): Plan[] {
  const days: CivilDate[] = [];
  for (let y = 2025; y <= Number(today.slice(0, 4)); y++) days.push(...workingDaysOf(cal, y, today));
  const ctx: FixContext = { rng, cal, today, pools, plans, days };
  linkRepeats(ctx);
  applyTail(ctx);
  applyCarryOver(ctx);
  applyCoverage(ctx);
  return sortPlans(ctx.plans);
}
