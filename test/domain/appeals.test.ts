import { describe, expect, it } from 'vitest';
import { validateAppeal } from '../../src/domain/appeals.ts';
import type { AppealFacts } from '../../src/domain/appeals.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { appealsTableDef } from '../../src/domain/report/appeals-labels.ts';
import { appealsCells, countsInYear, resultAtYearEnd, withAppeals } from '../../src/domain/report/from-appeals.ts';
import { checkReport } from '../../src/domain/report/checks.ts';
import { emptyReport } from '../../src/domain/report/model.ts';

const TODAY = '2026-03-02';

function issuesOf(p: Record<string, unknown>): Record<string, string> {
  try {
    validateAppeal(p, TODAY);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    expect(e.code).toBe('VALIDATION');
    return Object.fromEntries(e.issues.map((i) => [i.field, i.message]));
  }
  return {};
}

const ok = { kind: 'review', claimant: '张三', body: '示例市人民政府', receivedOn: '2025-04-01', result: 'pending' };

describe('validateAppeal', () => {
  it('accepts a pending review and a decided lawsuit, trimming text and defaulting the 受理 date to today', () => {
    expect(validateAppeal({ ...ok, claimant: ' 张三 ', caseNumber: '', notes: '' }, TODAY)).toEqual({
      kind: 'review', caseNumber: null, claimant: '张三', body: '示例市人民政府', receivedOn: '2025-04-01', result: 'pending', decidedOn: null, applicationNumber: null, notes: null,
    });
    const d = validateAppeal({ kind: 'litigation_after_review', claimant: '李四', body: '示例市中心区人民法院', receivedOn: '', result: 'upheld', decidedOn: '2026-03-02', caseNumber: '（2026）示0102行初3号', applicationNumber: 'SGAJ-2025-00012' }, TODAY);
    expect(d.receivedOn).toBe(TODAY);
    expect(d.result).toBe('upheld');
    expect(d.decidedOn).toBe('2026-03-02');
    expect(d.applicationNumber).toBe('SGAJ-2025-00012');
  });

  it.each([
    ['no kind', { ...ok, kind: 'appeal' }, 'kind', '请选择类别'],
    ['no claimant (review)', { ...ok, claimant: ' ' }, 'claimant', '请填写复议申请人'],
    ['no claimant (lawsuit)', { ...ok, kind: 'litigation_direct', claimant: '' }, 'claimant', '请填写原告'],
    ['no court', { ...ok, kind: 'litigation_direct', body: '' }, 'body', '请填写人民法院'],
    ['no review body', { ...ok, body: '' }, 'body', '请填写复议机关'],
    ['bad 受理 date', { ...ok, receivedOn: '2025-02-30' }, 'receivedOn', '受理（立案）日期“2025-02-30”不是有效日期'],
    ['受理 in the future', { ...ok, receivedOn: '2026-03-03' }, 'receivedOn', '受理（立案）日期不能晚于今天（2026-03-02）'],
    ['decided without a date', { ...ok, result: 'corrected' }, 'decidedOn', '结果为“结果纠正”时请填写审结日期'],
    ['pending with a date', { ...ok, decidedOn: '2025-05-01' }, 'decidedOn', '尚未审结的案件不应填写审结日期'],
    ['decided before received', { ...ok, result: 'upheld', decidedOn: '2025-03-31' }, 'decidedOn', '审结日期（2025-03-31）不能早于受理（立案）日期（2025-04-01）'],
    ['decided in the future', { ...ok, result: 'upheld', decidedOn: '2026-03-03' }, 'decidedOn', '审结日期不能晚于今天'],
    ['unknown result', { ...ok, result: 'won' }, 'result', '请选择结果'],
    ['case number too long', { ...ok, caseNumber: '号'.repeat(101) }, 'caseNumber', '案号（决定书、判决书文号）不能超过100个字'],
  ])('refuses %s, naming the field', (_name, p, field, message) => {
    const issues = issuesOf(p);
    expect(issues[field]).toContain(message);
  });

  it('lists every field at fault at once', () => {
    expect(Object.keys(issuesOf({ kind: 'litigation_direct', result: 'other' })).sort()).toEqual(['body', 'claimant', 'decidedOn']);
  });
});

const rec = (kind: AppealFacts['kind'], receivedOn: string, result: AppealFacts['result'] = 'pending', decidedOn: string | null = null): AppealFacts => ({ kind, receivedOn, result, decidedOn });

describe('section 四 from the records', () => {
  it.each([
    // [what, record, year, counts?, result at year end]
    ['received on 1 January counts that year', rec('review', '2025-01-01', 'upheld', '2025-03-01'), 2025, true, 'upheld'],
    ['received on 31 December counts that year', rec('review', '2025-12-31'), 2025, true, 'pending'],
    ['received on 31 December does not count the next year', rec('review', '2025-12-31'), 2026, false, 'pending'],
    ['received on 1 January does not count the year before', rec('review', '2026-01-01'), 2025, false, 'pending'],
    ['decided on 31 December is decided at year end', rec('litigation_direct', '2025-06-01', 'corrected', '2025-12-31'), 2025, true, 'corrected'],
    ['decided on 1 January is 尚未审结 at year end', rec('litigation_direct', '2025-06-01', 'corrected', '2026-01-01'), 2025, true, 'pending'],
    ['decided years later is 尚未审结 at year end', rec('litigation_after_review', '2024-11-30', 'other', '2026-02-10'), 2024, true, 'pending'],
    ['still pending', rec('litigation_after_review', '2025-11-30'), 2025, true, 'pending'],
  ] as const)('%s', (_what, r, year, counts, result) => {
    expect(countsInYear(r, year)).toBe(counts);
    expect(resultAtYearEnd(r, year)).toBe(result);
  });

  it('fills the three rows by kind, the four results and 总计, for the records of the year only', () => {
    const records = [
      rec('review', '2025-01-01', 'upheld', '2025-02-01'),
      rec('review', '2025-03-01', 'upheld', '2025-05-01'),
      rec('review', '2025-04-01', 'corrected', '2025-06-01'),
      rec('review', '2025-12-31', 'other', '2026-01-05'), // decided after year end: 尚未审结 in 2025
      rec('litigation_direct', '2025-07-01', 'other', '2025-09-01'),
      rec('litigation_direct', '2025-08-01'),
      rec('litigation_after_review', '2025-06-15', 'corrected', '2025-12-31'),
      rec('review', '2024-12-31', 'upheld', '2025-01-10'), // counted in 2024, not 2025
      rec('litigation_direct', '2026-01-01', 'upheld', '2026-02-01'), // counted in 2026
    ];
    expect(appealsCells(records, 2025)).toEqual({
      review: { upheld: 2, corrected: 1, other: 0, pending: 1, total: 4 },
      litigation_direct: { upheld: 0, corrected: 0, other: 1, pending: 1, total: 2 },
      litigation_after_review: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
    });
    expect(appealsCells(records, 2024).review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(appealsCells(records, 2026).litigation_direct).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
  });

  it('gives zeros without records, in the rows and columns of the model', () => {
    const cells = appealsCells([], 2020);
    const def = appealsTableDef();
    expect(Object.keys(cells)).toEqual(def.rows.map((r) => r.code));
    for (const r of def.rows) expect(Object.keys(cells[r.code] ?? {})).toEqual(def.columns.map((c) => c.code));
    expect(Object.values(cells).flatMap((r) => Object.values(r)).every((v) => v === 0)).toBe(true);
  });

  it('puts the counts into a report (both formats), which then passes the section 四 total check', () => {
    for (const year of [2020, 2025]) {
      const r = withAppeals(emptyReport({ name: '甲市公安局' }, year), [rec('review', `${year}-05-01`, 'upheld', `${year}-06-01`), rec('litigation_direct', `${year}-09-01`)]);
      expect(r.appeals.review?.total).toBe(1);
      expect(r.appeals.litigation_direct?.pending).toBe(1);
      expect(checkReport(r, {}).filter((f) => f.check === 'appeal_total')).toEqual([]);
    }
  });
});
