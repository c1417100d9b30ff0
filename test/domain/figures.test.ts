import { describe, expect, it } from 'vitest';
import { fenToWanYuan, fenToYuanText, FIGURE_KINDS, figureFromText, kindByName, validateFigure, yuanToFen } from '../../src/domain/catalog/figures.ts';
import type { FigureEntry, FigureKind } from '../../src/domain/catalog/figures.ts';
import { computeSection2, regulationCounts, reportFormatFor } from '../../src/domain/catalog/section2.ts';
import type { RegulationItem } from '../../src/domain/catalog/section2.ts';
import { DomainError } from '../../src/domain/errors.ts';

function issuesOf(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).issues;
  }
  throw new Error('expected a validation error');
}

describe('figure kinds', () => {
  it('have unique codes and unique import names', () => {
    const names = FIGURE_KINDS.flatMap((k) => [k.name, ...k.aliases]);
    expect(new Set(FIGURE_KINDS.map((k) => k.code)).size).toBe(FIGURE_KINDS.length);
    expect(new Set(names).size).toBe(names.length);
  });
  it.each([
    ['行政许可', 'permit_decisions'],
    [' 行政处罚 ', 'penalty_decisions'],
    ['行政强制', 'coercion_decisions'],
    ['其他对外管理服务事项', 'other_service_decisions'],
    ['行政事业性收费', 'fee_amount'],
    ['政府集中采购 采购项目数量', 'procurement_projects'],
    ['采购总金额', 'procurement_amount'],
    ['行政许可项目数量', 'permit_items'],
    ['fee_items', 'fee_items'],
  ])('%s is %s', (name, code) => {
    expect(kindByName(name)?.code).toBe(code);
  });
  it('does not know 行政复议', () => expect(kindByName('行政复议')).toBeUndefined());
});

describe('validateFigure', () => {
  it('accepts a monthly count, a yearly item count with month 0, and 2018 only for yearly kinds', () => {
    expect(validateFigure({ year: 2025, month: 12, kind: 'penalty_decisions', value: 0 })).toEqual({ year: 2025, month: 12, kind: 'penalty_decisions', value: 0 });
    expect(validateFigure({ year: 2018, month: 0, kind: 'permit_items', value: 23 }).year).toBe(2018);
  });
  it.each([
    [{ year: 2018, month: 1, kind: 'permit_decisions', value: 1 }, 'year', '年份应为2019年或以后的整数'],
    [{ year: 2017, month: 0, kind: 'permit_items', value: 1 }, 'year', '年份应为2018年或以后的整数'],
    [{ year: 2025.5, month: 1, kind: 'permit_decisions', value: 1 }, 'year', '年份应为2019年或以后的整数'],
    [{ year: 2025, month: 0, kind: 'permit_decisions', value: 1 }, 'month', '月份应为1至12的整数'],
    [{ year: 2025, month: 13, kind: 'permit_decisions', value: 1 }, 'month', '月份应为1至12的整数'],
    [{ year: 2025, month: 3, kind: 'permit_items', value: 1 }, 'month', '“行政许可项目数量”为全年数，月份应为0（或留空）'],
    [{ year: 2025, month: 1, kind: 'permit_decisions', value: -1 }, 'value', '行政许可数值应为不小于0的整数'],
    [{ year: 2025, month: 1, kind: 'fee_amount', value: 1.5 }, 'value', '行政事业性收费金额应为不小于0的整数（单位：分）'],
    [{ year: 2025, month: 1, kind: 'appeals', value: 1 }, 'kind', '项目“appeals”不是可录入的统计项目'],
  ])('refuses %o on %s', (entry, field, message) => {
    expect(issuesOf(() => validateFigure(entry))).toContainEqual({ field, message });
  });
  it('lists every field at fault at once', () => {
    const issues = issuesOf(() => validateFigure({ year: 2010, month: 14, kind: 'penalty_decisions', value: -3 }));
    expect(issues.map((i) => i.field)).toEqual(['year', 'month', 'value']);
  });
});

describe('money', () => {
  it.each([
    ['0', 0], ['12', 1200], ['12.5', 1250], ['12.05', 1205], ['1,234.56', 123456], ['88元', 8800],
    ['12.345', undefined], ['-1', undefined], ['abc', undefined], ['', undefined],
  ])('yuanToFen(%s) = %s', (text, fen) => expect(yuanToFen(text)).toBe(fen));
  it.each([
    [0, '0.0000'], [49, '0.0000'], [50, '0.0001'], [100, '0.0001'], [123456789, '123.4568'],
    [1_000_000, '1.0000'], [99_999_949, '99.9999'], [99_999_950, '100.0000'],
  ])('fenToWanYuan(%s) = %s (whole 元, half up)', (fen, text) => expect(fenToWanYuan(fen)).toBe(text));
  it.each([[175380200, '1753802元'], [1250, '12.50元'], [5, '0.05元']])('fenToYuanText(%s) = %s', (fen, text) => expect(fenToYuanText(fen)).toBe(text));
});

describe('figureFromText (import rows)', () => {
  it.each([
    [{ year: '2025', month: '3', kind: '行政许可', value: '12' }, { year: 2025, month: 3, kind: 'permit_decisions', value: 12 }],
    [{ year: '2025年', month: '3月', kind: '行政事业性收费', value: '1234.5' }, { year: 2025, month: 3, kind: 'fee_amount', value: 123450 }],
    [{ year: '2019', month: '', kind: '行政处罚项目数量', value: '251' }, { year: 2019, month: 0, kind: 'penalty_items', value: 251 }],
  ])('reads %o', (row, entry) => expect(figureFromText(row).entry).toEqual(entry));
  it.each([
    [{ year: '二〇二五', month: '3', kind: '行政许可', value: '1' }, '年份“二〇二五”应为整数'],
    [{ year: '2025', month: '', kind: '行政许可', value: '1' }, '月份“”应为整数'],
    [{ year: '2025', month: '3', kind: '行政许可', value: '1.5' }, '数值“1.5”应为不小于0的整数'],
    [{ year: '2025', month: '3', kind: '行政事业性收费', value: '1.234' }, '金额“1.234”应为以元为单位、最多两位小数的数'],
    [{ year: '2025', month: '3', kind: '', value: '1' }, '项目未填写'],
    [{ year: '2025', month: '13', kind: '行政强制', value: '1' }, '月份应为1至12的整数'],
  ])('refuses %o', (row, message) => expect(figureFromText(row).errors).toContain(message));
});

const reg = (over: Partial<RegulationItem>): RegulationItem => ({
  article20: 1, regulationKind: '规章', status: 'published', writtenOn: null, publishedOn: null, abolishedOn: null, ...over,
});

describe('第二十条第（一）项 counts across years', () => {
  const items: RegulationItem[] = [
    reg({ writtenOn: '2023-05-01', publishedOn: '2023-05-10' }), // in force throughout
    reg({ writtenOn: '2023-02-01', publishedOn: '2023-02-05', abolishedOn: '2024-06-30' }), // abolished 2024
    reg({ writtenOn: '2024-12-28', publishedOn: '2025-01-04' }), // made 2024, published 2025
    reg({ writtenOn: '2025-03-01', publishedOn: '2025-03-05', validity: '失效', validityChangedOn: '2025-11-30' }), // expired 2025
    reg({ writtenOn: null, publishedOn: '2025-07-01', validity: '废止', validityChangedOn: '2026-01-15' }), // no 成文日期: 发布日期
    reg({ writtenOn: '2025-04-01', publishedOn: '2025-04-02', status: 'withdrawn' }), // withdrawn: not counted
    reg({ writtenOn: '2025-04-01', publishedOn: null, status: 'draft' }), // not published
    reg({ writtenOn: '2025-04-01', publishedOn: '2025-04-02', regulationKind: '行政规范性文件' }), // other row
    reg({ article20: 2, writtenOn: '2025-04-01', publishedOn: '2025-04-02' }), // not （一）
  ];
  it.each([
    [2023, { made: 2, abolished: 0, inForce: 2, published: 2, publishedTotal: 2 }],
    [2024, { made: 1, abolished: 1, inForce: 2, published: 0, publishedTotal: 2 }],
    [2025, { made: 2, abolished: 0, inForce: 3, published: 3, publishedTotal: 5 }],
    [2026, { made: 0, abolished: 1, inForce: 2, published: 0, publishedTotal: 5 }],
  ])('规章 in %i', (year, counts) => expect(regulationCounts(items, '规章', year)).toEqual(counts));
});

const fig = (kind: FigureKind, year: number, month: number, value: number): FigureEntry => ({ kind, year, month, value });

describe('section 二', () => {
  const figures: FigureEntry[] = [
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => fig('permit_decisions', 2025, m, 10 + m)), // 198
    fig('permit_decisions', 2024, 12, 999), // last year: not counted
    fig('penalty_decisions', 2025, 1, 4), fig('penalty_decisions', 2025, 7, 6),
    fig('coercion_decisions', 2025, 2, 3),
    fig('other_service_decisions', 2025, 3, 86),
    fig('fee_amount', 2025, 1, 1_234_500), fig('fee_amount', 2025, 2, 10_000_050), // 112 345.50 元
    fig('procurement_projects', 2025, 5, 41), fig('procurement_amount', 2025, 5, 175_380_200),
    fig('permit_items', 2024, 0, 23), fig('permit_items', 2025, 0, 23),
    fig('other_service_items', 2024, 0, 12), fig('other_service_items', 2025, 0, 10),
    fig('penalty_items', 2025, 0, 251), // no 2024 figure: unknown
    fig('fee_items', 2024, 0, 11), fig('fee_items', 2025, 0, 8),
  ];
  const items = [
    reg({ writtenOn: '2025-03-01', publishedOn: '2025-03-05' }),
    reg({ writtenOn: '2022-03-01', publishedOn: '2022-03-05', abolishedOn: '2025-09-01' }),
    reg({ regulationKind: '行政规范性文件', writtenOn: '2024-12-30', publishedOn: '2025-01-03' }),
  ];

  it('2021 format: labels verbatim, sums of the months, 万元 with four decimals', () => {
    const s = computeSection2('2021', 2025, figures, items);
    expect(s.tables.map((t) => [t.article, t.columns, t.rows.map((r) => r.label)])).toEqual([
      ['第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']],
      ['第二十条第（五）项', ['本年处理决定数量'], ['行政许可']],
      ['第二十条第（六）项', ['本年处理决定数量'], ['行政处罚', '行政强制']],
      ['第二十条第（八）项', ['本年收费金额（单位：万元）'], ['行政事业性收费']],
    ]);
    const [t1, t5, t6, t8] = s.tables;
    expect(t1.rows[0]?.cells).toEqual({ 本年制发件数: 1, 本年废止件数: 1, 现行有效件数: 1 });
    expect(t1.rows[1]?.cells).toEqual({ 本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 1 });
    expect(t5.rows[0]?.cells.本年处理决定数量).toBe(198);
    expect(t6.rows.map((r) => r.cells.本年处理决定数量)).toEqual([10, 3]);
    expect(t8.rows[0]?.cells['本年收费金额（单位：万元）']).toBe('11.2346');
  });

  it('2021 format: reports months without figures', () => {
    const s = computeSection2('2021', 2025, figures, items);
    expect(s.gaps.find((g) => g.kind === 'permit_decisions')).toBeUndefined();
    expect(s.gaps.find((g) => g.kind === 'coercion_decisions')?.months).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(s.gaps.some((g) => g.kind === 'procurement_projects')).toBe(false); // 2019 only
  });

  it('2019 trial format: its own labels, 项目数量 from yearly figures, signed 本年增/减, 政府集中采购', () => {
    const s = computeSection2('2019', 2025, figures, items);
    expect(s.tables.map((t) => [t.article, t.columns, t.rows.map((r) => r.label)])).toEqual([
      ['第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']],
      ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项']],
      ['第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']],
      ['第二十条第（八）项', ['上一年项目数量', '本年增/减'], ['行政事业性收费']],
      ['第二十条第（九）项', ['采购项目数量', '采购总金额'], ['政府集中采购']],
    ]);
    const [t1, t5, t6, t8, t9] = s.tables;
    expect(t1.rows[0]?.cells).toEqual({ 本年新制作数量: 1, 本年新公开数量: 1, 对外公开总数量: 2 });
    expect(t1.rows[1]?.cells).toEqual({ 本年新制作数量: 0, 本年新公开数量: 1, 对外公开总数量: 1 });
    expect(t5.rows[0]?.cells).toEqual({ 上一年项目数量: 23, '本年增/减': 0, 处理决定数量: 198 });
    expect(t5.rows[1]?.cells).toEqual({ 上一年项目数量: 12, '本年增/减': -2, 处理决定数量: 86 });
    expect(t6.rows[0]?.cells).toEqual({ 上一年项目数量: null, '本年增/减': null, 处理决定数量: 10 });
    expect(t8.rows[0]?.cells).toEqual({ 上一年项目数量: 11, '本年增/减': -3 });
    expect(t9.rows[0]?.cells).toEqual({ 采购项目数量: 41, 采购总金额: '1753802元' });
    expect(s.gaps).toContainEqual({ kind: 'penalty_items', name: '行政处罚项目数量', year: 2024, months: [0] });
  });

  it.each([[2019, '2019'], [2020, '2019'], [2021, '2021'], [2026, '2021']])('report year %i uses the %s format', (y, f) => {
    expect(reportFormatFor(y)).toBe(f);
  });
});
