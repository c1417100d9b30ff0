/**
 * The holiday data behind the working-day calendar (calendar/china.json) and its validation.
 * One entry per year: the 国务院办公厅 notice(s) that set it, the 放假 ranges by holiday, and the
 * 调休上班 days. A year may have several notices (2019: 劳动节 changed; 2020: 春节 extended).
 */
import { DomainError } from './errors.ts';
import type { FieldIssue } from './errors.ts';
import { addDays, isCivilDate, weekday } from './dates.ts';
import type { CivilDate } from './dates.ts';

/** A notice of the 国务院办公厅 fixing (part of) a year's arrangement. */
export interface HolidayNotice {
  title: string;
  /** 发文字号, e.g. 国办发明电〔2024〕12号; null when not confirmed (then `note` says why). */
  number: string | null;
  /** 成文日期. */
  date: CivilDate;
  note?: string | null;
}

/** Days off for one holiday, `from` … `to` inclusive, named as in the notice ('国庆节、中秋节'). */
export interface HolidayRange {
  name: string;
  from: CivilDate;
  to: CivilDate;
  note?: string;
}

/** A Saturday or Sunday made a working day (调休上班), and the holiday it serves. */
export interface MakeupWorkday {
  date: CivilDate;
  for: string;
  note?: string;
}

/** One year of holiday data. Ranges may begin in the December before (元旦). */
export interface CalendarYear {
  year: number;
  notices: HolidayNotice[];
  holidays: HolidayRange[];
  makeupWorkdays: MakeupWorkday[];
}

/** The whole data file: consecutive years. */
export interface CalendarData {
  description?: string;
  years: CalendarYear[];
}

type Issues = FieldIssue[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** A date of year `y`'s data must lie in y (or, for 元旦, the December before). */
function inWindow(d: CivilDate, y: number): boolean {
  return d >= `${y - 1}-12-01` && d <= `${y}-12-31`;
}

function checkNotices(y: CalendarYear, at: string, issues: Issues): void {
  if (!Array.isArray(y.notices) || y.notices.length === 0) {
    issues.push({ field: `${at}.notices`, message: `${y.year}年缺少节假日安排通知（notices）` });
    return;
  }
  y.notices.forEach((n, j) => {
    const f = `${at}.notices[${j}]`;
    if (!isRecord(n) || !text(n.title)) issues.push({ field: f, message: `${y.year}年第${j + 1}个通知缺少标题` });
    else if (!isCivilDate(String(n.date))) issues.push({ field: `${f}.date`, message: `${y.year}年通知“${n.title}”的日期“${String(n.date)}”不是有效日期` });
    else if (n.number !== null && !text(n.number)) issues.push({ field: `${f}.number`, message: `${y.year}年通知“${n.title}”的文号应为文字或 null` });
    else if (n.number === null && !text(n.note)) issues.push({ field: `${f}.note`, message: `${y.year}年通知“${n.title}”的文号为 null 时须在 note 中说明原因` });
  });
}

function checkHolidays(y: CalendarYear, at: string, issues: Issues): void {
  if (!Array.isArray(y.holidays)) {
    issues.push({ field: `${at}.holidays`, message: `${y.year}年缺少放假安排（holidays）` });
    return;
  }
  y.holidays.forEach((h, j) => {
    const f = `${at}.holidays[${j}]`;
    if (!isRecord(h) || !text(h.name)) return void issues.push({ field: f, message: `${y.year}年第${j + 1}项放假安排缺少节日名称` });
    for (const k of ['from', 'to'] as const) {
      if (!isCivilDate(String(h[k]))) issues.push({ field: `${f}.${k}`, message: `${y.year}年${h.name}的日期“${String(h[k])}”不是有效日期` });
      else if (!inWindow(h[k], y.year)) issues.push({ field: `${f}.${k}`, message: `${y.year}年${h.name}的日期 ${h[k]} 不在${y.year}年内` });
    }
    if (isCivilDate(String(h.from)) && isCivilDate(String(h.to)) && h.from > h.to) {
      issues.push({ field: f, message: `${y.year}年${h.name}的起始日期 ${h.from} 晚于结束日期 ${h.to}` });
    }
  });
}

function checkMakeups(y: CalendarYear, at: string, issues: Issues): void {
  if (!Array.isArray(y.makeupWorkdays)) {
    issues.push({ field: `${at}.makeupWorkdays`, message: `${y.year}年缺少调休上班日（makeupWorkdays，可为空数组）` });
    return;
  }
  const names = new Set(Array.isArray(y.holidays) ? y.holidays.map((h) => h?.name) : []);
  y.makeupWorkdays.forEach((m, j) => {
    const f = `${at}.makeupWorkdays[${j}]`;
    if (!isRecord(m) || !isCivilDate(String(m.date))) return void issues.push({ field: f, message: `${y.year}年第${j + 1}个调休上班日的日期“${String(m?.date)}”不是有效日期` });
    if (!inWindow(m.date, y.year)) issues.push({ field: `${f}.date`, message: `${y.year}年调休上班日 ${m.date} 不在${y.year}年内` });
    const w = weekday(m.date);
    if (w !== 0 && w !== 6) issues.push({ field: `${f}.date`, message: `${y.year}年调休上班日 ${m.date} 不是周六或周日` });
    if (!names.has(m.for)) issues.push({ field: `${f}.for`, message: `${y.year}年调休上班日 ${m.date} 所属节日“${String(m.for)}”不在当年放假安排中` });
  });
}

/** Overlapping ranges, duplicate make-up days, make-up days inside a range — across all years. */
function checkConflicts(years: CalendarYear[], issues: Issues): void {
  const owner = new Map<CivilDate, string>();
  for (const y of years) {
    for (const h of y.holidays) {
      const label = `${y.year}年${h.name}（${h.from} 至 ${h.to}）`;
      for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
        const prev = owner.get(d);
        if (prev) issues.push({ field: 'years', message: `放假安排重叠：${label}与${prev}都包含 ${d}` });
        owner.set(d, label);
      }
    }
    for (const m of y.makeupWorkdays) {
      const prev = owner.get(m.date);
      if (prev) issues.push({ field: 'years', message: `调休上班日 ${m.date}（${m.for}）与${prev}冲突` });
      owner.set(m.date, `${y.year}年调休上班日 ${m.date}`);
    }
  }
}

function checkYearNumbers(years: CalendarYear[], issues: Issues): void {
  years.forEach((y, i) => {
    if (!isRecord(y) || !Number.isInteger(y.year) || y.year < 1949 || y.year > 9999) {
      issues.push({ field: `years[${i}].year`, message: `第${i + 1}项的年份“${String(isRecord(y) ? y.year : y)}”无效` });
    }
  });
  if (issues.length > 0) return;
  const sorted = years.map((y) => y.year).sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1] as number, sorted[i] as number];
    if (a === b) issues.push({ field: 'years', message: `${a}年的数据重复` });
    else if (b !== a + 1) issues.push({ field: 'years', message: `缺少${a + 1}年的数据：年份须连续` });
  }
}

/**
 * Checks the holiday data and returns its years sorted oldest first; throws DomainError('VALIDATION')
 * listing every problem (bad date, overlapping ranges, a make-up day that is not a weekend…).
 */
export function validateCalendarData(data: CalendarData): CalendarYear[] {
  const issues: Issues = [];
  if (!isRecord(data) || !Array.isArray(data.years) || data.years.length === 0) {
    issues.push({ field: 'years', message: '节假日数据须包含至少一年的 years 列表' });
  } else {
    checkYearNumbers(data.years, issues);
    if (issues.length === 0) {
      data.years.forEach((y, i) => {
        checkNotices(y, `years[${i}]`, issues);
        checkHolidays(y, `years[${i}]`, issues);
        checkMakeups(y, `years[${i}]`, issues);
      });
    }
    if (issues.length === 0) checkConflicts(data.years, issues);
  }
  if (issues.length > 0) {
    throw new DomainError('VALIDATION', `节假日数据有误：${issues.map((x) => x.message).join('；')}`, issues);
  }
  return [...data.years].sort((a, b) => a.year - b.year);
}
