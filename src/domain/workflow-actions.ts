/**
 * What each workflow action does to a case: its guards (dates, once-only rules) and its changes.
 * Pure: `today`, the calendar and the settings come in through the context.
 */
import type { ApplicationCase, CaseChanges } from './case.ts';
import type { WorkingCalendar } from './calendar.ts';
import type { CivilDate } from './dates.ts';
import { caseDeadline } from './case-deadline.ts';
import { addWorkingDays, CORRECTION_NOTICE_WORKING_DAYS, FEE_PAYMENT_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS } from './deadline.ts';
import type { FeeClockMode, Pause } from './deadline.ts';
import { DomainError } from './errors.ts';
import { perItemFee, perPageFee } from './fees.ts';
import { DECIDABLE_OUTCOMES, outcomeDef } from './outcomes.ts';
import { choiceField, dateField, intField, optionalText, requireText } from './payload.ts';
import type { Payload } from './payload.ts';
import { can, rolesFor } from './roles.ts';
import { ACTIONS, resolveTarget, statusLabel, TRANSITIONS } from './workflow.ts';
import type { Action, Status } from './workflow.ts';

export interface ActionContext {
  today: CivilDate;
  roles: readonly string[];
  actorUserId: number;
  calendar: WorkingCalendar;
  feeClockMode: FeeClockMode;
  /** Working days given to the applicant to supplement (a "reasonable period", 第三十条). */
  correctionPeriodDays: number;
}

export interface ActionResult {
  to: Status;
  changes: CaseChanges;
  pauseStart?: { kind: Pause['kind']; party: string; startOn: CivilDate; note: string | null };
  pauseEnd?: { endOn: CivilDate };
  /** One line for the case timeline. */
  summary: string;
}

type Handler = (c: ApplicationCase, p: Payload, ctx: ActionContext) => Omit<ActionResult, 'to'> & { to?: Status };

/** Checks role and transition, runs the action's guards, and returns the changes to persist. */
export function applyAction(c: ApplicationCase, action: Action, p: Payload, ctx: ActionContext): ActionResult {
  const def = ACTIONS[action];
  if (!can(ctx.roles, def.permission)) {
    throw new DomainError('FORBIDDEN', `“${def.label}”需由${rolesFor(def.permission)}办理`);
  }
  const t = TRANSITIONS[action];
  if (!(t.from as readonly string[]).includes(c.status)) {
    throw new DomainError('TRANSITION_NOT_ALLOWED', `案件当前状态为“${statusLabel(c.status)}”，不能${def.label}`);
  }
  const r = HANDLERS[action](c, p, ctx);
  const to = r.to ?? resolveTarget(t.to, c.status as Status, r.changes.extensionDays ?? c.extensionDays);
  return { ...r, to };
}

function currentDue(c: ApplicationCase, ctx: ActionContext): CivilDate | null {
  return caseDeadline(c, ctx.calendar, ctx.feeClockMode).dueOn;
}

function decision(outcome: string, on: CivilDate, c: ApplicationCase, reason: string | null): CaseChanges {
  const def = outcomeDef(outcome);
  return { outcome, outcomeBasis: def?.article ?? null, outcomeReason: reason, decidedOn: on, firstDecidedOn: c.firstDecidedOn ?? on };
}

const HANDLERS: Record<Action, Handler> = {
  accept: (_c, p) => ({ changes: assignment(p), summary: '受理申请，开始办理' }),

  request_correction: (c, p, ctx) => {
    if (c.correctionRequestedOn) throw new DomainError('TRANSITION_NOT_ALLOWED', '补正只能一次性告知（第三十条），本案已告知过补正');
    const on = dateField(p, 'requestedOn', '告知补正日期', { fallback: ctx.today, notAfter: ctx.today, notBefore: c.receivedOn });
    const limit = addWorkingDays(ctx.calendar, c.receivedOn, CORRECTION_NOTICE_WORKING_DAYS);
    if (on > limit) {
      throw new DomainError('TRANSITION_NOT_ALLOWED', `补正应在收到申请之日起${CORRECTION_NOTICE_WORKING_DAYS}个工作日内一次性告知（第三十条），本案期限为${limit}，已超过`);
    }
    const items = requireText(p, 'items', '需要补正的事项');
    const dueOn = dateField(p, 'dueOn', '补正期限', { fallback: addWorkingDays(ctx.calendar, on, ctx.correctionPeriodDays), notBefore: on });
    return { changes: { correctionRequestedOn: on, correctionItems: items, correctionDueOn: dueOn }, summary: `告知补正：${items}（补正期限 ${dueOn}）` };
  },

  record_supplement: (c, p, ctx) => {
    const on = dateField(p, 'supplementedOn', '收到补正材料日期', { fallback: ctx.today, notAfter: ctx.today, notBefore: c.correctionRequestedOn ?? c.receivedOn });
    return { changes: { supplementedOn: on }, summary: `收到补正材料（${on}），答复期限自次日起重新计算` };
  },

  mark_abandoned: (c, _p, ctx) => {
    if (!c.correctionDueOn || ctx.today <= c.correctionDueOn) {
      throw new DomainError('TRANSITION_NOT_ALLOWED', `补正期限（${c.correctionDueOn ?? '未设定'}）尚未届满，不能视为放弃申请`);
    }
    return { changes: decision('other_no_supplement', ctx.today, c, '申请人无正当理由逾期不补正，视为放弃申请（第三十条）'), summary: '逾期未补正，视为放弃申请' };
  },

  start_consultation: (c, p, ctx) => {
    const kind = choiceField(p, 'kind', '征求意见对象', ['third_party', 'other_agency'] as const);
    const party = requireText(p, 'party', '征求意见对象名称', 200);
    const startOn = dateField(p, 'startOn', '发出征求意见日期', { fallback: ctx.today, notAfter: ctx.today, notBefore: c.supplementedOn ?? c.receivedOn });
    const note = optionalText(p, 'note', '说明') ?? null;
    const who = kind === 'third_party' ? '第三方' : '其他机关';
    return { changes: {}, pauseStart: { kind, party, startOn, note }, summary: `向${who}“${party}”征求意见（${startOn}起，期间不计入答复期限）` };
  },

  end_consultation: (c, p, ctx) => {
    const open = c.pauses.find((x) => x.endOn === null);
    if (!open) throw new DomainError('TRANSITION_NOT_ALLOWED', '没有进行中的征求意见');
    const endOn = dateField(p, 'endOn', '收到意见日期', { fallback: ctx.today, notAfter: ctx.today, notBefore: open.startOn });
    return { changes: {}, pauseEnd: { endOn }, summary: `征求意见结束（${endOn}），恢复计时` };
  },

  extend: (c, p, ctx) => {
    if (c.extensionDays > 0) throw new DomainError('TRANSITION_NOT_ALLOWED', '答复期限只能延长一次（第三十三条）');
    const days = intField(p, 'days', '延长天数', 1, MAX_EXTENSION_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS);
    const reason = requireText(p, 'reason', '延期理由');
    const due = currentDue(c, ctx);
    if (due && ctx.today > due) throw new DomainError('TRANSITION_NOT_ALLOWED', `答复期限已于${due}届满，不能再延长`);
    // Extended during a consultation: the pause goes on; ending it resumes to 已延期.
    const stay = c.status === 'consulting' ? { to: 'consulting' as const } : {};
    return { ...stay, changes: { extensionDays: days, extensionReason: reason, extensionApprovedBy: ctx.actorUserId }, summary: `经负责人同意延长答复期限${days}个工作日：${reason}` };
  },

  issue_fee_notice: (c, p, ctx) => {
    const method = choiceField(p, 'method', '计收方式', ['per_item', 'per_page'] as const);
    const units = intField(p, 'units', method === 'per_item' ? '本申请件数' : '页数', 1, 100_000);
    const previous = method === 'per_item' ? intField(p, 'previousItems', '本自然月此前累计件数', 0, 100_000, 0) : 0;
    const fee = method === 'per_item' ? perItemFee(previous, units) : perPageFee(units);
    if (fee.amountFen <= 0) throw new DomainError('VALIDATION', '按所填数量不需收费，无需发出收费通知', [{ field: 'units', message: '未超过免费额度' }]);
    const on = dateField(p, 'noticeOn', '收费通知日期', { fallback: ctx.today, notAfter: ctx.today, notBefore: c.receivedOn });
    const dueOn = addWorkingDays(ctx.calendar, on, FEE_PAYMENT_WORKING_DAYS);
    return { changes: { feeMethod: method, feeUnits: units, feePriorUnits: previous, feeAmountFen: fee.amountFen, feeNoticeOn: on, feeDueOn: dueOn, feePaidOn: null }, summary: `发出收费通知：${(fee.amountFen / 100).toFixed(2)}元，缴费期限${dueOn}` };
  },

  record_payment: (c, p, ctx) => {
    const on = dateField(p, 'paidOn', '缴费日期', { fallback: ctx.today, notAfter: ctx.today, notBefore: c.feeNoticeOn ?? c.receivedOn });
    return { changes: { feePaidOn: on }, summary: `申请人已缴费（${on}）` };
  },

  mark_unpaid: (c, _p, ctx) => {
    if (!c.feeDueOn || ctx.today <= c.feeDueOn) throw new DomainError('TRANSITION_NOT_ALLOWED', `缴费期限（${c.feeDueOn ?? '未设定'}）尚未届满`);
    return { changes: decision('other_unpaid', ctx.today, c, '申请人逾期未按收费通知要求缴纳费用，不再处理其政府信息公开申请'), summary: '逾期未缴费，不再处理' };
  },

  decide: (c, p, ctx) => {
    const outcome = choiceField(p, 'outcome', '办理结果', DECIDABLE_OUTCOMES.map((o) => o.code));
    const reason = optionalText(p, 'reason', '理由') ?? null;
    if (outcome !== 'disclose' && !reason) {
      throw new DomainError('VALIDATION', '除予以公开外，答复须说明理由', [{ field: 'reason', message: '请填写理由' }]);
    }
    const on = dateField(p, 'decidedOn', '决定日期', { fallback: ctx.today, notAfter: ctx.today, notBefore: c.receivedOn });
    const def = outcomeDef(outcome);
    return { changes: decision(outcome, on, c, reason), summary: `作出答复决定：${def?.group ?? ''}${def && def.row.includes('.') ? ` — ${def.label}` : ''}` };
  },

  reply: (c, p, ctx) => {
    const on = dateField(p, 'repliedOn', '答复送达日期', { fallback: ctx.today, notAfter: ctx.today, notBefore: c.decidedOn ?? c.receivedOn });
    const method = requireText(p, 'method', '送达方式', 50);
    return { changes: { repliedOn: on, replyMethod: method }, summary: `答复已送达（${on}，${method}）` };
  },

  close: (_c, _p, ctx) => ({ changes: { closedOn: ctx.today }, summary: '办结归档' }),

  reopen: (_c, p) => {
    const reason = requireText(p, 'reason', '重新办理原因');
    return { changes: { outcome: null, outcomeBasis: null, outcomeReason: null, decidedOn: null, repliedOn: null, replyMethod: null, closedOn: null }, summary: `重新办理：${reason}` };
  },

  assign: (_c, p) => ({ changes: assignment(p), summary: '分办' }),

  note: (_c, p) => ({ changes: {}, summary: `备注：${requireText(p, 'text', '备注内容')}` }),
};

function assignment(p: Payload): CaseChanges {
  const changes: CaseChanges = {};
  if (p.departmentId !== undefined && p.departmentId !== '') changes.departmentId = intField(p, 'departmentId', '承办部门', 1, 1e9);
  if (p.officerId !== undefined && p.officerId !== '') changes.officerId = intField(p, 'officerId', '经办人', 1, 1e9);
  return changes;
}
