import { describe, expect, it } from 'vitest';
import { ARTICLE20 } from '../../../src/domain/catalog/article20.ts';
import { checkIndexNumber, formatIndexNumber } from '../../../src/domain/catalog/index-number.ts';
import { validateItem } from '../../../src/domain/catalog/item-form.ts';
import { itemTransition } from '../../../src/domain/catalog/item-workflow.ts';
import { isLate, publishBy } from '../../../src/domain/catalog/timeliness.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { loadCalendar } from '../../../src/services/calendar-source.ts';

const base = { title: '示例市公安局关于2025年道路交通安全管理的通告', publisher: '示例市公安局', writtenOn: '2026-03-02' };

function fields(p: Record<string, string>): Record<string, string> {
  try {
    validateItem(p);
    return {};
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return Object.fromEntries((e as DomainError).issues.map((i) => [i.field, i.message]));
  }
}

describe('catalog items', () => {
  it('lists the fifteen items of 第二十条', () => {
    expect(ARTICLE20.map((a) => a.n)).toEqual([...Array(15).keys()].map((i) => i + 1));
    expect(ARTICLE20[0]?.label).toBe('（一）行政法规、规章和规范性文件');
  });

  it('accepts a valid item and defaults formed-on to the written date', () => {
    expect(validateItem(base)).toMatchObject({ title: base.title, formedOn: '2026-03-02', validity: '有效', disclosureMethod: '主动公开', disclosureScope: '面向社会' });
  });

  it.each([
    [{ title: '' }, 'title', '请填写名称'],
    [{ publisher: '' }, 'publisher', '发布机构'],
    [{ writtenOn: '2026-02-30' }, 'writtenOn', '不是有效日期'],
    [{ formedOn: '2026-03-01' }, 'formedOn', '不能早于成文日期'],
    [{ abolishedOn: '2025-01-01' }, 'abolishedOn', '不能早于成文日期'],
    [{ validity: '作废' }, 'validity', '有效性'],
    [{ validity: '废止' }, 'validityChangedOn', '请填写日期'],
    [{ article20: '1' }, 'regulationKind', '规章'],
    [{ article20: '16' }, 'article20', '无效'],
  ])('rejects %j at %s', (over, field, words) => {
    expect(fields({ ...base, ...over } as Record<string, string>)[field]).toContain(words);
  });

  it('formats and recognises 索引号', () => {
    expect(formatIndexNumber('11350100MB0000000X', 2026, 7)).toBe('11350100MB0000000X/2026-00007');
    expect(formatIndexNumber('01424668-5', 2021, 63)).toBe('014246685/2021-00063');
    for (const s of ['000014349/2018-00222', '01424668-5/2021-00063', '0142768-8/2022-00185', '11370812004339255B/2020-22849', '11341702486344515H/202110-00013', '01527918X-2020-153077']) {
      expect(() => checkIndexNumber(s), s).not.toThrow();
    }
    expect(() => checkIndexNumber('随便写的')).toThrow(DomainError);
  });

  it('lets no one review their own item (一事一审), and only reviewers review', () => {
    const item = { status: 'submitted', authorId: 7 };
    expect(() => itemTransition(item, 'approve', { userId: 7, roles: ['reviewer'] })).toThrow(/一事一审/);
    expect(() => itemTransition(item, 'approve', { userId: 8, roles: ['handler'] })).toThrow(DomainError);
    expect(itemTransition(item, 'approve', { userId: 8, roles: ['reviewer'] })).toBe('approved');
    expect(itemTransition(item, 'reject', { userId: 8, roles: ['head'] })).toBe('rejected');
    expect(() => itemTransition({ status: 'draft', authorId: 7 }, 'publish', { userId: 8, roles: ['head'] })).toThrow(/不能发布/);
  });

  it('flags publication later than 20 working days after formation (第二十六条)', () => {
    const cal = loadCalendar();
    expect(publishBy(cal, '2026-09-28')).toBe('2026-10-30'); // 国庆 10-01..07 off, 10-10 调休 counted
    expect(isLate(cal, '2026-09-28', '2026-10-30')).toBe(false);
    expect(isLate(cal, '2026-09-28', '2026-11-02')).toBe(true);
    expect(isLate(cal, null, '2026-11-02')).toBe(false);
  });
});
