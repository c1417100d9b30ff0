/**
 * Loads the working-day calendar from its data file, so that a new year's 放假调休 arrangement is a
 * data update, not a release: GONGKAI_CALENDAR_FILE, or calendar/china.json at the repository root.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WorkingCalendar } from '../domain/calendar.ts';
import type { CalendarData } from '../domain/calendar.ts';
import { DomainError } from '../domain/errors.ts';

/** The bundled data file: <repo>/calendar/china.json. */
export const DEFAULT_CALENDAR_FILE = fileURLToPath(new URL('../../calendar/china.json', import.meta.url));

const cache = new Map<string, WorkingCalendar>();

function readData(file: string): CalendarData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : String((err as Error).message);
    throw new DomainError('UNAVAILABLE', `无法读取节假日数据文件 ${file}：${why}（可用环境变量 GONGKAI_CALENDAR_FILE 指定）`);
  }
  try {
    return JSON.parse(text) as CalendarData;
  } catch (err) {
    throw new DomainError('UNAVAILABLE', `节假日数据文件 ${file} 不是有效的 JSON：${(err as Error).message}`);
  }
}

/**
 * The working calendar from `path`, else $GONGKAI_CALENDAR_FILE, else the bundled file; cached per
 * path. Throws DomainError ('UNAVAILABLE' if the file is missing or not JSON, 'VALIDATION' if its
 * content is wrong), the message naming the file.
 */
export function loadCalendar(path?: string): WorkingCalendar {
  const file = path ?? (process.env.GONGKAI_CALENDAR_FILE || DEFAULT_CALENDAR_FILE);
  const hit = cache.get(file);
  if (hit) return hit;
  const data = readData(file);
  let cal: WorkingCalendar;
  try {
    cal = new WorkingCalendar(data);
  } catch (err) {
    if (err instanceof DomainError) throw new DomainError(err.code, `${file}：${err.message}`, err.issues);
    throw err;
  }
  cache.set(file, cal);
  return cal;
}

/** Forgets loaded calendars (tests, or after the data file was updated). */
export function clearCalendarCache(): void {
  cache.clear();
}
