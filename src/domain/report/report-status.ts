/**
 * The annual report as a document the office works on: draft (起草中) → checked (已核对) → signed
 * (负责人已签发) → published (已公开). One table of what may happen in which status and who may do it.
 * Editing the narrative or recomputing the tables of a checked report makes it a draft again (it
 * must be checked again); a signed report is no longer changed — what the 负责人 signed is what is
 * published.
 */
import { DomainError } from '../errors.ts';
import { can } from '../roles.ts';

export const REPORT_STATUSES = [
  { code: 'draft', label: '起草中' },
  { code: 'checked', label: '已核对' },
  { code: 'signed', label: '负责人已签发' },
  { code: 'published', label: '已公开' },
] as const;

export type ReportStatus = (typeof REPORT_STATUSES)[number]['code'];

export function reportStatusLabel(s: string): string {
  return REPORT_STATUSES.find((x) => x.code === s)?.label ?? s;
}

export function isReportStatus(s: string): s is ReportStatus {
  return REPORT_STATUSES.some((x) => x.code === s);
}

/** Who may act on a report: anyone who may draft catalog items writes it; only the 负责人 signs and publishes. */
const ACTIONS = {
  edit: { label: '修改报告文字', from: ['draft', 'checked'], to: 'draft', roles: ['handler', 'reviewer', 'head'] },
  recompute: { label: '重新计算表格', from: ['draft', 'checked'], to: 'draft', roles: ['handler', 'reviewer', 'head'] },
  check: { label: '提交核对', from: ['draft'], to: 'checked', roles: ['handler', 'reviewer', 'head'] },
  sign: { label: '负责人签发', from: ['checked'], to: 'signed', roles: ['head'] },
  publish: { label: '公开发布', from: ['signed'], to: 'published', roles: ['head'] },
} as const satisfies Record<string, { label: string; from: readonly ReportStatus[]; to: ReportStatus; roles: readonly string[] }>;

export type ReportAction = keyof typeof ACTIONS;

/** The label of an action (also 'create'). */
export function reportActionLabel(a: string): string {
  return a === 'create' ? '创建并预填' : (ACTIONS as Record<string, { label: string }>)[a]?.label ?? a;
}

/** True if `roles` may take `action` (status aside); pages use it to hide what the user cannot do. */
export function mayTake(action: ReportAction, roles: readonly string[]): boolean {
  return ACTIONS[action].roles.some((r) => roles.includes(r));
}

/** True if the report may be created or worked on at all (every member but the 管理员 alone). */
export function mayWrite(roles: readonly string[]): boolean {
  return can(roles, 'item.draft');
}

/** Checks role and status; returns the status after the action. */
export function reportTransition(status: string, action: ReportAction, roles: readonly string[]): ReportStatus {
  const def = ACTIONS[action];
  if (!mayTake(action, roles)) {
    throw new DomainError('FORBIDDEN', action === 'sign' || action === 'publish' ? `“${def.label}”只能由负责人办理` : `您没有${def.label}的权限`);
  }
  if (!(def.from as readonly string[]).includes(status)) {
    const why = status === 'signed' || status === 'published' ? '，已签发的报告不能再修改' : '';
    throw new DomainError('TRANSITION_NOT_ALLOWED', `报告当前状态为“${reportStatusLabel(status)}”，不能${def.label}${why}`);
  }
  return def.to;
}
