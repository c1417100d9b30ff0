/**
 * The only place that reads the clock. Civil dates are China's (Asia/Shanghai), whatever the
 * server's time zone: a case received at 23:30 in Beijing is received that Beijing day.
 */
import type { CivilDate } from './domain/dates.ts';

/** Source of the current instant; tests pass a fixed one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant (tests, demo seeding). */
export function fixedClock(iso: string): Clock {
  const t = new Date(iso);
  return { now: () => new Date(t) };
}

const chinaFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The civil date in China at instant `t`. */
export function chinaDate(t: Date): CivilDate {
  return chinaFormatter.format(t);
}

/** Today's civil date in China according to `clock`. */
export function chinaToday(clock: Clock): CivilDate {
  return chinaDate(clock.now());
}
