import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import data from '../../calendar/china.json' with { type: 'json' };
import { WorkingCalendar } from '../../src/domain/calendar.ts';
import type { CalendarData, CalendarYear } from '../../src/domain/calendar.ts';
import { addDays } from '../../src/domain/dates.ts';
import { DomainError } from '../../src/domain/errors.ts';

const { getDayDetail, isHoliday, isWorkday } = chineseDays;
const DATA = data as CalendarData;
const cal = new WorkingCalendar(DATA);

function allDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The Chinese name in a chinese-days entry such as "National Day,国庆节,3". */
function cdName(date: string): string {
  return getDayDetail(date).name.split(',')[1] ?? '';
}

describe('calendar/china.json against chinese-days', () => {
  const days = allDays('2019-01-01', '2026-12-31');

  it('covers 2019–2026 exactly', () => {
    expect([cal.firstYear, cal.lastYear]).toEqual([2019, 2026]);
    expect(days).toHaveLength(2922);
    expect(days.every((d) => cal.covers(d))).toBe(true);
    expect(cal.covers('2018-12-31')).toBe(false);
    expect(cal.covers('2027-01-01')).toBe(false);
  });

  it('agrees with isWorkday / isHoliday on every single day', () => {
    const disagree = days.filter((d) => cal.isWorkingDay(d) !== isWorkday(d) || cal.isWorkingDay(d) === isHoliday(d));
    expect(disagree).toEqual([]);
  });

  it('names holidays and 调休 days as chinese-days does (清明 ⊂ 清明节, 中秋 ⊂ 国庆节、中秋节)', () => {
    const wrong = days.filter((d) => {
      const info = cal.dayInfo(d);
      if (info.kind !== 'holiday' && info.kind !== 'makeup') return false;
      return !(info.holiday ?? '').includes(cdName(d));
    });
    expect(wrong).toEqual([]);
  });

  it('has the 调休上班 days of spec/statutory.md §6: 5 in 2025, 6 in 2026', () => {
    const makeups = (y: number) => allDays(`${y}-01-01`, `${y}-12-31`).filter((d) => cal.dayInfo(d).kind === 'makeup');
    expect(makeups(2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(makeups(2026)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });
});

describe('WorkingCalendar.dayInfo', () => {
  it.each([
    ['2026-03-09', true, '工作日'],
    ['2026-03-07', false, '周末'],
    ['2026-03-08', false, '周末'],
    ['2026-02-16', false, '春节'],
    ['2025-01-28', false, '春节'],
    ['2025-10-08', false, '国庆节、中秋节'],
    ['2023-09-29', false, '中秋节、国庆节'],
    ['2026-10-10', true, '调休上班（国庆节）'],
    ['2026-02-14', true, '调休上班（春节）'],
    ['2026-01-04', true, '调休上班（元旦）'],
    ['2020-02-01', false, '春节'], // 国办发明电〔2020〕1号: 春节 extended to 2月2日, the 2月1日 make-up day cancelled
    ['2020-02-03', true, '工作日'],
    ['2019-05-03', false, '劳动节'], // 2019 劳动节 changed to 5月1日至4日
    ['2019-05-05', true, '调休上班（劳动节）'],
    ['2019-04-06', false, '周末'], // 清明节 4月5日 "与周末连休": the weekend stays a weekend
    ['2024-02-09', true, '工作日'], // 除夕 2024: leave encouraged, still a working day
    ['2022-12-31', false, '元旦'], // in the 2023 notice
  ] as const)('%s → working %s, %s', (date, working, reason) => {
    expect(cal.dayInfo(date)).toMatchObject({ working, reason, estimated: false });
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('throws CALENDAR_OUT_OF_RANGE outside the data, naming the missing year', () => {
    expect(() => cal.dayInfo('2027-01-04')).toThrow(/2027年的节假日安排尚未收录/);
    expect(() => cal.isWorkingDay('2018-12-31')).toThrow(DomainError);
    try {
      cal.dayInfo('2018-12-31', { estimateBeyond: true });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('CALENDAR_OUT_OF_RANGE');
      expect((e as DomainError).message).toContain('早于节假日数据的范围');
    }
  });

  it('estimates weekends only past the data when asked, up to one year, and marks it', () => {
    expect(cal.dayInfo('2027-01-01', { estimateBeyond: true })).toMatchObject({ working: true, reason: '工作日', estimated: true });
    expect(cal.dayInfo('2027-01-02', { estimateBeyond: true })).toMatchObject({ working: false, reason: '周末', estimated: true });
    expect(() => cal.dayInfo('2028-01-03', { estimateBeyond: true })).toThrow(/2028年的节假日安排尚未收录/);
  });

  it('rejects a malformed date', () => {
    expect(() => cal.dayInfo('2026-02-30')).toThrow(/不是有效日期/);
    expect(cal.covers('2026-02-30')).toBe(false);
    expect(cal.covers('soon')).toBe(false);
  });

  it('keeps every notice, several per year where there were several', () => {
    expect(cal.year(2019)?.notices.map((n) => n.number)).toEqual(['国办发明电〔2018〕15号', '国办发明电〔2019〕3号']);
    expect(cal.year(2020)?.notices.map((n) => n.number)).toEqual(['国办发明电〔2019〕16号', '国办发明电〔2020〕1号']);
    expect(cal.year(2025)?.notices[0]).toMatchObject({ number: '国办发明电〔2024〕12号', date: '2024-11-12' });
    const n2026 = cal.year(2026)?.notices[0];
    expect(n2026).toMatchObject({ number: null, date: '2025-11-04' });
    expect(n2026?.note).toBeTruthy();
  });
});

describe('WorkingCalendar validates its data', () => {
  const y2026 = (DATA.years.find((y) => y.year === 2026) as CalendarYear);
  const clone = (): CalendarYear => JSON.parse(JSON.stringify(y2026)) as CalendarYear;
  const build = (years: CalendarYear[]) => () => new WorkingCalendar({ years });
  const withYear = (change: (y: CalendarYear) => void) => {
    const y = clone();
    change(y);
    return build([y]);
  };

  it('accepts a valid single year', () => {
    expect(build([clone()])().lastYear).toBe(2026);
  });

  it.each([
    ['a bad date', (y: CalendarYear) => { (y.holidays[1] as { to: string }).to = '2026-02-30'; }, /春节的日期“2026-02-30”不是有效日期/],
    ['a range ending before it starts', (y: CalendarYear) => { (y.holidays[0] as { to: string }).to = '2025-12-31'; }, /起始日期 2026-01-01 晚于结束日期/],
    ['overlapping ranges', (y: CalendarYear) => { y.holidays.push({ name: '劳动节', from: '2026-05-05', to: '2026-05-06' }); }, /放假安排重叠/],
    ['a make-up day that is not a weekend', (y: CalendarYear) => { y.makeupWorkdays.push({ date: '2026-03-10', for: '春节' }); }, /2026-03-10 不是周六或周日/],
    ['a make-up day inside a holiday', (y: CalendarYear) => { y.makeupWorkdays.push({ date: '2026-10-03', for: '国庆节' }); }, /调休上班日 2026-10-03（国庆节）与2026年国庆节/],
    ['a make-up day for an unknown holiday', (y: CalendarYear) => { y.makeupWorkdays.push({ date: '2026-03-14', for: '植树节' }); }, /所属节日“植树节”不在当年放假安排中/],
    ['a date outside the year', (y: CalendarYear) => { y.holidays.push({ name: '元旦', from: '2027-01-01', to: '2027-01-01' }); }, /不在2026年内/],
    ['a null number without a note', (y: CalendarYear) => { (y.notices[0] as { note: string | null }).note = null; }, /文号为 null 时须在 note 中说明/],
    ['no notice', (y: CalendarYear) => { y.notices = []; }, /缺少节假日安排通知/],
  ])('rejects %s', (_what, change, message) => {
    expect(withYear(change)).toThrow(message);
    expect(withYear(change)).toThrow(DomainError);
  });

  it('rejects a gap, a duplicate year and empty data', () => {
    const y2024 = { ...clone(), year: 2024, holidays: [], makeupWorkdays: [] };
    expect(build([y2024, clone()])).toThrow(/缺少2025年的数据/);
    expect(build([clone(), clone()])).toThrow(/2026年的数据重复/);
    expect(build([])).toThrow(/至少一年/);
  });
});
