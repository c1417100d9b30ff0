/**
 * 条例 第二十六条: 属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。
 * An item published later than that is flagged (for 绩效考核).
 */
import type { WorkingCalendar } from '../calendar.ts';
import type { CivilDate } from '../dates.ts';
import { addWorkingDays } from '../deadline.ts';

export const PROACTIVE_PERIOD_WORKING_DAYS = 20;

/** The last day to publish, or null when the formation date is unknown. */
export function publishBy(cal: WorkingCalendar, formedOn: CivilDate | null): CivilDate | null {
  return formedOn ? addWorkingDays(cal, formedOn, PROACTIVE_PERIOD_WORKING_DAYS) : null;
}

/** True when published after the 第二十六条 limit. */
export function isLate(cal: WorkingCalendar, formedOn: CivilDate | null, publishedOn: CivilDate | null): boolean {
  const by = publishBy(cal, formedOn);
  return by !== null && publishedOn !== null && publishedOn > by;
}
