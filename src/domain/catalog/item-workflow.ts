/**
 * Confidentiality review before publishing (先审查、后公开, 一事一审): draft → submitted → approved or
 * rejected with a reason → published → withdrawn. The reviewer is never the author. One table of
 * transitions with who may act; every step is an event in the item's history.
 */
import { DomainError } from '../errors.ts';
import { can, rolesFor } from '../roles.ts';
import type { Permission } from '../roles.ts';

export const ITEM_STATUSES = [
  { code: 'draft', label: '草稿' },
  { code: 'submitted', label: '待保密审查' },
  { code: 'approved', label: '审查通过待发布' },
  { code: 'rejected', label: '审查未通过' },
  { code: 'published', label: '已发布' },
  { code: 'withdrawn', label: '已撤回' },
] as const;

export type ItemStatus = (typeof ITEM_STATUSES)[number]['code'];

export function itemStatusLabel(s: string): string {
  return ITEM_STATUSES.find((x) => x.code === s)?.label ?? s;
}

export const ITEM_ACTIONS = {
  edit: { label: '修改', from: ['draft', 'rejected'], to: 'draft', permission: 'item.draft' },
  submit: { label: '提交保密审查', from: ['draft', 'rejected'], to: 'submitted', permission: 'item.draft' },
  approve: { label: '审查通过', from: ['submitted'], to: 'approved', permission: 'item.review' },
  reject: { label: '审查不通过', from: ['submitted'], to: 'rejected', permission: 'item.review' },
  publish: { label: '发布', from: ['approved'], to: 'published', permission: 'item.publish' },
  withdraw: { label: '撤回', from: ['published'], to: 'withdrawn', permission: 'item.publish' },
  change_validity: { label: '变更有效性', from: ['published'], to: 'published', permission: 'item.publish' },
} as const satisfies Record<string, { label: string; from: readonly ItemStatus[]; to: ItemStatus; permission: Permission }>;

export type ItemAction = keyof typeof ITEM_ACTIONS;

export function isItemAction(s: string): s is ItemAction {
  return Object.hasOwn(ITEM_ACTIONS, s);
}

/** Checks role, status and the 一事一审 rule that the reviewer is not the author; returns the new status. */
export function itemTransition(item: { status: string; authorId: number | null }, action: ItemAction, actor: { userId: number; roles: readonly string[] }): ItemStatus {
  const def = ITEM_ACTIONS[action];
  if (!can(actor.roles, def.permission)) throw new DomainError('FORBIDDEN', `“${def.label}”需由${rolesFor(def.permission)}办理`);
  if (!(def.from as readonly string[]).includes(item.status)) {
    throw new DomainError('TRANSITION_NOT_ALLOWED', `信息当前状态为“${itemStatusLabel(item.status)}”，不能${def.label}`);
  }
  if ((action === 'approve' || action === 'reject') && item.authorId === actor.userId) {
    throw new DomainError('FORBIDDEN', '保密审查须由起草人以外的人员进行（一事一审）');
  }
  return def.to;
}
