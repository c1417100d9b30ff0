/**
 * The dated workflow steps of one demo application, worked out from its scenario and timing in
 * working days (条例 第三十条、第三十三条 periods on the real calendar). Pure: the runner takes the
 * steps dated up to `today` and leaves the rest, so recent cases stay open.
 */
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { addWorkingDays, FEE_PAYMENT_WORKING_DAYS } from '../../domain/deadline.ts';
import type { Action } from '../../domain/workflow.ts';
import { DEFAULT_CASE_SETTINGS } from '../agency-settings.ts';
import type { Rng } from './rng.ts';

/** How an application goes (see scenarios.ts for their weights). */
export type Scenario =
  | 'straight' | 'on_the_spot' | 'correction' | 'abandoned' | 'consultation' | 'extension'
  | 'fee' | 'unpaid' | 'repeat' | 'reopen' | 'slow' | 'stalled';

/** Working-day offsets of a scenario's steps (each relative to the step it follows, see `stepsOf`). */
export interface Timing {
  accept: number;
  decide: number;
  reply: number;
  close: number;
  corr: number;
  supp: number;
  consultStart: number;
  consultLen: number;
  extendAt: number;
  feeAt: number;
  payLen: number;
  reopenAfter: number;
  redecide: number;
}

/** One step: its date, action, who takes it and, for decisions, the outcome. */
export interface Step {
  on: CivilDate;
  action: Action;
  by: 'handler' | 'reviewer' | 'head';
  outcome?: string;
}

/** What `stepsOf` needs of a plan. */
export interface StepInput {
  receivedOn: CivilDate;
  scenario: Scenario;
  outcome: string;
  /** The first outcome of a reopened case. */
  firstOutcome?: string;
  t: Timing;
}

/** Draws the timing of a scenario; fix-ups may overwrite single values afterwards. */
export function drawTiming(rng: Rng, s: Scenario): Timing {
  const t: Timing = {
    accept: rng.int(1, 2), decide: rng.int(5, 12) + rng.int(0, 6), reply: rng.int(1, 3), close: rng.int(1, 6),
    corr: rng.int(1, 5), supp: rng.int(2, 10), consultStart: rng.int(2, 6), consultLen: rng.int(5, 14),
    extendAt: rng.int(14, 18), feeAt: rng.int(3, 8), payLen: rng.int(2, 10), reopenAfter: rng.int(15, 40), redecide: rng.int(5, 12),
  };
  if (s === 'slow') t.decide = rng.int(22, 30);
  if (s === 'stalled') t.decide = 120;
  if (s === 'repeat') t.decide = rng.int(3, 8);
  if (s === 'extension') t.decide = rng.int(24, 36);
  if (s === 'correction') t.decide = rng.int(4, 14);
  if (s === 'consultation' || s === 'fee') t.decide = rng.int(2, 7);
  if (s === 'abandoned' || s === 'unpaid') t.supp = t.payLen = rng.int(1, 3);
  if (s === 'on_the_spot') t.close = rng.int(1, 3);
  return t;
}

/** Helpers to lay out steps: dates `n` working days on, and the decide → reply → close tail. */
class Layout {
  readonly steps: Step[] = [];
  readonly r0: CivilDate;

  constructor(readonly p: StepInput, readonly cal: WorkingCalendar) {
    this.r0 = p.receivedOn;
  }

  at(from: CivilDate, n: number): CivilDate {
    return addWorkingDays(this.cal, from, Math.max(0, n));
  }

  push(on: CivilDate, action: Action, by: Step['by'] = 'handler', outcome?: string): CivilDate {
    this.steps.push(outcome ? { on, action, by, outcome } : { on, action, by });
    return on;
  }

  accept(): CivilDate {
    return this.push(this.at(this.r0, this.p.t.accept), 'accept');
  }

  /** The decision (or 6.1 / 6.2 ending), the reply and the closing; returns the closing date. */
  answer(decidedOn: CivilDate, outcome: string, action: Action = 'decide'): CivilDate {
    this.push(decidedOn, action, action === 'decide' ? 'reviewer' : 'handler', outcome);
    const replied = this.push(this.at(decidedOn, this.p.t.reply), 'reply');
    return this.push(this.at(replied, this.p.t.close), 'close');
  }

  /** Assignment by the reviewer and the one-time 补正 notice (第三十条); returns its date. */
  correction(): CivilDate {
    const asked = this.push(this.at(this.r0, this.p.t.corr), 'assign', 'reviewer');
    return this.push(asked, 'request_correction');
  }
}

const ordinary = (l: Layout) => {
  l.accept();
  return l.answer(l.at(l.r0, Math.max(l.p.t.decide, l.p.t.accept + 1)), l.p.outcome);
};

const LAYOUTS: Record<Scenario, (l: Layout) => void> = {
  on_the_spot: (l) => {
    l.push(l.r0, 'decide', 'reviewer', l.p.outcome);
    l.push(l.r0, 'reply');
    l.push(l.at(l.r0, l.p.t.close), 'close');
  },
  straight: ordinary, repeat: ordinary, slow: ordinary, stalled: ordinary,
  reopen: (l) => {
    const { t } = l.p;
    l.accept();
    const closed = l.answer(l.at(l.r0, Math.max(t.decide, t.accept + 1)), l.p.firstOutcome ?? 'unable_not_held');
    const reopened = l.push(l.at(closed, t.reopenAfter), 'reopen', 'head');
    l.answer(l.at(reopened, t.redecide), l.p.outcome);
  },
  correction: (l) => {
    const supplemented = l.push(l.at(l.correction(), l.p.t.supp), 'record_supplement');
    l.answer(l.at(supplemented, l.p.t.decide), l.p.outcome);
  },
  abandoned: (l) => {
    // Abandoned only once the 补正 period has run out (第三十条).
    l.answer(l.at(l.correction(), DEFAULT_CASE_SETTINGS.correctionPeriodDays + l.p.t.supp), 'other_no_supplement', 'mark_abandoned');
  },
  consultation: (l) => {
    const { t } = l.p;
    l.accept();
    const started = l.push(l.at(l.r0, Math.max(t.consultStart, t.accept)), 'start_consultation');
    const ended = l.push(l.at(started, t.consultLen), 'end_consultation');
    l.answer(l.at(ended, t.decide), l.p.outcome);
  },
  extension: (l) => {
    const { t } = l.p;
    l.accept();
    l.push(l.at(l.r0, Math.max(t.extendAt, t.accept)), 'extend', 'head');
    l.answer(l.at(l.r0, Math.max(t.decide, t.extendAt + 1)), l.p.outcome);
  },
  fee: (l) => {
    l.accept();
    const noticed = l.push(l.at(l.r0, Math.max(l.p.t.feeAt, l.p.t.accept)), 'issue_fee_notice');
    const paid = l.push(l.at(noticed, l.p.t.payLen), 'record_payment');
    l.answer(l.at(paid, l.p.t.decide), l.p.outcome);
  },
  unpaid: (l) => {
    l.accept();
    const noticed = l.push(l.at(l.r0, Math.max(l.p.t.feeAt, l.p.t.accept)), 'issue_fee_notice');
    // Not paid within the 20 working days of the notice: no longer processed.
    l.answer(l.at(noticed, FEE_PAYMENT_WORKING_DAYS + l.p.t.payLen), 'other_unpaid', 'mark_unpaid');
  },
};

/** The steps of an application, in date order. */
export function stepsOf(p: StepInput, cal: WorkingCalendar): Step[] {
  const l = new Layout(p, cal);
  LAYOUTS[p.scenario](l);
  return l.steps;
}

/** The first decision date and the outcome in force at the end of `until` (as the annual report counts). */
export function decisionAsOf(steps: readonly Step[], until: CivilDate): { first: CivilDate | null; outcome: string | null } {
  let first: CivilDate | null = null;
  let outcome: string | null = null;
  for (const s of steps) {
    if (s.on > until) break;
    if (s.outcome) {
      first ??= s.on;
      outcome = s.outcome;
    }
  }
  return { first, outcome };
}
