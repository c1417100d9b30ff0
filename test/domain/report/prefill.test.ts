/** The prefilled narrative agrees with the tables (the narrative-figure check finds nothing), in both formats, with every figure non-zero. */
import { describe, expect, it } from 'vitest';
import { allCellRefs } from '../../../src/domain/report/labels.ts';
import { emptyReport, setCell } from '../../../src/domain/report/model.ts';
import type { AnnualReport } from '../../../src/domain/report/model.ts';
import { checkNarrativeFigures } from '../../../src/domain/report/narrative-figures.ts';
import { checkEmptyNarrative, checkDuplicateParagraphs } from '../../../src/domain/report/narrative-checks.ts';
import { changeText, prefillNarrative } from '../../../src/domain/report/prefill.ts';

function filled(year: number, seed: number): AnnualReport {
  let r = emptyReport({ name: '示例市公安局' }, year);
  allCellRefs(r.format).forEach((ref, i) => (r = setCell(r, ref, ((i * 7 + seed) % 23) + 1)));
  return r.format === '2021' ? { ...r, other: { ...r.other, processingFeeFen: 12_345 } } : r;
}

describe('prefillNarrative', () => {
  const figures = { itemsPublished: 128, itemsLastYear: 140, channels: [{ label: '门户网站', count: 120 }, { label: '政务微博', count: 0 }, { label: '微信公众号', count: 35 }] };

  it.each([2020, 2025])('writes figures the narrative-figure check reads as the tables’ (%i)', (year) => {
    const r = prefillNarrative(filled(year, 3), figures, filled(year - 1, 5));
    expect(checkNarrativeFigures(r)).toEqual([]);
    expect(checkEmptyNarrative(r)).toEqual([]);
    expect(checkDuplicateParagraphs(r, null)).toEqual([]);
    expect(r.overview.parts.proactive).toContain('主动公开政府信息128条，较上年（140条）减少12条。');
    expect(r.overview.parts.platform).toContain('门户网站120条、微信公众号35条');
    expect(r.overview.parts.platform).not.toContain('政务微博');
  });

  it('states the 信息处理费 in 元 in the 2021 format, and a year without applications as such', () => {
    expect(prefillNarrative(filled(2025, 1), figures, null).other.text).toContain('收取信息处理费共计123.45元。');
    const none = prefillNarrative(emptyReport({ name: '甲' }, 2025), { itemsPublished: 0, itemsLastYear: null, channels: [] }, null);
    expect(none.overview.parts.on_application).toBe('本年度未收到政府信息公开申请，亦无上年度结转的申请。');
    expect(none.other.text).toContain('本年度未收取信息处理费。');
    expect(checkNarrativeFigures(none)).toEqual([]);
  });

  it.each([
    [12, 9, '件', '，较上年（9件）增加3件'],
    [5, 9, '条', '，较上年（9条）减少4条'],
    [4, 4, '件', '，与上年（4件）持平'],
    [4, null, '件', ''],
  ])('changeText(%i, %s)', (now, last, unit, text) => expect(changeText(now, last, unit)).toBe(text));
});
