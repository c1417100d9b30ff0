/**
 * Staff roles, held per agency, and the permission table: one declaration of which role may take
 * which action. Services check it; routes only hide what the user cannot do.
 */
export const ROLES = [
  { code: 'handler', label: '经办人' },
  { code: 'reviewer', label: '审核人' },
  { code: 'head', label: '负责人' },
  { code: 'admin', label: '管理员' },
] as const;

export type Role = (typeof ROLES)[number]['code'];

export function roleLabel(r: string): string {
  return ROLES.find((x) => x.code === r)?.label ?? r;
}

export function isRole(s: string): s is Role {
  return ROLES.some((r) => r.code === s);
}

/** Everything a staff member can do that needs a permission. */
export type Permission =
  | 'case.view'
  | 'case.intake'
  | 'case.handle' // 补正, consultation, fees, replies, notes
  | 'case.decide' // choose the outcome (审核)
  | 'case.extend' // 第三十三条: 政府信息公开工作机构负责人同意
  | 'case.reopen'
  | 'case.assign'
  | 'case.view_personal' // identity numbers and contacts in full
  | 'item.draft' // write catalog items and submit them for review
  | 'item.review' // 保密审查 (never one's own item)
  | 'item.publish' // publish, withdraw, change validity
  | 'item.import' // file items already published elsewhere as published (bypasses the review steps)
  | 'figures.enter' // period figures for section 二, channels, the new-media account ledger
  | 'appeal.record' // 行政复议、行政诉讼 records for section 四: record, correct, decide
  | 'settings.manage'
  | 'users.manage';

/** role × permission, declared once. */
export const PERMISSIONS: Record<Permission, readonly Role[]> = {
  'case.view': ['handler', 'reviewer', 'head', 'admin'],
  'case.intake': ['handler', 'reviewer', 'head'],
  'case.handle': ['handler', 'reviewer', 'head'],
  'case.decide': ['reviewer', 'head'],
  'case.extend': ['head'],
  'case.reopen': ['head'],
  'case.assign': ['reviewer', 'head'],
  'case.view_personal': ['handler', 'reviewer', 'head'],
  'item.draft': ['handler', 'reviewer', 'head'],
  'item.review': ['reviewer', 'head'],
  'item.publish': ['reviewer', 'head'],
  'item.import': ['head', 'admin'],
  'figures.enter': ['handler', 'reviewer', 'head'],
  'appeal.record': ['handler', 'reviewer', 'head'],
  'settings.manage': ['head', 'admin'],
  'users.manage': ['admin'],
};

/** True if any of `roles` grants `p`. */
export function can(roles: readonly string[], p: Permission): boolean {
  return PERMISSIONS[p].some((r) => roles.includes(r));
}

/** The roles that grant `p`, in Chinese, for error messages. */
export function rolesFor(p: Permission): string {
  return PERMISSIONS[p].map(roleLabel).join('、');
}
