import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/domain/outcomes.ts';
import { COLUMNS, countYear, ROW_KEYS } from '../../src/domain/year-counts.ts';
import type { CountableCase, DecisionEvent } from '../../src/domain/year-counts.ts';

const c = (id: number, applicantType: string, receivedOn: string): CountableCase => ({ id, applicantType, receivedOn });
const d = (caseId: number, onDate: string, outcome: string | null): DecisionEvent => ({ caseId, onDate, outcome });

describe('countYear (section 三 figures)', () => {
  const cases = [
    c(1, 'natural_person', '2024-12-28'), // carried over from 2024, decided 2025-01-06
    c(2, 'commercial', '2025-03-01'), // decided 2025
    c(3, 'legal_services', '2025-12-29'), // open at year end: carried forward
    c(4, 'natural_person', '2025-06-01'), // reopened in 2025 and re-decided: counted once, latest outcome
    c(5, 'natural_person', '2024-05-01'), // decided in 2024: not in 2025
    c(6, 'research', '2026-01-02'), // next year: not counted
    c(7, 'public_welfare', '2025-07-01'), // decided 2025, reopened 2026: stays in 2025 as decided
  ];
  const events = [
    d(1, '2025-01-06', 'disclose'),
    d(2, '2025-03-20', 'withhold_third_party'),
    d(4, '2025-06-20', 'unable_not_held'),
    d(4, '2025-08-01', null),
    d(4, '2025-08-20', 'partial'),
    d(5, '2024-05-20', 'disclose'),
    d(3, '2026-01-10', 'disclose'),
    d(7, '2025-07-10', 'reject_petition'),
    d(7, '2026-02-01', null),
  ];
  const y = countYear(cases, events, 2025);

  it('counts new, carried over, outcome rows, total and carried forward per applicant column', () => {
    expect(y['一']).toMatchObject({ natural_person: 1, commercial: 1, legal_services: 1, public_welfare: 1, total: 4 });
    expect(y['二']).toMatchObject({ natural_person: 1, total: 1 });
    expect(y['三.1']).toMatchObject({ natural_person: 1, total: 1 });
    expect(y['三.2']).toMatchObject({ natural_person: 1, total: 1 });
    expect(y['三.3.4']).toMatchObject({ commercial: 1, total: 1 });
    expect(y['三.5.1']).toMatchObject({ public_welfare: 1, total: 1 });
    expect(y['三.4.1']?.total).toBe(0);
    expect(y['三.7']?.total).toBe(4);
    expect(y['四']).toMatchObject({ legal_services: 1, total: 1 });
  });

  it('keeps 一 + 二 = 三（七）+ 四 in every column (the format\'s 勾稽关系)', () => {
    for (const col of COLUMNS) {
      expect((y['一']?.[col] ?? 0) + (y['二']?.[col] ?? 0)).toBe((y['三.7']?.[col] ?? 0) + (y['四']?.[col] ?? 0));
    }
  });

  it('carries last year\'s 四 into this year\'s 二', () => {
    const y26 = countYear(cases, events, 2026);
    expect(y26['二']?.total).toBe(y['四']?.total);
    expect(y26['三.1']).toMatchObject({ legal_services: 1 });
  });

  it('has one row per outcome, in table order', () => {
    expect(ROW_KEYS).toHaveLength(2 + OUTCOMES.length + 2);
    expect(ROW_KEYS[0]).toBe('一');
    expect(ROW_KEYS.at(-1)).toBe('四');
    expect(ROW_KEYS).toContain('三.6.3');
  });
});
