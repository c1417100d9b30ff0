/**
 * The checks before the 负责人 signs the report, on the model alone (and last year's report for the
 * carry-over and copied paragraphs). Errors first, then warnings, each in report order. What each
 * check means for the office head is in docs/annual-report.md. The check of section 六's fee against
 * the fee records needs the records, so it lives with the computation, not here.
 */
import { checkDates, DEFAULT_DEADLINE } from './date-checks.ts';
import type { Finding } from './findings.ts';
import type { AnnualReport } from './model.ts';
import { checkDuplicateParagraphs, checkEmptyNarrative } from './narrative-checks.ts';
import { checkNarrativeFigures } from './narrative-figures.ts';
import { checkAppealTotals, checkBalance, checkCarryOver, checkCells, checkColumnTotals, checkOutcomeTotal } from './table-checks.ts';

export type { CheckCode, Finding, Severity } from './findings.ts';

export interface CheckOptions {
  /** Last year's report, for 二 = last year's 四 and for paragraphs copied from it. */
  lastYear?: AnnualReport | null;
  /** Publication deadline in the following year as MM-DD; '01-31' (条例 第四十九条, 部门) unless given. */
  deadline?: string;
}

/** Every finding on `report`, errors first. */
export function checkReport(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  const lastYear = options.lastYear ?? null;
  const all = [
    ...checkCells(report),
    ...checkBalance(report),
    ...checkColumnTotals(report),
    ...checkOutcomeTotal(report),
    ...checkAppealTotals(report),
    ...(lastYear ? checkCarryOver(report, lastYear) : []),
    ...checkDates(report, options.deadline ?? DEFAULT_DEADLINE),
    ...checkEmptyNarrative(report),
    ...checkDuplicateParagraphs(report, lastYear),
    ...checkNarrativeFigures(report),
  ];
  return [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity === 'warning')];
}

/** True when no finding is an error: the report may be signed. */
export function canSign(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity !== 'error');
}
