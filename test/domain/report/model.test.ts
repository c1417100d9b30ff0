import { describe, expect, it } from 'vitest';
import type { FigureEntry } from '../../../src/domain/catalog/figures.ts';
import { computeSection2 } from '../../../src/domain/catalog/section2.ts';
import type { RegulationItem } from '../../../src/domain/catalog/section2.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { applicationsCells, proactiveCells, withComputedTables } from '../../../src/domain/report/from-figures.ts';
import { reportTitle } from '../../../src/domain/report/headings.ts';
import { allCellRefs } from '../../../src/domain/report/labels.ts';
import { emptyReport, getCell, setCell } from '../../../src/domain/report/model.ts';
import { countYear } from '../../../src/domain/year-counts.ts';

const agency = { name: '示例市教育局', id: 7 };

describe('emptyReport', () => {
  it.each([
    [2019, '2019', 8, 23, false],
    [2020, '2019', 8, 23, false],
    [2021, '2021', 6, 25, true],
    [2025, '2021', 6, 25, true],
  ] as const)('%i uses the %s format (%i section 二 rows, %i section 三 rows)', (year, format, proactiveRows, applicationRows, hasFee) => {
    const r = emptyReport(agency, year);
    expect(r.format).toBe(format);
    expect(Object.keys(r.proactive)).toHaveLength(proactiveRows);
    expect(Object.keys(r.applications)).toHaveLength(applicationRows);
    expect(Object.keys(r.appeals)).toEqual(['review', 'litigation_direct', 'litigation_after_review']);
    expect('processingFeeFen' in r.other).toBe(hasFee);
    expect(allCellRefs(format).every((ref) => getCell(r, ref) === 0)).toBe(true);
  });

  it('counts the cells of each format', () => {
    // 2019: 二 6+6+6+2+2 = 22, 三 23×7 = 161, 四 15; 2021: 二 6+1+2+1 = 10, 三 25×7 = 175, 四 15.
    expect(allCellRefs('2019')).toHaveLength(22 + 161 + 15);
    expect(allCellRefs('2021')).toHaveLength(10 + 175 + 15);
  });

  it('titles the report', () => {
    expect(reportTitle('示例市教育局', 2025)).toBe('示例市教育局2025年政府信息公开工作年度报告');
  });
});

describe('getCell and setCell', () => {
  const ref = { section: 'applications', row: '三.6.2', column: 'legal_services' } as const;

  it('set returns a new report and leaves the old one alone', () => {
    const a = emptyReport(agency, 2025);
    const b = setCell(a, ref, 3);
    expect(getCell(b, ref)).toBe(3);
    expect(getCell(a, ref)).toBe(0);
    expect(getCell(setCell(b, ref, null), ref)).toBeNull();
  });

  it.each([
    ['a row the 2019 format does not have', 2020, ref],
    ['an unknown column', 2025, { section: 'applications', row: '一', column: 'subtotal' }],
    ['a column of another sub-table', 2025, { section: 'proactive', row: 'permits', column: 'made' }],
    ['an unknown section-四 row', 2025, { section: 'appeals', row: 'litigation', column: 'total' }],
  ] as const)('rejects %s', (_name, year, bad) => {
    expect(() => getCell(emptyReport(agency, year), bad)).toThrow(DomainError);
    expect(() => setCell(emptyReport(agency, year), bad, 1)).toThrow(/没有单元格/);
  });
});

describe('filling the model from the computed figures', () => {
  const items: RegulationItem[] = [
    { article20: 1, regulationKind: '行政规范性文件', status: 'published', writtenOn: '2025-03-01', publishedOn: '2025-03-05', abolishedOn: null },
  ];
  const figures: FigureEntry[] = [
    { year: 2025, month: 1, kind: 'penalty_decisions', value: 40 },
    { year: 2025, month: 2, kind: 'penalty_decisions', value: 2 },
    { year: 2025, month: 1, kind: 'fee_amount', value: 123456789 },
    { year: 2019, month: 0, kind: 'other_service_items', value: 12 },
    { year: 2020, month: 0, kind: 'other_service_items', value: 10 },
    { year: 2020, month: 3, kind: 'procurement_amount', value: 175380200 },
  ];

  it('section 二 in 2021: counts, and 万元 back to fen', () => {
    const cells = proactiveCells(computeSection2('2021', 2025, figures, items));
    expect(cells.normative_documents).toEqual({ made: 1, abolished: 0, in_force: 1 });
    expect(cells.penalties).toEqual({ decisions: 42 });
    // 1 234 567.89 元 is printed as 123.4568 万元: the renderer's rounding to the 元 is kept.
    expect(cells.fees).toEqual({ amount: 123456800 });
  });

  it('section 二 in 2019: 本年增/减 negative, 采购总金额 in fen, a missing figure blank', () => {
    const cells = proactiveCells(computeSection2('2019', 2020, figures, items));
    expect(cells.other_services).toEqual({ items_last_year: 12, items_change: -2, decisions: 0 });
    expect(cells.procurement).toEqual({ projects: 0, amount: 175380200 });
    expect(cells.permits).toEqual({ items_last_year: null, items_change: null, decisions: 0 });
  });

  it('section 三 from the year counts, （六） folded into one row in 2019', () => {
    const cases = [
      { id: 1, applicantType: 'natural_person', receivedOn: '2020-02-01' },
      { id: 2, applicantType: 'commercial', receivedOn: '2020-03-01' },
      { id: 3, applicantType: 'natural_person', receivedOn: '2020-12-30' },
    ];
    const events = [
      { caseId: 1, onDate: '2020-02-20', outcome: 'other_no_supplement' },
      { caseId: 2, onDate: '2020-03-20', outcome: 'other' },
    ];
    const counts = countYear(cases, events, 2020);
    const cells = applicationsCells(emptyReport(agency, 2020), counts);
    expect(cells['三.6']).toMatchObject({ natural_person: 1, commercial: 1, total: 2 });
    expect(cells['三.6.1']).toBeUndefined();
    expect(cells['四']).toMatchObject({ natural_person: 1, total: 1 });
    const r = withComputedTables(emptyReport(agency, 2020), computeSection2('2019', 2020, figures, items), counts);
    expect(getCell(r, { section: 'applications', row: '一', column: 'total' })).toBe(3);
    expect(() => withComputedTables(emptyReport(agency, 2025), computeSection2('2019', 2020, figures, items), counts)).toThrow();
  });
});
