/**
 * Deadlines of 依申请公开, counted in 工作日 on the WorkingCalendar. Pure: the calendar and every
 * date come in as parameters. The explanation lines are built in ./deadline-explain.ts.
 */
import type { CalendarDay, WorkingCalendar } from './calendar.ts';
import { parseCivilDate } from './dates.ts';
import type { CivilDate } from './dates.ts';
import { DomainError } from './errors.ts';
import { explainDeadline } from './deadline-explain.ts';

/**
 * 条例 第三十三条第二款: "行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长
 * 答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。"
 */
export const ANSWER_PERIOD_WORKING_DAYS = 20;
/** 条例 第三十三条第二款 (above): the extension may not exceed 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;

/**
 * 条例 第三十条: "政府信息公开申请内容不明确的，行政机关应当给予指导和释明，并自收到申请之日起7个工作日内
 * 一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。答复期限自行政机关收到补正的申请之日起计算。"
 */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;

/**
 * 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）as restated by provincial rules
 * (spec/statutory.md §4): the applicant pays "自收到收费通知的次日起20个工作日内"; otherwise the
 * application is deemed abandoned. National article number: UNCONFIRMED.
 */
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** 条例 第三十二条: "第三方应当自收到征求意见书之日起15个工作日内提出意见。" */
export const THIRD_PARTY_REPLY_WORKING_DAYS = 15;

/**
 * Counting convention: a period "自收到申请之日起" runs from the day AFTER that date — the day of
 * receipt (or of the supplement, or of payment under 'restart') is not counted. The 条例 does not
 * say so; this follows commentary on 第三十条/第三十三条 and, by analogy, 《民事诉讼法》（2023修正）
 * 第八十五条: "期间开始的时和日，不计算在期间内" (spec/statutory.md §6 — practice, not binding law).
 */
export const FIRST_COUNTED_DAY_OFFSET = 1;

/**
 * Pause convention: 条例 第三十三条第三款 "行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内".
 * Every working day from a pause's startOn through its endOn, both inclusive, is not counted.
 */
export const PAUSE_BOUNDS_INCLUSIVE = true;

/**
 * How a 收费通知 affects the answer clock — spec/statutory.md §4 leaves it open (UNCONFIRMED):
 * 'suspend' = the days from the fee notice to payment (inclusive) are not counted; 'restart' = the
 * count restarts the day after payment (undetermined while unpaid); 'none' = no effect.
 */
export type FeeClockMode = 'none' | 'suspend' | 'restart';
/** The default fee clock mode (agencies may configure another). */
export const DEFAULT_FEE_CLOCK_MODE: FeeClockMode = 'suspend';

/** A period not counted: consulting a third party (第三十二条) or another agency (第三十三条), or awaiting a fee. */
export interface Pause {
  kind: 'third_party' | 'other_agency' | 'fee';
  startOn: CivilDate;
  /** null while the pause is still running. */
  endOn: CivilDate | null;
  label?: string;
}

/** What the answer deadline depends on. */
export interface DeadlineInput {
  receivedOn: CivilDate;
  /** Receipt of the supplemented application (第三十条): the count restarts from it. */
  supplementedOn?: CivilDate | null;
  pauses?: Pause[];
  /** Extension approved under 第三十三条, 0 … MAX_EXTENSION_WORKING_DAYS. */
  extensionDays?: number;
  feeNoticeOn?: CivilDate | null;
  feePaidOn?: CivilDate | null;
  feeClockMode?: FeeClockMode;
  /** The period in working days, ANSWER_PERIOD_WORKING_DAYS by default. */
  periodDays?: number;
}

/** The due date and everything that explains it. */
export interface DeadlineResult {
  /** The date the period runs from: receipt, receipt of the supplement, or payment ('restart'). Not counted itself. */
  startOn: CivilDate;
  /** null while a pause is open (then `openPause` says which). */
  dueOn: CivilDate | null;
  openPause: Pause | null;
  periodDays: number;
  extensionDays: number;
  countedDays: CivilDate[];
  /** Non-working days inside the counting range, with the reason (周末, 春节…). */
  skipped: { date: CivilDate; reason: string }[];
  /** 调休上班 days that were counted, with the holiday they serve. */
  makeupWorkdays: { date: CivilDate; for: string }[];
  pausedDays: { date: CivilDate; kind: Pause['kind'] }[];
  /** True if counting ran past the holiday data and used weekends only. */
  estimated: boolean;
  warnings: string[];
  explanation: string[];
}

/** Options: `strict` throws CALENDAR_OUT_OF_RANGE instead of estimating past the data. */
export interface DeadlineOptions {
  strict?: boolean;
}

const PAUSE_KINDS = ['third_party', 'other_agency', 'fee'] as const;
const FEE_MODES = ['none', 'suspend', 'restart'] as const;

/** Normalised input: validated dates and numbers, effective pauses, the anchor of the count. */
export interface NormalizedDeadline {
  receivedOn: CivilDate;
  supplementedOn: CivilDate | null;
  feeNoticeOn: CivilDate | null;
  feePaidOn: CivilDate | null;
  feeClockMode: FeeClockMode;
  periodDays: number;
  extensionDays: number;
  pauses: Pause[];
  startOn: CivilDate;
  /** 'restart' with an unpaid fee: the count has not started. */
  waitingForFee: Pause | null;
}

function intIn(v: number | undefined, def: number, min: number, max: number, field: string, message: string): number {
  const n = v ?? def;
  if (!Number.isInteger(n) || n < min || n > max) throw new DomainError('VALIDATION', message, [{ field, message }]);
  return n;
}

/** Dates already known to be valid (the calendar's table): a fast path before parsing. */
export type KnownDates = Pick<WorkingCalendar, 'knows'> | null;

function reqDate(v: string, field: string, label: string, known: KnownDates): CivilDate {
  return known?.knows(v) ? v : parseCivilDate(v, field, label);
}

function optDate(v: CivilDate | null | undefined, field: string, label: string, known: KnownDates): CivilDate | null {
  return v === null || v === undefined || v === '' ? null : reqDate(v, field, label, known);
}

function notBefore(a: CivilDate | null, b: CivilDate | null, field: string, message: string): void {
  if (a !== null && b !== null && a < b) throw new DomainError('VALIDATION', message, [{ field, message }]);
}

function normalizePause(p: Pause, i: number, known: KnownDates): Pause {
  const f = `pauses[${i}]`;
  if (!(PAUSE_KINDS as readonly string[]).includes(p.kind)) {
    throw new DomainError('VALIDATION', `暂停计时的类型“${String(p.kind)}”无效`, [{ field: `${f}.kind`, message: '类型应为 third_party、other_agency 或 fee' }]);
  }
  const startOn = reqDate(p.startOn, `${f}.startOn`, '暂停开始日期', known);
  const endOn = optDate(p.endOn, `${f}.endOn`, '暂停结束日期', known);
  notBefore(endOn, startOn, `${f}.endOn`, `暂停结束日期 ${endOn ?? ''} 早于开始日期 ${startOn}`);
  return { ...p, startOn, endOn };
}

/** Validates the input (Chinese DomainError 'VALIDATION') and works out pauses and the anchor. */
export function normalizeDeadlineInput(input: DeadlineInput, known: KnownDates = null): NormalizedDeadline {
  const receivedOn = reqDate(input.receivedOn, 'receivedOn', '收到申请日期', known);
  const supplementedOn = optDate(input.supplementedOn, 'supplementedOn', '收到补正材料日期', known);
  notBefore(supplementedOn, receivedOn, 'supplementedOn', `收到补正材料日期 ${supplementedOn ?? ''} 早于收到申请日期 ${receivedOn}`);
  const extensionDays = intIn(input.extensionDays, 0, 0, MAX_EXTENSION_WORKING_DAYS, 'extensionDays',
    `延长答复期限应为0至${MAX_EXTENSION_WORKING_DAYS}个工作日的整数（条例 第三十三条：延长的期限最长不得超过${MAX_EXTENSION_WORKING_DAYS}个工作日），收到：${String(input.extensionDays)}`);
  const periodDays = intIn(input.periodDays, ANSWER_PERIOD_WORKING_DAYS, 1, 366, 'periodDays', `期限天数应为1至366的整数，收到：${String(input.periodDays)}`);
  const feeClockMode = input.feeClockMode ?? DEFAULT_FEE_CLOCK_MODE;
  if (!(FEE_MODES as readonly string[]).includes(feeClockMode)) {
    throw new DomainError('VALIDATION', `收费通知计时方式“${String(feeClockMode)}”无效`, [{ field: 'feeClockMode', message: '应为 none、suspend 或 restart' }]);
  }
  const feeNoticeOn = optDate(input.feeNoticeOn, 'feeNoticeOn', '收费通知日期', known);
  const feePaidOn = optDate(input.feePaidOn, 'feePaidOn', '缴费日期', known);
  if (feePaidOn !== null && feeNoticeOn === null) {
    throw new DomainError('VALIDATION', '有缴费日期却没有收费通知日期', [{ field: 'feeNoticeOn', message: '请填写收费通知日期' }]);
  }
  notBefore(feePaidOn, feeNoticeOn, 'feePaidOn', `缴费日期 ${feePaidOn ?? ''} 早于收费通知日期 ${feeNoticeOn ?? ''}`);
  const pauses = (input.pauses ?? []).map((p, i) => normalizePause(p, i, known));
  const fee: Pause | null = feeNoticeOn === null ? null : { kind: 'fee', startOn: feeNoticeOn, endOn: feePaidOn, label: '等待缴纳信息处理费' };
  if (fee && feeClockMode === 'suspend') pauses.push(fee);
  let startOn = supplementedOn ?? receivedOn;
  const restart = fee !== null && feeClockMode === 'restart';
  if (restart && feePaidOn !== null && feePaidOn > startOn) startOn = feePaidOn;
  const waitingForFee = restart && feePaidOn === null ? fee : null;
  return { receivedOn, supplementedOn, feeNoticeOn, feePaidOn, feeClockMode, periodDays, extensionDays, pauses, startOn, waitingForFee };
}

/** The pause covering `date`, if any (PAUSE_BOUNDS_INCLUSIVE). */
export function pauseOn(pauses: readonly Pause[], date: CivilDate): Pause | null {
  for (const p of pauses) {
    const afterStart = PAUSE_BOUNDS_INCLUSIVE ? date >= p.startOn : date > p.startOn;
    const beforeEnd = p.endOn === null || (PAUSE_BOUNDS_INCLUSIVE ? date <= p.endOn : date < p.endOn);
    if (afterStart && beforeEnd) return p;
  }
  return null;
}

/** Days of the calendar from the first counted day on (FIRST_COUNTED_DAY_OFFSET after `from`). */
function countingDays(cal: WorkingCalendar, from: CivilDate, strict: boolean): Iterable<CalendarDay> {
  cal.dayInfo(from, { estimateBeyond: true }); // a date before the data, or far beyond it, is an error
  return cal.daysFrom(cal.plusDays(from, FIRST_COUNTED_DAY_OFFSET), { estimateBeyond: !strict });
}

/** Walks the days after the start; returns the result (without explanation) and the first estimated day. */
function walk(cal: WorkingCalendar, n: NormalizedDeadline, strict: boolean): { r: DeadlineResult; firstEstimatedOn: CivilDate | null } {
  const r: DeadlineResult = {
    startOn: n.startOn, dueOn: null, openPause: n.waitingForFee, periodDays: n.periodDays, extensionDays: n.extensionDays,
    countedDays: [], skipped: [], makeupWorkdays: [], pausedDays: [], estimated: false, warnings: [], explanation: [],
  };
  let firstEstimatedOn: CivilDate | null = null;
  const days = countingDays(cal, n.startOn, strict);
  const total = n.periodDays + n.extensionDays;
  if (n.waitingForFee) return { r, firstEstimatedOn };
  for (const { date, info } of days) {
    if (info.estimated && firstEstimatedOn === null) [r.estimated, firstEstimatedOn] = [true, date];
    if (!info.working) {
      r.skipped.push({ date, reason: info.reason });
      continue;
    }
    const p = pauseOn(n.pauses, date);
    if (p && p.endOn === null) {
      r.openPause = p;
      break;
    }
    if (p) {
      r.pausedDays.push({ date, kind: p.kind });
      continue;
    }
    r.countedDays.push(date);
    if (info.kind === 'makeup') r.makeupWorkdays.push({ date, for: info.holiday ?? '' });
    if (r.countedDays.length === total) {
      r.dueOn = date;
      break;
    }
  }
  return { r, firstEstimatedOn };
}

/**
 * The answer deadline (条例 第三十条、第三十二条、第三十三条): the (period + extension)-th working day
 * after the start, skipping non-working days and paused working days. A date before the calendar
 * data is an error (CALENDAR_OUT_OF_RANGE); counting past the data throws with `strict`, otherwise
 * it counts weekends only, sets `estimated` and says so in `warnings`.
 */
export function computeDeadline(cal: WorkingCalendar, input: DeadlineInput, opts: DeadlineOptions = {}): DeadlineResult {
  const n = normalizeDeadlineInput(input, cal);
  const strict = opts.strict ?? false;
  for (const d of [n.receivedOn, n.supplementedOn, n.feeNoticeOn, n.feePaidOn]) {
    if (d !== null) cal.dayInfo(d, { estimateBeyond: !strict });
  }
  const { r, firstEstimatedOn } = walk(cal, n, strict);
  if (firstEstimatedOn !== null) {
    const y = firstEstimatedOn.slice(0, 4);
    r.warnings.push(`计算超出节假日数据范围：${y}年的节假日安排尚未收录，${firstEstimatedOn} 起仅按周六、周日休息估算，截止日期可能有误；国务院办公厅公布${y}年节假日安排后，请更新 calendar/china.json 并复核`);
  }
  r.explanation = explainDeadline(cal, n, r, n.periodDays === ANSWER_PERIOD_WORKING_DAYS ? '答复期限' : '期限');
  return r;
}

/**
 * The n-th working day after `from` (no pauses): e.g. the 7-day limit for a 补正 notice (第三十条)
 * or the 20-day limit for paying a fee. Past the data it counts weekends only unless `strict`;
 * check `cal.covers(result)` to know whether the answer is an estimate.
 */
export function addWorkingDays(cal: WorkingCalendar, from: CivilDate, n: number, opts: DeadlineOptions = {}): CivilDate {
  const start = reqDate(from, 'from', '起算日期', cal);
  intIn(n, 0, 0, 1000, 'n', `工作日天数应为非负整数，收到：${String(n)}`);
  let left = n;
  if (left === 0) return start;
  for (const { date, info } of countingDays(cal, start, opts.strict ?? false)) {
    if (info.working && --left === 0) return date;
  }
  throw cal.outOfRange(start); // unreachable: daysFrom ends by throwing
}

/**
 * Working days after `today` up to and including `dueOn`: 0 if due today. After the due date the
 * result is negative, minus the working days elapsed since it, and at least -1 (a weekend right after
 * the due date is already overdue). Past the data it counts weekends only.
 */
export function workingDaysLeft(cal: WorkingCalendar, today: CivilDate, dueOn: CivilDate): number {
  const t = reqDate(today, 'today', '今天', cal);
  const d = reqDate(dueOn, 'dueOn', '截止日期', cal);
  if (t === d) return 0;
  const [from, to] = t < d ? [t, d] : [d, t];
  let count = 0;
  cal.dayInfo(from, { estimateBeyond: true });
  for (const { date, info } of cal.daysFrom(cal.plusDays(from, 1), { estimateBeyond: true })) {
    if (info.working) count++;
    if (date >= to) break;
  }
  return t < d ? count : -Math.max(1, count);
}
