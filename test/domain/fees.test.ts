import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { feeLineText, formatYuan, perItemFee, perPageFee, plainYuan } from '../../src/domain/fees.ts';

const yuan = (n: number): number => n * 100;

describe('perItemFee — 按件计收 (办法 第四条), cumulative per natural month', () => {
  it.each([
    // previous, items, total yuan
    [0, 0, 0],
    [0, 1, 0],
    [0, 10, 0], // 10件以下（含10件）免费
    [0, 11, 100], // 11th item: 100元
    [0, 30, 2_000], // 20 × 100
    [0, 31, 2_200], // + 1 × 200
    [0, 40, 4_000], // + 10 × 200
    [0, 41, 4_300], // + 1 × 300
    [0, 50, 7_000], // + 10 × 300
    [0, 51, 7_400], // + 1 × 400
    [9, 1, 0], // the 10th item of the month is free
    [10, 1, 100], // the 11th costs 100
    [29, 2, 300], // 30th at 100 + 31st at 200
    [30, 1, 200],
    [39, 1, 200],
    [40, 1, 300],
    [49, 2, 700], // 50th at 300 + 51st at 400
    [25, 20, 4_000], // 26–30: 500; 31–40: 2,000; 41–45: 1,500
    [100, 1, 900], // 101st: band 8 (101–110) → 200 + 7 × 100
  ])('%i earlier this month, %i now → %i元', (previous, items, total) => {
    expect(perItemFee(previous, items).amountFen).toBe(yuan(total));
  });

  it('splits the increment over the tiers it touches, free tier included', () => {
    expect(perItemFee(25, 20).lines).toEqual([
      { from: 26, to: 30, unitFen: 10_000, count: 5, subtotalFen: 50_000 },
      { from: 31, to: 40, unitFen: 20_000, count: 10, subtotalFen: 200_000 },
      { from: 41, to: 45, unitFen: 30_000, count: 5, subtotalFen: 150_000 },
    ]);
    expect(perItemFee(8, 5).lines).toEqual([
      { from: 9, to: 10, unitFen: 0, count: 2, subtotalFen: 0 },
      { from: 11, to: 13, unitFen: 10_000, count: 3, subtotalFen: 30_000 },
    ]);
    expect(perItemFee(3, 0)).toEqual({ amountFen: 0, lines: [] });
  });

  it.each([
    [5, 7],
    [10, 25],
    [12, 19],
    [31, 33],
    [0, 64],
  ])('charging %i then %i items equals charging them together (超额累进 over the month)', (a, b) => {
    expect(perItemFee(0, a).amountFen + perItemFee(a, b).amountFen).toBe(perItemFee(0, a + b).amountFen);
  });
});

describe('perPageFee — 按量计收 (办法 第五条), per application', () => {
  it.each([
    [0, 0],
    [1, 0],
    [30, 0], // 30页以下（含30页）免费
    [31, 10],
    [100, 700], // 70 × 10
    [101, 720], // + 1 × 20
    [200, 2_700], // + 100 × 20
    [201, 2_740], // + 1 × 40
    [500, 14_700], // + 300 × 40
  ])('%i pages → %i元', (pages, total) => {
    expect(perPageFee(pages).amountFen).toBe(yuan(total));
  });

  it('lists every tier of a long application', () => {
    expect(perPageFee(500).lines).toEqual([
      { from: 1, to: 30, unitFen: 0, count: 30, subtotalFen: 0 },
      { from: 31, to: 100, unitFen: 1_000, count: 70, subtotalFen: 70_000 },
      { from: 101, to: 200, unitFen: 2_000, count: 100, subtotalFen: 200_000 },
      { from: 201, to: 500, unitFen: 4_000, count: 300, subtotalFen: 1_200_000 },
    ]);
  });
});

describe('validation', () => {
  it.each([
    ['previousItemsThisMonth', () => perItemFee(-1, 1), '本月此前已申请件数'],
    ['previousItemsThisMonth', () => perItemFee(1.5, 1), '本月此前已申请件数'],
    ['items', () => perItemFee(0, -3), '本次申请件数'],
    ['items', () => perItemFee(0, Number.NaN), '本次申请件数'],
    ['pages', () => perPageFee(-1), '页数'],
    ['pages', () => perPageFee(2.5), '页数'],
    ['pages', () => perPageFee(Number.POSITIVE_INFINITY), '页数'],
    ['amountFen', () => formatYuan(12.5), '金额'],
  ])('rejects a bad %s', (field, call, label) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const err = error as DomainError;
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain(label);
    expect(err.issues.map((i) => i.field)).toEqual([field]);
  });
});

describe('money formatting', () => {
  it.each([
    [0, '0.00元', '0.00'],
    [5, '0.05元', '0.05'],
    [100, '1.00元', '1.00'],
    [120_000, '1,200.00元', '1200.00'],
    [123_456_789, '1,234,567.89元', '1234567.89'],
    [-150, '-1.50元', '-1.50'],
  ])('%i分 → %s', (fen, formatted, plain) => {
    expect(formatYuan(fen)).toBe(formatted);
    expect(plainYuan(fen)).toBe(plain);
  });

  it('describes fee lines in words', () => {
    expect(feeLineText({ from: 31, to: 40, unitFen: 20_000, count: 10, subtotalFen: 200_000 }, '件')).toBe(
      '第31—40件，10件×200元/件，计2,000.00元',
    );
    expect(feeLineText({ from: 1, to: 30, unitFen: 0, count: 30, subtotalFen: 0 }, '页')).toBe('第1—30页，30页，不收费');
    expect(feeLineText({ from: 11, to: 11, unitFen: 10_000, count: 1, subtotalFen: 10_000 }, '件')).toBe('第11件，1件×100元/件，计100.00元');
  });
});
