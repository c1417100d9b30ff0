/**
 * The public status page: an application number and its private query code show that case's
 * progress — and nothing else (no personal data beyond what the applicant already knows).
 */
import { chinaToday } from '../clock.ts';
import { caseDeadline } from '../domain/case-deadline.ts';
import { DomainError } from '../domain/errors.ts';
import { outcomeFullLabel } from '../domain/outcomes.ts';
import { statusLabel } from '../domain/workflow.ts';
import { getAgency } from '../db/repositories/agencies.ts';
import { findByNumberAndCode } from '../db/repositories/cases.ts';
import { listEvents } from '../db/repositories/events.ts';
import { caseSettings } from './agency-settings.ts';
import type { Deps } from './deps.ts';
import { queryCodeHash } from './intake.ts';

export interface PublicStatus {
  number: string;
  agencyName: string;
  infoTitle: string;
  receivedOn: string;
  statusLabel: string;
  dueOn: string | null;
  correction: { items: string; dueOn: string | null } | null;
  fee: { amountFen: number; dueOn: string | null; paidOn: string | null } | null;
  outcomeLabel: string | null;
  repliedOn: string | null;
  steps: { onDate: string; label: string }[];
  today: string;
}

/** Labels shown to the applicant for each event; internal notes and assignments are not shown. */
const PUBLIC_STEPS: Record<string, string> = {
  submit: '申请已收到',
  accept: '已受理，正在办理',
  request_correction: '需要补正申请内容',
  record_supplement: '已收到补正材料',
  mark_abandoned: '逾期未补正，视为放弃申请',
  start_consultation: '征求意见中（期间不计入答复期限）',
  end_consultation: '征求意见结束，继续办理',
  extend: '答复期限已依法延长',
  issue_fee_notice: '已发出信息处理费缴费通知',
  record_payment: '已登记缴费',
  mark_unpaid: '逾期未缴费，不再处理',
  decide: '已作出答复决定',
  reply: '答复已送达',
  close: '已办结',
  reopen: '重新办理',
};

export async function publicStatus(deps: Deps, number: string, code: string): Promise<PublicStatus> {
  const n = number.trim().toUpperCase();
  const c = n && code.trim() ? await findByNumberAndCode(deps.db, n, queryCodeHash(n, code)) : undefined;
  if (!c) throw new DomainError('NOT_FOUND', '申请编号或查询码不正确，请核对后重新输入');
  const agency = await getAgency(deps.db, c.agencyId);
  const settings = await caseSettings(deps.db, c.agencyId);
  const events = await listEvents(deps.db, c.id);
  const d = caseDeadline(c, deps.calendar, settings.feeClockMode);
  return {
    number: c.number,
    agencyName: agency?.name ?? '',
    infoTitle: c.infoTitle,
    receivedOn: c.receivedOn,
    statusLabel: statusLabel(c.status),
    dueOn: d.dueOn,
    // Only while the supplement is awaited.
    correction: c.status === 'correction_requested' && c.correctionItems ? { items: c.correctionItems, dueOn: c.correctionDueOn } : null,
    fee: c.feeAmountFen && c.outcome !== 'other_unpaid' ? { amountFen: c.feeAmountFen, dueOn: c.feeDueOn, paidOn: c.feePaidOn } : null,
    outcomeLabel: c.outcome && c.repliedOn ? outcomeFullLabel(c.outcome) : null,
    repliedOn: c.repliedOn,
    steps: events.filter((e) => PUBLIC_STEPS[e.action]).map((e) => ({ onDate: e.onDate, label: PUBLIC_STEPS[e.action] ?? '' })),
    today: chinaToday(deps.clock),
  };
}
