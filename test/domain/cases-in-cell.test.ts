/** casesInCell: the cases behind a section 三 figure are exactly those the figure counts. */
import { describe, expect, it } from 'vitest';
import { casesInCell, classifyYear, countYear } from '../../src/domain/year-counts.ts';

const cases = [
  { id: 1, applicantType: 'natural_person', receivedOn: '2024-12-20' }, // carried over, decided 2025
  { id: 2, applicantType: 'commercial', receivedOn: '2025-03-01' }, // decided 2025 (partial)
  { id: 3, applicantType: 'natural_person', receivedOn: '2025-12-28' }, // open at the year's end
  { id: 4, applicantType: 'natural_person', receivedOn: '2024-05-01' }, // decided in 2024: not counted
  { id: 5, applicantType: 'research', receivedOn: '2025-04-01' }, // 其他处理 6.2
];
const events = [
  { caseId: 1, onDate: '2025-01-10', outcome: 'disclose' },
  { caseId: 2, onDate: '2025-03-15', outcome: 'partial' },
  { caseId: 3, onDate: '2026-01-05', outcome: 'disclose' },
  { caseId: 4, onDate: '2024-05-10', outcome: 'disclose' },
  { caseId: 5, onDate: '2025-04-20', outcome: 'other_unpaid' },
];

describe('casesInCell', () => {
  const counted = classifyYear(cases, events, 2025);
  it.each([
    ['一', 'total', [2, 3, 5]],
    ['一', 'natural_person', [3]],
    ['二', 'total', [1]],
    ['三.1', 'total', [1]],
    ['三.2', 'commercial', [2]],
    ['三.6', 'total', [5]], // the 2019 format's single （六） row takes its sub-rows
    ['三.7', 'total', [1, 2, 5]],
    ['四', 'total', [3]],
    ['三.3.1', 'total', []],
  ])('%s / %s', (row, column, ids) => expect(casesInCell(counted, row, column).sort()).toEqual(ids));

  it('agrees with countYear in every row', () => {
    const counts = countYear(cases, events, 2025);
    for (const [row, cols] of Object.entries(counts)) expect(casesInCell(counted, row, 'total').length, row).toBe(cols.total);
  });
});
