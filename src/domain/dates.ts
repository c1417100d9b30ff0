/**
 * Civil dates as `YYYY-MM-DD` strings. Arithmetic uses UTC internally so that the server's time
 * zone never shifts a date; which day "today" is in China is decided outside the domain
 * (src/clock.ts) and passed in.
 */
import { DomainError } from './errors.ts';

/** A civil date, `YYYY-MM-DD`. */
export type CivilDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True if `s` is a real calendar date written `YYYY-MM-DD`. */
export function isCivilDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Checks a date and returns it, or throws a VALIDATION error naming the field. */
export function parseCivilDate(s: string, field = 'date', label = '日期'): CivilDate {
  const v = s.trim();
  if (!isCivilDate(v)) {
    throw new DomainError('VALIDATION', `${label}“${s}”不是有效日期，应为 YYYY-MM-DD 格式`, [
      { field, message: `${label}应为有效日期（YYYY-MM-DD）` },
    ]);
  }
  return v;
}

function toUtc(d: CivilDate): Date {
  return new Date(`${d}T00:00:00Z`);
}

/** `d` plus `n` calendar days. */
export function addDays(d: CivilDate, n: number): CivilDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(d: CivilDate): number {
  return toUtc(d).getUTCDay();
}

/** Calendar days from `a` to `b` (negative if `b` is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** The year of a civil date. */
export function yearOf(d: CivilDate): number {
  return Number(d.slice(0, 4));
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumberUnder100(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A date written in Chinese as in official documents: 2026-03-05 → 二〇二六年三月五日. */
export function chineseDate(d: CivilDate): string {
  const [y, m, day] = d.split('-');
  const year = [...(y ?? '')].map((c) => DIGITS[Number(c)]).join('');
  return `${year}年${chineseNumberUnder100(Number(m))}月${chineseNumberUnder100(Number(day))}日`;
}

/** A date in Arabic numerals with Chinese units: 2026-03-05 → 2026年3月5日. */
export function numericChineseDate(d: CivilDate): string {
  const [y, m, day] = d.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 周一 … 周日 for a date. */
export function weekdayName(d: CivilDate): string {
  return WEEKDAY_NAMES[weekday(d)] ?? '';
}
