/**
 * Demo reviews and lawsuits (行政复议、行政诉讼) of 示例市公安局 over 2025–2026, each following one
 * of its demo applications: refusals (不予公开, 无法提供) that an applicant took to 示例市人民政府 or
 * to court, and the reopened applications, whose review ended in 结果纠正 (责令重新答复). Worked out
 * from the plans and their dated steps (pure), then recorded through the real service with the
 * seed's clock, so the records, their events and section 四 are genuine.
 */
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { AppealKind, AppealResult } from '../../domain/appeals.ts';
import { addDays, daysBetween } from '../../domain/dates.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { listEvents } from '../../db/repositories/events.ts';
import { findApplication } from '../../db/repositories/appeals.ts';
import { decideAppeal, recordAppeal } from '../appeals.ts';
import type { Deps } from '../deps.ts';
import type { DemoOrganisation } from './accounts.ts';
import type { Plan } from './plans.ts';
import type { SteppingClock } from './runner.ts';
import { stepsOf } from './steps.ts';

const REVIEW_BODY = '示例市人民政府';
const COURT = '示例市中心区人民法院';

/** One demo record: the application it follows, and how it goes. */
export interface AppealPlan {
  plan: Plan;
  kind: AppealKind;
  body: string;
  receivedOn: CivilDate;
  /** Known at filing (a court's 案号), or null. */
  filedNumber: string | null;
  /** The decision, if it falls on or before today. */
  decision: { on: CivilDate; result: Exclude<AppealResult, 'pending'>; number: string | null; note: string } | null;
  notes: string;
  /** For the reopened applications: take the 复议决定书 number from the reopen event. */
  numberFromReopen?: boolean;
}

const REFUSALS = /^(withhold_|unable_not_held)/;

/** The date an application's (first) reply went out, or undefined. */
function firstReply(p: Plan, cal: WorkingCalendar): CivilDate | undefined {
  return stepsOf(p, cal).find((s) => s.action === 'reply')?.on;
}

function reviewNumber(year: string, on: CivilDate): string {
  return `示政复决〔${year}〕${Number(on.slice(5, 7)) * 4 + Math.ceil(Number(on.slice(8, 10)) / 8)}号`;
}

function courtNumber(on: CivilDate): string {
  return `（${on.slice(0, 4)}）示0102行初${Number(on.slice(5, 7)) * 9 + Number(on.slice(8, 10)) % 9}号`;
}

/**
 * The demo records, from the plans of the applications (their numbers filled once submitted):
 * the reopened applications of the 公安局 each had a 行政复议 that ended in 结果纠正; of its
 * refusals, a few went to review or to court, one reviewed and then litigated (复议后起诉); recent
 * ones are still pending. Decisions after `today` are left out (the record stays 尚未审结).
 */
export function planAppeals(plans: readonly Plan[], cal: WorkingCalendar, today: CivilDate): AppealPlan[] {
  const out: AppealPlan[] = [];
  // Reviews are accepted, lawsuits filed and decisions made on working days.
  const at = (d: CivilDate, n: number): CivilDate => {
    let x = addDays(d, n);
    while (!cal.isWorkingDay(x, { estimateBeyond: true })) x = addDays(x, 1);
    return x;
  };
  const decided = (on: CivilDate, d: NonNullable<AppealPlan['decision']>) => (on <= today ? d : null);
  const ga = plans.filter((p) => p.agency === 'ga').sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));

  for (const p of ga.filter((x) => x.scenario === 'reopen').slice(0, 2)) {
    const steps = stepsOf(p, cal);
    const reply = steps.find((s) => s.action === 'reply')?.on;
    const reopen = steps.find((s) => s.action === 'reopen')?.on;
    if (!reply || !reopen || reopen > today) continue;
    const receivedOn = at(reply, Math.min(12, Math.floor(daysBetween(reply, reopen) / 3)));
    const on = at(reopen, -3) < receivedOn || at(reopen, -3) > reopen ? receivedOn : at(reopen, -3);
    out.push({
      plan: p, kind: 'review', body: REVIEW_BODY, receivedOn, filedNumber: null, numberFromReopen: true,
      decision: { on, result: 'corrected', number: null, note: '复议机关认为答复认定事实不清，责令本机关重新答复' },
      notes: '申请人不服本机关作出的政府信息公开答复，向示例市人民政府申请行政复议',
    });
  }

  const refused = ga.filter((p) => ['straight', 'slow', 'extension', 'consultation'].includes(p.scenario) && REFUSALS.test(p.outcome))
    .map((p) => ({ p, reply: firstReply(p, cal) }))
    .filter((x): x is { p: Plan; reply: CivilDate } => x.reply !== undefined && addDays(x.reply, 10) <= today);
  const of2025 = refused.filter((x) => x.reply < '2025-12-01' && x.reply >= '2025-01-01');
  const late2025 = refused.filter((x) => x.reply >= '2025-11-01' && x.reply <= '2025-12-10');
  const of2026 = refused.filter((x) => x.reply >= '2026-01-01');

  const a = of2025[1];
  if (a) {
    const rec = at(a.reply, 18);
    const on = at(rec, 52);
    out.push({
      plan: a.p, kind: 'review', body: REVIEW_BODY, receivedOn: rec, filedNumber: null,
      decision: decided(on, { on, result: 'upheld', number: reviewNumber(on.slice(0, 4), on), note: '复议机关维持本机关的答复' }),
      notes: '申请人认为不予公开理由不成立，申请行政复议',
    });
  }
  const b = of2025[Math.floor(of2025.length / 3)];
  if (b && b !== a) {
    const rec = at(b.reply, 25);
    const on = at(rec, 58);
    out.push({
      plan: b.p, kind: 'review', body: REVIEW_BODY, receivedOn: rec, filedNumber: null,
      decision: decided(on, { on, result: 'upheld', number: reviewNumber(on.slice(0, 4), on), note: '复议机关维持本机关的答复' }),
      notes: '申请人不服不予公开答复，申请行政复议',
    });
    const filed = at(on, 12);
    if (filed <= today) {
      const judged = at(filed, 96);
      out.push({
        plan: b.p, kind: 'litigation_after_review', body: COURT, receivedOn: filed, filedNumber: courtNumber(filed),
        decision: decided(judged, { on: judged, result: 'upheld', number: null, note: '一审判决驳回原告的诉讼请求' }),
        notes: `原告不服行政复议决定，以本机关为被告、${REVIEW_BODY}为共同被告提起行政诉讼（本机关作为原行政行为机关统计）`,
      });
    }
  }
  const c = of2025[Math.floor((of2025.length * 2) / 3)];
  if (c && c !== a && c !== b) {
    const filed = at(c.reply, 40);
    const on = at(filed, 63);
    out.push({
      plan: c.p, kind: 'litigation_direct', body: COURT, receivedOn: filed, filedNumber: courtNumber(filed),
      decision: decided(on, { on, result: 'other', number: null, note: '原告撤回起诉，法院裁定准许' }),
      notes: '原告未经行政复议，直接向人民法院提起行政诉讼',
    });
  }
  const d = late2025.at(-1);
  if (d && ![a, b, c].includes(d)) {
    const filed = at(d.reply, 14);
    const on = at(filed, 85);
    out.push({
      plan: d.p, kind: 'litigation_direct', body: COURT, receivedOn: filed, filedNumber: courtNumber(filed),
      decision: decided(on, { on, result: 'upheld', number: null, note: '一审判决驳回原告的诉讼请求' }),
      notes: '原告未经行政复议，直接提起行政诉讼；案件跨年审结，在2025年度报告中计为尚未审结',
    });
  }
  const e = of2026[0];
  if (e) {
    const rec = at(e.reply, 20);
    const on = at(rec, 30);
    out.push({
      plan: e.p, kind: 'review', body: REVIEW_BODY, receivedOn: rec, filedNumber: null,
      decision: decided(on, { on, result: 'other', number: reviewNumber(on.slice(0, 4), on), note: '申请人撤回行政复议申请，复议机关决定终止行政复议' }),
      notes: '申请人不服不予公开答复，申请行政复议',
    });
  }
  const f = of2026.at(-1);
  if (f && f !== e) {
    const rec = at(f.reply, 9);
    out.push({ plan: f.p, kind: 'review', body: REVIEW_BODY, receivedOn: rec, filedNumber: null, decision: null, notes: '申请人不服不予公开答复，申请行政复议，复议机关已受理' });
  }
  return out.filter((a) => a.receivedOn <= today);
}

/** What recording the demo records needs. */
export interface AppealSeedContext {
  deps: Deps;
  clock: SteppingClock;
  org: DemoOrganisation;
  today: CivilDate;
}

/** Records the planned reviews and lawsuits through the service; returns how many. */
export async function seedAppeals(ctx: AppealSeedContext, plans: readonly AppealPlan[]): Promise<number> {
  const staff = ctx.org.ga;
  const handler = staff.handlers[0];
  if (!handler) throw new Error('demo agency without handler');
  const notified = (d: CivilDate) => (addDays(d, 3) > ctx.today ? ctx.today : addDays(d, 3));
  let n = 0;
  for (const a of plans) {
    const number = a.plan.number;
    if (!number) continue;
    ctx.clock.set(notified(a.receivedOn));
    const id = await recordAppeal(ctx.deps, handler, {
      kind: a.kind, claimant: a.plan.applicant.applicantName, body: a.body, receivedOn: a.receivedOn, result: 'pending',
      applicationNumber: number, caseNumber: a.filedNumber ?? '', notes: a.notes,
    });
    n++;
    if (!a.decision) continue;
    let docNumber = a.decision.number;
    if (a.numberFromReopen) {
      const app = await findApplication(ctx.deps.db, staff.id, { number });
      const reopen = app ? (await listEvents(ctx.deps.db, app.id)).find((e) => e.action === 'reopen') : undefined;
      docNumber = /示政复决〔\d{4}〕\d+号/.exec(reopen?.data.summary ?? '')?.[0] ?? null;
    }
    ctx.clock.set(notified(a.decision.on));
    await decideAppeal(ctx.deps, staff.reviewer, id, { result: a.decision.result, decidedOn: a.decision.on, caseNumber: docNumber ?? '', note: a.decision.note });
  }
  return n;
}
