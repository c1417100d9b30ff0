/**
 * The demo's applications as plans: random ones in a realistic mix (plans.ts), adjusted to cover
 * every status and report row (fixups.ts), each with a request that fits how it ends. Same seed and
 * `today`, same plans.
 */
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { fixPlans } from './fixups.ts';
import { drawPlans } from './plans.ts';
import type { Plan } from './plans.ts';
import { drawRequest, hasRequests } from './requests-catalog.ts';
import { Rng } from './rng.ts';

/** Where undecided, overdue cases pile up (a slow department, for the inbox to show). */
const SLOW_DEPARTMENT = { ga: '刑警大队', jy: '基础教育科' } as const;

/** The catalogue key of the request a plan makes. */
function requestKey(p: Plan): string {
  if (p.scenario === 'fee' || p.scenario === 'unpaid') return 'bulk';
  if (p.scenario === 'abandoned') return 'vague';
  if (p.scenario === 'reopen') return 'disclose';
  return hasRequests(p.agency, p.outcome) ? p.outcome : 'disclose';
}

/** Draws the requests in receipt order; a repeat asks again for what its original asked. */
function drawRequests(rng: Rng, plans: readonly Plan[]): void {
  for (const p of plans) {
    const orig = p.repeatOf?.request;
    p.request = orig
      ? { ...orig, infoDescription: orig.infoDescription.replace(/。$/, '，请尽快提供。'), reason: null }
      : drawRequest(rng, p.agency, requestKey(p), p.outcome, p.receivedOn, {
        organisation: p.applicant.applicantType !== 'natural_person',
        ...(p.scenario === 'stalled' ? { dept: SLOW_DEPARTMENT[p.agency] } : {}),
      });
  }
}

/** Every demo application from 2025-01-02 up to `today`, in receipt order. */
export function planDemo(seed: number, cal: WorkingCalendar, today: CivilDate): Plan[] {
  const rng = new Rng(seed);
  const drawn = drawPlans(rng, cal, today);
  const plans = fixPlans(rng, cal, today, drawn.plans, drawn.pools);
  drawRequests(rng, plans);
  return plans;
}
