/**
 * The dated steps of one demo catalog item (drafting, 保密审查, publication and channels) for the
 * path it takes, and the plan types shared by catalog-plans.ts and catalog-tail.ts.
 */
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { Channel } from '../../domain/catalog/channels.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { addDays } from '../../domain/dates.ts';
import { addWorkingDays } from '../../domain/deadline.ts';
import type { DemoAgency } from './plans.ts';
import type { Rng } from './rng.ts';

/** How an item goes through 保密审查 and publication. */
export type ItemPath = 'normal' | 'late' | 'rejected_revised' | 'rejected_left' | 'draft' | 'submitted' | 'approved';

/** One dated step: a workflow action, a channel, or a change of 有效性. */
export interface ItemStep {
  on: CivilDate;
  action: 'create' | 'submit' | 'approve' | 'reject' | 'edit' | 'publish' | 'withdraw' | 'change_validity' | 'channel';
  reason?: string;
  validity?: '失效' | '废止';
  validityOn?: CivilDate;
  channel?: Channel;
}

/** The fields of the item form the plan fills (the runner adds publisher and department id). */
export interface ItemContentPlan {
  title: string;
  summary: string;
  bodyHtml: string;
  keywords: string;
  docNumber: string;
  topic: string;
  dept: string;
  article20: number | null;
}

/** One demo catalog item with its steps dated up to `today`. */
export interface ItemPlan {
  agency: DemoAgency;
  key: string;
  formedOn: CivilDate;
  content: ItemContentPlan;
  /** Which handler drafts it (index modulo the agency's handlers) and who reviews and publishes it. */
  author: number;
  reviewer: 'reviewer' | 'head';
  path: ItemPath;
  steps: ItemStep[];
  /** Regulations only: lapses after this date, or abolishes another (by key) when it takes effect. */
  validUntil?: CivilDate;
  replaces?: string;
  effectiveOn?: CivilDate;
}

const REJECT_REASONS = [
  '公示内容中含有当事人身份证件号码，请作去标识化处理后重新提交',
  '正文涉及尚未办结案件的工作细节，请删除后重新提交',
  '文号与发文登记不一致，请核对后重新提交',
  '附件含有内部工作流程和工作人员手机号码，不宜公开，请删除',
  '内容概述与正文不一致，请修改后重新提交',
];
/** Draws the path, steps and channels of an item formed on `formedOn`. */
export function stepsFor(rng: Rng, cal: WorkingCalendar, path: ItemPath, formedOn: CivilDate, odds: Partial<Record<Channel, number>>): ItemStep[] {
  const wd = (d: CivilDate, n: number) => addWorkingDays(cal, d, n);
  const created = path === 'late' ? wd(formedOn, rng.int(21, 32)) : wd(formedOn, ['draft', 'submitted', 'approved'].includes(path) ? 0 : rng.int(0, 1));
  const steps: ItemStep[] = [{ on: created, action: 'create' }];
  if (path === 'draft') return steps;
  const submitted = wd(created, path === 'submitted' || path === 'approved' ? 0 : rng.int(0, 1));
  steps.push({ on: submitted, action: 'submit' });
  if (path === 'submitted') return steps;
  let reviewed = wd(submitted, path === 'approved' ? 0 : rng.int(0, 2));
  if (path === 'rejected_left' || path === 'rejected_revised') {
    steps.push({ on: reviewed, action: 'reject', reason: rng.pick(REJECT_REASONS) });
    if (path === 'rejected_left') return steps;
    const edited = wd(reviewed, rng.int(1, 3));
    steps.push({ on: edited, action: 'edit' }, { on: edited, action: 'submit' });
    reviewed = wd(edited, rng.int(0, 1));
  }
  steps.push({ on: reviewed, action: 'approve' });
  if (path === 'approved') return steps;
  const published = wd(reviewed, rng.int(0, 1));
  steps.push({ on: published, action: 'publish' }, { on: published, action: 'channel', channel: 'portal' });
  for (const [channel, p] of Object.entries(odds) as [Channel, number][]) {
    if (rng.chance(p)) steps.push({ on: channel === 'wechat' && rng.chance(0.3) ? addDays(published, 1) : published, action: 'channel', channel });
  }
  return steps;
}
