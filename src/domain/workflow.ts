/**
 * The workflow of an application: statuses, actions, and one table of transitions
 * (from, action) → (to, who may act). Guards that depend on dates and data live in
 * workflow-actions.ts; this file is the map.
 *
 * received → 补正 requested (第三十条: within 7 working days, once) → supplemented, or abandoned →
 * in progress (consultation pauses, 第三十二条) → extended (第三十三条, 负责人) → fee notice → paid, or
 * not paid → decided → replied → closed; reopened after a review or court correction.
 */
import type { Permission } from './roles.ts';

export const STATUSES = [
  { code: 'received', label: '已收到', open: true },
  { code: 'correction_requested', label: '待补正', open: true },
  { code: 'in_progress', label: '办理中', open: true },
  { code: 'consulting', label: '征求意见中', open: true },
  { code: 'extended', label: '已延期', open: true },
  { code: 'fee_notified', label: '待缴费', open: true },
  { code: 'decided', label: '已决定待答复', open: false },
  { code: 'replied', label: '已答复', open: false },
  { code: 'closed', label: '已办结', open: false },
] as const;

export type Status = (typeof STATUSES)[number]['code'];

export function statusLabel(s: string): string {
  return STATUSES.find((x) => x.code === s)?.label ?? s;
}

/** Statuses in which no decision has been made yet (the answer clock runs or is paused). */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((s) => s.open).map((s) => s.code);

/**
 * Statuses with work left before the applicant has the answer: the open ones and 已决定待答复.
 * 第三十三条 sets the deadline for the 答复 itself, so the clock matters until the reply is served.
 */
export const PENDING_STATUSES: readonly Status[] = [...OPEN_STATUSES, 'decided'];

export const ACTIONS = {
  accept: { label: '受理并开始办理', permission: 'case.handle' },
  request_correction: { label: '告知补正', permission: 'case.handle' },
  record_supplement: { label: '登记补正材料', permission: 'case.handle' },
  mark_abandoned: { label: '逾期未补正，视为放弃申请', permission: 'case.handle' },
  start_consultation: { label: '开始征求意见', permission: 'case.handle' },
  end_consultation: { label: '征求意见结束', permission: 'case.handle' },
  extend: { label: '延长答复期限', permission: 'case.extend' },
  issue_fee_notice: { label: '发出收费通知', permission: 'case.handle' },
  record_payment: { label: '登记已缴费', permission: 'case.handle' },
  mark_unpaid: { label: '逾期未缴费，不再处理', permission: 'case.handle' },
  decide: { label: '作出答复决定', permission: 'case.decide' },
  reply: { label: '登记答复送达', permission: 'case.handle' },
  close: { label: '办结归档', permission: 'case.handle' },
  reopen: { label: '重新办理（复议或诉讼纠正）', permission: 'case.reopen' },
  assign: { label: '分办', permission: 'case.assign' },
  note: { label: '添加备注', permission: 'case.handle' },
} as const satisfies Record<string, { label: string; permission: Permission }>;

export type Action = keyof typeof ACTIONS;

export function isAction(s: string): s is Action {
  return Object.hasOwn(ACTIONS, s);
}

/** `resume` returns to 已延期 if the case was extended, else 办理中. `same` keeps the status. */
export type Target = Status | 'resume' | 'same';

/** The transition table: for each action, the statuses it may start from and where it leads. */
export const TRANSITIONS: Record<Action, { from: readonly Status[]; to: Target }> = {
  accept: { from: ['received'], to: 'in_progress' },
  request_correction: { from: ['received'], to: 'correction_requested' },
  record_supplement: { from: ['correction_requested'], to: 'in_progress' },
  mark_abandoned: { from: ['correction_requested'], to: 'decided' },
  start_consultation: { from: ['in_progress', 'extended'], to: 'consulting' },
  end_consultation: { from: ['consulting'], to: 'resume' },
  extend: { from: ['in_progress', 'consulting'], to: 'extended' },
  issue_fee_notice: { from: ['in_progress', 'extended'], to: 'fee_notified' },
  record_payment: { from: ['fee_notified'], to: 'resume' },
  mark_unpaid: { from: ['fee_notified'], to: 'decided' },
  decide: { from: ['received', 'in_progress', 'extended'], to: 'decided' },
  reply: { from: ['decided'], to: 'replied' },
  close: { from: ['replied'], to: 'closed' },
  reopen: { from: ['replied', 'closed'], to: 'in_progress' },
  assign: { from: ['received', 'correction_requested', 'in_progress', 'consulting', 'extended', 'fee_notified', 'decided'], to: 'same' },
  note: { from: STATUSES.map((s) => s.code), to: 'same' },
};

/** Actions that may be taken from `status` (before role and date guards). */
export function actionsFrom(status: string): Action[] {
  return (Object.keys(TRANSITIONS) as Action[]).filter((a) => (TRANSITIONS[a].from as readonly string[]).includes(status));
}

/** Resolves a target to a concrete status. */
export function resolveTarget(target: Target, current: Status, extensionDays: number): Status {
  if (target === 'same') return current;
  if (target === 'resume') return extensionDays > 0 ? 'extended' : 'in_progress';
  return target;
}
