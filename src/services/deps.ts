/** What services receive: the database, the clock and the working-day calendar. No container. */
import type { Clock } from '../clock.ts';
import type { WorkingCalendar } from '../domain/calendar.ts';
import type { Db } from '../db/database.ts';

export interface Deps {
  db: Db;
  clock: Clock;
  calendar: WorkingCalendar;
}

/** A logged-in staff member acting for one agency. */
export interface Actor {
  userId: number;
  displayName: string;
  username: string;
  agencyId: number;
  agencyName: string;
  roles: string[];
  /** Every agency the user belongs to (for the agency switcher). */
  agencies: { id: number; name: string }[];
}
