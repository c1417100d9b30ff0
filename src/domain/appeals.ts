/**
 * Review and litigation records (行政复议、行政诉讼) concerning the agency's 政府信息公开 work — the
 * records section 四 of the annual report counts (spec/statutory.md §1.4). The kinds are the rows of
 * that table and the results its columns, with the same codes (src/domain/report/appeals-labels.ts),
 * so a record, the console and the report share one list.
 */
import type { CivilDate } from './dates.ts';
import { isCivilDate } from './dates.ts';
import type { FieldIssue } from './errors.ts';
import { validationError } from './errors.ts';
import type { Payload } from './payload.ts';

/** The kinds: section 四's row codes. 行政诉讼 is either 未经复议直接起诉 or 复议后起诉. */
export const APPEAL_KINDS = [
  { code: 'review', label: '行政复议', short: '行政复议', bodyLabel: '复议机关', claimantLabel: '复议申请人' },
  { code: 'litigation_direct', label: '行政诉讼（未经复议直接起诉）', short: '未经复议直接起诉', bodyLabel: '人民法院', claimantLabel: '原告' },
  { code: 'litigation_after_review', label: '行政诉讼（复议后起诉）', short: '复议后起诉', bodyLabel: '人民法院', claimantLabel: '原告' },
] as const;

export type AppealKind = (typeof APPEAL_KINDS)[number]['code'];

/** The results: section 四's column codes (without 总计). 尚未审结 while the case is pending. */
export const APPEAL_RESULTS = [
  { code: 'upheld', label: '结果维持', hint: '复议决定维持，或判决驳回诉讼请求' },
  { code: 'corrected', label: '结果纠正', hint: '撤销、变更、确认违法或责令重新答复（履行）' },
  { code: 'other', label: '其他结果', hint: '驳回复议申请或起诉、终止复议、撤回复议申请或撤诉、调解和解等' },
  { code: 'pending', label: '尚未审结', hint: '复议机关或法院尚未作出决定、判决或裁定' },
] as const;

export type AppealResult = (typeof APPEAL_RESULTS)[number]['code'];

export function isAppealKind(s: unknown): s is AppealKind {
  return APPEAL_KINDS.some((k) => k.code === s);
}

export function isAppealResult(s: unknown): s is AppealResult {
  return APPEAL_RESULTS.some((r) => r.code === s);
}

export function appealKindLabel(code: string): string {
  return APPEAL_KINDS.find((k) => k.code === code)?.label ?? code;
}

export function appealResultLabel(code: string): string {
  return APPEAL_RESULTS.find((r) => r.code === code)?.label ?? code;
}

/** What names the deciding body for a kind: 复议机关 or 人民法院. */
export function bodyLabel(kind: string): string {
  return APPEAL_KINDS.find((k) => k.code === kind)?.bodyLabel ?? '复议机关或人民法院';
}

/** A record's facts as entered (the link to an application is by its 申请编号). */
export interface AppealInput {
  kind: AppealKind;
  /** 案号 or the number of the 复议决定书 / 判决书 / 裁定书, if known. */
  caseNumber: string | null;
  /** 复议申请人 or 原告: personal data, shown to the agency's staff only. */
  claimant: string;
  /** 复议机关 or 人民法院. */
  body: string;
  /** 复议受理 or 法院立案 date. */
  receivedOn: CivilDate;
  result: AppealResult;
  /** Date of the decision, judgment or ruling; null while 尚未审结. */
  decidedOn: CivilDate | null;
  /** 申请编号 of the application the case is about, if any. */
  applicationNumber: string | null;
  notes: string | null;
}

/** The facts of a record that matter for the report. */
export interface AppealFacts {
  kind: AppealKind;
  receivedOn: CivilDate;
  result: AppealResult;
  decidedOn: CivilDate | null;
}

function text(issues: FieldIssue[], p: Payload, field: string, label: string, max: number, required: boolean): string | null {
  const v = p[field];
  if (v !== undefined && v !== null && typeof v !== 'string') {
    issues.push({ field, message: `${label}格式不正确` });
    return null;
  }
  const t = (v ?? '').trim();
  if (t === '') {
    if (required) issues.push({ field, message: `请填写${label}` });
    return null;
  }
  if (t.length > max) issues.push({ field, message: `${label}不能超过${max}个字` });
  return t;
}

function date(issues: FieldIssue[], p: Payload, field: string, label: string, today: CivilDate): CivilDate | null {
  const v = p[field];
  const t = typeof v === 'string' ? v.trim() : '';
  if (t === '') return null;
  if (!isCivilDate(t)) {
    issues.push({ field, message: `${label}“${t}”不是有效日期（YYYY-MM-DD）` });
    return null;
  }
  if (t > today) {
    issues.push({ field, message: `${label}不能晚于今天（${today}）` });
    return null;
  }
  return t;
}

/**
 * Checks a record's fields and returns them, or throws VALIDATION listing every field at fault with
 * a message naming it. `today` is today's date in China: no date may be later. The 受理（立案）日期
 * defaults to today when blank. A decided record (any result but 尚未审结) needs its 审结日期, on or
 * after the 受理（立案）日期; a pending one has none. Whether the linked application is the agency's
 * own is checked by the service.
 */
export function validateAppeal(p: Payload, today: CivilDate): AppealInput {
  const issues: FieldIssue[] = [];
  const kind = p.kind;
  if (!isAppealKind(kind)) issues.push({ field: 'kind', message: '请选择类别（行政复议、未经复议直接起诉或复议后起诉）' });
  const bl = isAppealKind(kind) ? bodyLabel(kind) : '复议机关或人民法院';
  const claimantLabel = APPEAL_KINDS.find((k) => k.code === kind)?.claimantLabel ?? '复议申请人或原告';
  const caseNumber = text(issues, p, 'caseNumber', '案号（决定书、判决书文号）', 100, false);
  const claimant = text(issues, p, 'claimant', claimantLabel, 100, true);
  const body = text(issues, p, 'body', bl, 100, true);
  const receivedText = typeof p.receivedOn === 'string' ? p.receivedOn.trim() : '';
  const receivedOn = receivedText === '' ? today : date(issues, p, 'receivedOn', '受理（立案）日期', today);
  const result = p.result === undefined || p.result === '' ? 'pending' : p.result;
  if (!isAppealResult(result)) issues.push({ field: 'result', message: '请选择结果（结果维持、结果纠正、其他结果或尚未审结）' });
  const decidedOn = date(issues, p, 'decidedOn', '审结日期', today);
  const decidedGiven = typeof p.decidedOn === 'string' && p.decidedOn.trim() !== '';
  if (isAppealResult(result) && result !== 'pending' && !decidedGiven) {
    issues.push({ field: 'decidedOn', message: `结果为“${appealResultLabel(result)}”时请填写审结日期` });
  }
  if (result === 'pending' && decidedGiven) issues.push({ field: 'decidedOn', message: '尚未审结的案件不应填写审结日期；已审结的请选择结果' });
  if (receivedOn && decidedOn && decidedOn < receivedOn) issues.push({ field: 'decidedOn', message: `审结日期（${decidedOn}）不能早于受理（立案）日期（${receivedOn}）` });
  const applicationNumber = text(issues, p, 'applicationNumber', '关联申请编号', 40, false);
  const notes = text(issues, p, 'notes', '备注', 2000, false);
  if (issues.length > 0) throw validationError(issues);
  return {
    kind: kind as AppealKind, caseNumber, claimant: claimant as string, body: body as string, receivedOn: receivedOn as CivilDate,
    result: result as AppealResult, decidedOn: result === 'pending' ? null : decidedOn, applicationNumber, notes,
  };
}
