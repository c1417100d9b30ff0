/**
 * The working-day calendar: which civil dates are 工作日 for the 条例's deadlines.
 *
 * 《国务院关于职工工作时间的规定》第七条: 星期六和星期日为周休息日. Each year the 国务院办公厅
 * announces the 放假调休 arrangement (《全国年节及纪念日放假办法》第六条、第七条): the announced
 * 放假 ranges are days off, and the announced 调休上班 Saturdays/Sundays are working days. The
 * arrangement is data (calendar/china.json, checked by ./calendar-data.ts), never code.
 *
 * Beyond the last year of data the calendar can only estimate (weekends off, no holidays). That is
 * never done silently: callers must ask for it (`estimateBeyond`) and the day is marked `estimated`.
 * Note that a year's notice may also change the December before it (the 2019 notice made 2018-12-29
 * a working day and 2018-12-30/31 days off), so late December of the last year is provisional too.
 */
import { DomainError } from './errors.ts';
import type { CivilDate } from './dates.ts';
import { validateCalendarData } from './calendar-data.ts';
import type { CalendarData, CalendarYear } from './calendar-data.ts';

export type { CalendarData, CalendarYear, HolidayNotice, HolidayRange, MakeupWorkday } from './calendar-data.ts';

/** How far past the last year of data an estimate (weekends only) may reach, in whole years. */
export const ESTIMATE_HORIZON_YEARS = 1;

/** What kind of day a date is. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

/** One day: working or not, and why ('工作日', '周末', '春节', '调休上班（春节）'…). */
export interface DayInfo {
  working: boolean;
  reason: string;
  kind: DayKind;
  /** The holiday a day off belongs to, or the holiday a 调休上班 day serves. */
  holiday?: string;
  /** True beyond the data: weekends only, holidays unknown. */
  estimated: boolean;
}

/** A date with its day information, as yielded by `WorkingCalendar.daysFrom`. */
export interface CalendarDay {
  date: CivilDate;
  info: DayInfo;
}

/** Options of the lookups: allow an estimate (weekends only) past the data, up to the horizon. */
export interface EstimateOptions {
  estimateBeyond?: boolean;
}

const DAY_MS = 86_400_000;

function epochDay(d: CivilDate): number {
  return Math.round(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
}

function civilOf(day: number): CivilDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function plainDay(weekdayIndex: number, estimated: boolean): DayInfo {
  const weekend = weekdayIndex === 0 || weekdayIndex === 6;
  return Object.freeze({ working: !weekend, reason: weekend ? '周末' : '工作日', kind: weekend ? 'weekend' : 'workday', estimated });
}

/**
 * The working-day calendar built from the holiday data. Validates the data on construction and
 * throws a DomainError('VALIDATION') naming the year and entry at fault.
 */
export class WorkingCalendar {
  /** First and last year of data: the calendar covers firstYear-01-01 … lastYear-12-31. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** First and last covered date. */
  readonly firstDate: CivilDate;
  readonly lastDate: CivilDate;

  readonly #years: readonly CalendarYear[];
  readonly #start: number;
  readonly #coveredDays: number;
  readonly #dates: CivilDate[] = [];
  readonly #infos: DayInfo[] = [];
  readonly #indexOf = new Map<CivilDate, number>();

  constructor(data: CalendarData) {
    const years = validateCalendarData(data);
    this.#years = years;
    this.firstYear = years[0]?.year ?? 0;
    this.lastYear = years[years.length - 1]?.year ?? 0;
    this.firstDate = `${this.firstYear}-01-01`;
    this.lastDate = `${this.lastYear}-12-31`;
    this.#start = epochDay(this.firstDate);
    this.#coveredDays = epochDay(this.lastDate) - this.#start + 1;
    this.#buildTable(years);
  }

  #buildTable(years: readonly CalendarYear[]): void {
    const special = new Map<CivilDate, DayInfo>();
    for (const y of years) {
      for (const h of y.holidays) {
        for (let day = epochDay(h.from); day <= epochDay(h.to); day++) {
          special.set(civilOf(day), Object.freeze({ working: false, reason: h.name, kind: 'holiday', holiday: h.name, estimated: false }));
        }
      }
      for (const m of y.makeupWorkdays) {
        special.set(m.date, Object.freeze({ working: true, reason: `调休上班（${m.for}）`, kind: 'makeup', holiday: m.for, estimated: false }));
      }
    }
    const end = epochDay(`${this.lastYear + ESTIMATE_HORIZON_YEARS}-12-31`);
    const plain = [0, 1, 2, 3, 4, 5, 6].map((w) => plainDay(w, false));
    const estimated = [0, 1, 2, 3, 4, 5, 6].map((w) => plainDay(w, true));
    for (let day = this.#start; day <= end; day++) {
      const date = civilOf(day);
      const w = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      const covered = day - this.#start < this.#coveredDays;
      this.#indexOf.set(date, this.#dates.length);
      this.#dates.push(date);
      this.#infos.push((covered ? (special.get(date) ?? plain[w]) : estimated[w]) as DayInfo);
    }
  }

  /** The data of one year (notices, holidays, make-up days), if present. */
  year(year: number): CalendarYear | undefined {
    return this.#years.find((y) => y.year === year);
  }

  /** All years of data, oldest first. */
  get years(): readonly CalendarYear[] {
    return this.#years;
  }

  /** True if `date` is a valid date the calendar can answer for, exactly or as an estimate. */
  knows(date: CivilDate): boolean {
    return this.#indexOf.has(date);
  }

  /** `date` plus `n` calendar days (a table lookup where possible). */
  plusDays(date: CivilDate, n: number): CivilDate {
    const i = this.#index(date);
    const j = i === null ? -1 : i + n;
    return j >= 0 && j < this.#dates.length ? (this.#dates[j] as CivilDate) : civilOf(epochDay(date) + n);
  }

  /** True if `date` is a valid date inside the data (firstYear-01-01 … lastYear-12-31). */
  covers(date: CivilDate): boolean {
    const i = this.#index(date);
    return i !== null && i < this.#coveredDays;
  }

  /** True if `date` is a 工作日. Throws CALENDAR_OUT_OF_RANGE outside the data unless estimating. */
  isWorkingDay(date: CivilDate, opts?: EstimateOptions): boolean {
    return this.dayInfo(date, opts).working;
  }

  /**
   * Whether `date` is a working day and why: '工作日', '周末', the holiday's name ('春节',
   * '国庆节、中秋节') or '调休上班（春节）'. Outside the data it throws CALENDAR_OUT_OF_RANGE, except
   * that with `estimateBeyond` a date up to ESTIMATE_HORIZON_YEARS past the data gets a weekends-only
   * answer marked `estimated: true`.
   */
  dayInfo(date: CivilDate, opts?: EstimateOptions): DayInfo {
    const i = this.#lookup(date, opts?.estimateBeyond ?? false);
    return this.#infos[i] as DayInfo;
  }

  /**
   * The days from `first` (inclusive) onwards, in order, with their information. Throws
   * CALENDAR_OUT_OF_RANGE on reaching a day outside the data (or past the estimate horizon).
   */
  *daysFrom(first: CivilDate, opts?: EstimateOptions): Generator<CalendarDay, void, undefined> {
    const estimate = opts?.estimateBeyond ?? false;
    for (let i = this.#lookup(first, estimate); ; i++) {
      if (i >= this.#infos.length || (!estimate && i >= this.#coveredDays)) {
        throw this.outOfRange(this.#dates[i] ?? civilOf(this.#start + i));
      }
      yield { date: this.#dates[i] as CivilDate, info: this.#infos[i] as DayInfo };
    }
  }

  /** The CALENDAR_OUT_OF_RANGE error for a date outside the data, with a message in Chinese. */
  outOfRange(date: CivilDate): DomainError {
    const y = Number(date.slice(0, 4));
    const range = `现有数据为 ${this.firstYear}—${this.lastYear} 年`;
    const message =
      y > this.lastYear
        ? `${y}年的节假日安排尚未收录（${range}），无法确定 ${date} 是否为工作日；请在国务院办公厅公布${y}年节假日安排后更新 calendar/china.json`
        : `${date} 早于节假日数据的范围（${range}），无法按工作日计算`;
    return new DomainError('CALENDAR_OUT_OF_RANGE', message, [{ field: 'date', message }]);
  }

  #index(date: CivilDate): number | null {
    return this.#indexOf.get(date) ?? null;
  }

  #lookup(date: CivilDate, estimate: boolean): number {
    const i = this.#index(date);
    if (i !== null && (estimate || i < this.#coveredDays)) return i;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isFinite(epochDay(date)) || civilOf(epochDay(date)) !== date) {
      throw new DomainError('VALIDATION', `日期“${date}”不是有效日期，应为 YYYY-MM-DD 格式`, [{ field: 'date', message: '日期应为有效日期（YYYY-MM-DD）' }]);
    }
    throw this.outOfRange(date);
  }
}
