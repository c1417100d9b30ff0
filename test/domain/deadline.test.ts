/**
 * Deadline cases, each counted by hand on the 2025/2026 arrangements (spec/statutory.md §6).
 * 2025: 春节 1/28–2/4 (上班 1/26 日, 2/8 六); 国庆节、中秋节 10/1–10/8 (上班 9/28 日, 10/11 六).
 * 2026: 元旦 1/1–1/3 (上班 1/4 日); 春节 2/15–2/23 (上班 2/14 六, 2/28 六); 清明节 4/4–4/6;
 *       劳动节 5/1–5/5 (上班 5/9 六); 中秋节 9/25–9/27; 国庆节 10/1–10/7 (上班 9/20 日, 10/10 六).
 */
import { describe, expect, it } from 'vitest';
import data from '../../calendar/china.json' with { type: 'json' };
import { WorkingCalendar } from '../../src/domain/calendar.ts';
import type { CalendarData } from '../../src/domain/calendar.ts';
import {
  addWorkingDays, ANSWER_PERIOD_WORKING_DAYS, computeDeadline, CORRECTION_NOTICE_WORKING_DAYS, DEFAULT_FEE_CLOCK_MODE,
  FEE_PAYMENT_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, THIRD_PARTY_REPLY_WORKING_DAYS, workingDaysLeft,
} from '../../src/domain/deadline.ts';
import type { DeadlineInput } from '../../src/domain/deadline.ts';
import { DomainError } from '../../src/domain/errors.ts';

const cal = new WorkingCalendar(data as CalendarData);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? `${e.code}: ${e.message}` : `other: ${String(e)}`;
  }
  return 'no error';
}

describe('constants (条例 第三十条、第三十二条、第三十三条; 信息处理费)', () => {
  it('are the statutory numbers', () => {
    expect([ANSWER_PERIOD_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, CORRECTION_NOTICE_WORKING_DAYS, FEE_PAYMENT_WORKING_DAYS, THIRD_PARTY_REPLY_WORKING_DAYS])
      .toEqual([20, 20, 7, 20, 15]);
    expect(DEFAULT_FEE_CLOCK_MODE).toBe('suspend');
  });
});

const TP = 'third_party' as const;
const OA = 'other_agency' as const;

// [what, input, dueOn, makeup days counted]
const CASES: [string, DeadlineInput, string, string[]][] = [
  ['ordinary weekdays (Mon)', { receivedOn: '2026-03-02' }, '2026-03-30', []],
  ['received on a Friday', { receivedOn: '2026-03-06' }, '2026-04-03', []],
  ['received on a Saturday', { receivedOn: '2026-03-07' }, '2026-04-03', []],
  ['received on a Sunday', { receivedOn: '2026-03-08' }, '2026-04-03', []],
  ['across 清明节 2026', { receivedOn: '2026-03-16' }, '2026-04-14', []],
  ['春节 2025 with both 调休 days', { receivedOn: '2025-01-20' }, '2025-02-21', ['2025-01-26', '2025-02-08']],
  ['春节 2026 with 2/14 and 2/28 counted', { receivedOn: '2026-02-09' }, '2026-03-13', ['2026-02-14', '2026-02-28']],
  ['received on 春节 2026', { receivedOn: '2026-02-18' }, '2026-03-20', ['2026-02-28']],
  ['国庆节、中秋节 2025 (10/1–10/8)', { receivedOn: '2025-09-26' }, '2025-10-30', ['2025-09-28', '2025-10-11']],
  ['国庆节 2026, 10/10 counted', { receivedOn: '2026-09-28' }, '2026-10-30', ['2026-10-10']],
  ['中秋节 and 国庆节 2026, 9/20 and 10/10 counted', { receivedOn: '2026-09-18' }, '2026-10-22', ['2026-09-20', '2026-10-10']],
  ['received on 国庆节 (a Saturday)', { receivedOn: '2026-10-03' }, '2026-11-03', ['2026-10-10']],
  ['received on 国庆节 (a Monday)', { receivedOn: '2026-10-05' }, '2026-11-03', ['2026-10-10']],
  ['year end 2025 → 元旦 2026, 1/4 counted', { receivedOn: '2025-12-30' }, '2026-01-28', ['2026-01-04']],
  ['year end 2024 → 元旦 and 春节 2025', { receivedOn: '2024-12-31' }, '2025-02-05', ['2025-01-26']],
  ['with the extension', { receivedOn: '2026-09-28', extensionDays: 20 }, '2026-11-27', ['2026-10-10']],
  ['补正: count restarts after the supplement', { receivedOn: '2026-03-02', supplementedOn: '2026-03-10' }, '2026-04-08', []],
  ['补正: a pause before the supplement is ignored', { receivedOn: '2026-03-02', supplementedOn: '2026-03-10', pauses: [{ kind: TP, startOn: '2026-03-03', endOn: '2026-03-05' }] }, '2026-04-08', []],
  ['补正 then extension', { receivedOn: '2026-03-02', supplementedOn: '2026-03-10', extensionDays: 10 }, '2026-04-22', []],
  ['pause then extension (extension after a pause)', { receivedOn: '2026-03-02', pauses: [{ kind: TP, startOn: '2026-03-09', endOn: '2026-03-20' }], extensionDays: 20 }, '2026-05-14', ['2026-05-09']],
  ['other-agency pause of one day', { receivedOn: '2026-03-02', pauses: [{ kind: OA, startOn: '2026-03-04', endOn: '2026-03-04' }] }, '2026-03-31', []],
  ['an open pause starting after the due date', { receivedOn: '2026-03-02', pauses: [{ kind: OA, startOn: '2026-04-10', endOn: null }] }, '2026-03-30', []],
  ['fee, mode none', { receivedOn: '2026-03-02', feeNoticeOn: '2026-03-09', feePaidOn: '2026-03-13', feeClockMode: 'none' }, '2026-03-30', []],
  ['fee, mode suspend (5 working days not counted)', { receivedOn: '2026-03-02', feeNoticeOn: '2026-03-09', feePaidOn: '2026-03-13', feeClockMode: 'suspend' }, '2026-04-07', []],
  ['fee, default mode = suspend', { receivedOn: '2026-03-02', feeNoticeOn: '2026-03-09', feePaidOn: '2026-03-13' }, '2026-04-07', []],
  ['fee, mode restart (from the day after payment)', { receivedOn: '2026-03-02', feeNoticeOn: '2026-03-09', feePaidOn: '2026-03-13', feeClockMode: 'restart' }, '2026-04-13', []],
  ['a 7-day period', { receivedOn: '2026-09-28', periodDays: 7 }, '2026-10-13', ['2026-10-10']],
];

describe('computeDeadline — dated cases', () => {
  it.each(CASES)('%s', (_what, input, dueOn, makeups) => {
    const r = computeDeadline(cal, input, { strict: true });
    expect(r.dueOn).toBe(dueOn);
    expect(r.makeupWorkdays.map((m) => m.date)).toEqual(makeups);
    expect(r.countedDays).toHaveLength((input.periodDays ?? 20) + (input.extensionDays ?? 0));
    expect(r.countedDays.at(-1)).toBe(dueOn);
    expect(r.openPause).toBeNull();
    expect(r.estimated).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(r.explanation.at(-1)).toMatch(new RegExp(`^截止日期：${dueOn}（周.）$`));
  });
});

describe('computeDeadline — what it reports', () => {
  it('lists skipped days with their reasons and counts no non-working day', () => {
    const r = computeDeadline(cal, { receivedOn: '2026-09-28' });
    expect(r.startOn).toBe('2026-09-28');
    expect(r.countedDays[0]).toBe('2026-09-29');
    expect(r.skipped.filter((s) => s.reason === '国庆节').map((s) => s.date)).toEqual(
      ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(r.skipped).toContainEqual({ date: '2026-10-11', reason: '周末' });
    expect(r.countedDays.every((d) => cal.isWorkingDay(d))).toBe(true);
    expect(r.makeupWorkdays).toEqual([{ date: '2026-10-10', for: '国庆节' }]);
  });

  it('explains in Chinese, naming the skipped holidays', () => {
    expect(computeDeadline(cal, { receivedOn: '2026-09-28', extensionDays: 20 }).explanation).toEqual([
      '收到申请：2026-09-28（周一），自次日起计算',
      '答复期限：20个工作日 + 延长20个工作日（第三十三条）',
      '跳过 2026-10-01 至 2026-10-07 国庆节（7天）',
      '计入 2026-10-10（周六）调休上班（国庆节）',
      '另跳过周末 13天',
      '截止日期：2026-11-27（周五）',
    ]);
    const spring = computeDeadline(cal, { receivedOn: '2026-02-09' }).explanation;
    expect(spring).toContain('跳过 2026-02-15 至 2026-02-23 春节（9天）');
    expect(spring).toContain('计入 2026-02-14（周六）调休上班（春节）');
    expect(computeDeadline(cal, { receivedOn: '2025-09-26' }).explanation).toContain('跳过 2025-10-01 至 2025-10-08 国庆节、中秋节（8天）');
    expect(computeDeadline(cal, { receivedOn: '2026-10-03' }).explanation[0]).toBe('收到申请：2026-10-03（周六，国庆节），自次日起计算');
  });

  it('reports paused days and says so in the explanation', () => {
    const r = computeDeadline(cal, { receivedOn: '2026-03-02', pauses: [{ kind: TP, startOn: '2026-03-09', endOn: '2026-03-20', label: '某公司' }], extensionDays: 20 });
    expect(r.pausedDays).toHaveLength(10);
    expect(r.pausedDays[0]).toEqual({ date: '2026-03-09', kind: TP });
    expect(r.explanation).toContain('征求第三方意见暂停：2026-03-09 至 2026-03-20，不计入（10个工作日；某公司）');
    expect(r.explanation).toContain('跳过 2026-05-01 至 2026-05-05 劳动节（5天）');
  });

  it('explains the restart after a 补正', () => {
    const r = computeDeadline(cal, { receivedOn: '2026-03-02', supplementedOn: '2026-03-10' });
    expect(r.startOn).toBe('2026-03-10');
    expect(r.explanation.slice(0, 2)).toEqual(['收到申请：2026-03-02（周一）', '收到补正材料：2026-03-10（周二），答复期限自次日起重新计算（第三十条）']);
  });
});

describe('computeDeadline — open pauses and unpaid fees', () => {
  it('an open consultation leaves the due date open', () => {
    const r = computeDeadline(cal, { receivedOn: '2026-03-02', pauses: [{ kind: OA, startOn: '2026-03-05', endOn: null }] });
    expect(r.dueOn).toBeNull();
    expect(r.openPause).toMatchObject({ kind: OA, startOn: '2026-03-05', endOn: null });
    expect(r.countedDays).toEqual(['2026-03-03', '2026-03-04']);
    expect(r.explanation).toContain('征求其他机关意见暂停：2026-03-05 起，尚未结束，期间不计入');
    expect(r.explanation.at(-1)).toBe('截止日期：待定（征求其他机关意见尚未结束，已计入2个工作日）');
  });

  it.each([
    ['suspend', ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']],
    ['restart', []],
  ] as const)('an unpaid fee in mode %s leaves it open', (mode, counted) => {
    const r = computeDeadline(cal, { receivedOn: '2026-03-02', feeNoticeOn: '2026-03-09', feeClockMode: mode });
    expect(r.dueOn).toBeNull();
    expect(r.openPause).toMatchObject({ kind: 'fee', startOn: '2026-03-09', endOn: null });
    expect(r.countedDays).toEqual(counted);
  });

  it('an unpaid fee in mode none does not matter', () => {
    expect(computeDeadline(cal, { receivedOn: '2026-03-02', feeNoticeOn: '2026-03-09', feeClockMode: 'none' }).dueOn).toBe('2026-03-30');
  });
});

describe('computeDeadline — beyond and before the calendar data', () => {
  it('estimates past 2026 with weekends only, and warns', () => {
    const r = computeDeadline(cal, { receivedOn: '2026-12-20' });
    expect(r.dueOn).toBe('2027-01-15');
    expect(r.estimated).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('2027年的节假日安排尚未收录');
    expect(r.warnings[0]).toContain('2027-01-01 起仅按周六、周日休息估算');
    expect(r.explanation.at(-1)).toBe('截止日期：2027-01-15（周五，估算）');
  });

  it('throws CALENDAR_OUT_OF_RANGE past the data when strict', () => {
    expect(codeOf(() => computeDeadline(cal, { receivedOn: '2026-12-20' }, { strict: true }))).toMatch(/^CALENDAR_OUT_OF_RANGE: .*2027年的节假日安排尚未收录/);
    expect(computeDeadline(cal, { receivedOn: '2026-11-30' }, { strict: true }).dueOn).toBe('2026-12-28');
  });

  it.each([
    ['a date in 2030', '2030-03-04', false],
    ['a date in 2030, strict', '2030-03-04', true],
    ['a date in 2018', '2018-12-28', false],
  ])('rejects %s', (_what, receivedOn, strict) => {
    expect(codeOf(() => computeDeadline(cal, { receivedOn }, { strict }))).toMatch(/^CALENDAR_OUT_OF_RANGE: /);
  });
});

describe('computeDeadline — validation', () => {
  it.each([
    ['extension > 20', { receivedOn: '2026-03-02', extensionDays: 21 }, /延长答复期限应为0至20个工作日的整数（条例 第三十三条/],
    ['negative extension', { receivedOn: '2026-03-02', extensionDays: -1 }, /延长答复期限/],
    ['fractional extension', { receivedOn: '2026-03-02', extensionDays: 2.5 }, /延长答复期限/],
    ['a bad date', { receivedOn: '2026-02-30' }, /收到申请日期“2026-02-30”不是有效日期/],
    ['a supplement before receipt', { receivedOn: '2026-03-02', supplementedOn: '2026-03-01' }, /早于收到申请日期/],
    ['a pause ending before it starts', { receivedOn: '2026-03-02', pauses: [{ kind: TP, startOn: '2026-03-09', endOn: '2026-03-06' }] }, /暂停结束日期 2026-03-06 早于开始日期/],
    ['payment without a notice', { receivedOn: '2026-03-02', feePaidOn: '2026-03-09' }, /没有收费通知日期/],
    ['a zero period', { receivedOn: '2026-03-02', periodDays: 0 }, /期限天数/],
  ] as [string, DeadlineInput, RegExp][])('rejects %s', (_what, input, message) => {
    expect(codeOf(() => computeDeadline(cal, input))).toMatch(/^VALIDATION: /);
    expect(() => computeDeadline(cal, input)).toThrow(message);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['补正 notice limit across 国庆节', '2026-09-28', 7, '2026-10-13'],
    ['补正 notice limit across 春节 (both 调休 Saturdays)', '2026-02-12', 7, '2026-02-28'],
    ['payment limit (20)', '2026-03-09', 20, '2026-04-07'],
    ['zero days', '2026-03-09', 0, '2026-03-09'],
    ['one day from a Friday', '2026-03-06', 1, '2026-03-09'],
  ])('%s: %s + %i → %s', (_what, from, n, expected) => {
    expect(addWorkingDays(cal, from, n)).toBe(expected);
  });

  it('estimates past the data unless strict', () => {
    expect(addWorkingDays(cal, '2026-12-28', 7)).toBe('2027-01-06');
    expect(cal.covers('2027-01-06')).toBe(false);
    expect(codeOf(() => addWorkingDays(cal, '2026-12-28', 7, { strict: true }))).toMatch(/^CALENDAR_OUT_OF_RANGE: .*2027年/);
    expect(codeOf(() => addWorkingDays(cal, '2026-03-02', -1))).toMatch(/^VALIDATION: /);
  });
});

describe('workingDaysLeft', () => {
  it.each([
    ['before 国庆节', '2026-09-30', '2026-10-09', 2],
    ['over the 10/10 调休 Saturday', '2026-10-09', '2026-10-12', 2],
    ['a full period', '2026-09-28', '2026-10-30', 20],
    ['due today', '2026-10-30', '2026-10-30', 0],
    ['one working day overdue', '2026-10-19', '2026-10-16', -1],
    ['a weekend after the due date is already overdue', '2026-10-17', '2026-10-16', -1],
    ['three working days overdue (10/10 counts)', '2026-10-13', '2026-10-09', -3],
  ])('%s: today %s, due %s → %i', (_what, today, due, expected) => {
    expect(workingDaysLeft(cal, today, due)).toBe(expected);
  });
});
