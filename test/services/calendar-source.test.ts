import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { clearCalendarCache, DEFAULT_CALENDAR_FILE, loadCalendar } from '../../src/services/calendar-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-cal-'));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('loadCalendar', () => {
  const saved = process.env.GONGKAI_CALENDAR_FILE;
  afterEach(() => {
    if (saved === undefined) delete process.env.GONGKAI_CALENDAR_FILE;
    else process.env.GONGKAI_CALENDAR_FILE = saved;
    clearCalendarCache();
  });

  it('loads the bundled calendar/china.json and caches it', () => {
    delete process.env.GONGKAI_CALENDAR_FILE;
    expect(DEFAULT_CALENDAR_FILE.endsWith(join('calendar', 'china.json'))).toBe(true);
    const cal = loadCalendar();
    expect([cal.firstYear, cal.lastYear]).toEqual([2019, 2026]);
    expect(loadCalendar()).toBe(cal);
  });

  it('reads GONGKAI_CALENDAR_FILE (a year added without a code change)', () => {
    const data = JSON.parse(readFileSync(DEFAULT_CALENDAR_FILE, 'utf8')) as { years: unknown[] };
    data.years.push({ year: 2027, notices: [{ title: '测试用安排', number: null, date: '2026-11-01', note: '测试' }], holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }], makeupWorkdays: [] });
    process.env.GONGKAI_CALENDAR_FILE = write('plus2027.json', JSON.stringify(data));
    const cal = loadCalendar();
    expect(cal.lastYear).toBe(2027);
    expect(cal.dayInfo('2027-01-01').reason).toBe('元旦');
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), 'UNAVAILABLE', /无法读取节假日数据文件 .*nope\.json：文件不存在/],
    ['a file that is not JSON', () => write('bad.json', '{ years: '), 'UNAVAILABLE', /不是有效的 JSON/],
    ['invalid data', () => write('invalid.json', JSON.stringify({ years: [{ year: 2026, notices: [{ title: 't', number: 'x', date: '2025-11-04' }], holidays: [], makeupWorkdays: [{ date: '2026-03-10', for: '春节' }] }] })), 'VALIDATION', /invalid\.json：节假日数据有误：.*不是周六或周日/],
  ])('fails clearly on %s', (_what, file, code, message) => {
    try {
      loadCalendar(file());
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(code);
      expect((e as DomainError).message).toMatch(message);
    }
  });
});
