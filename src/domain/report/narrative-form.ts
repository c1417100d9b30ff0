/**
 * The narrative form of a report: sections 一 (the opening and its five parts), 五 and 六, one text
 * field each, named like the fields of the findings (`overview.general`, `overview.parts.proactive`,
 * `problems`, `other.text`) so a finding points at its field. Tables are never edited here: they
 * always come from the records.
 */
import { validationError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import type { Payload } from '../payload.ts';
import type { AnnualReport } from './model.ts';
import { narrativeFields } from './narrative.ts';

/** The longest text one field may hold. */
export const NARRATIVE_MAX = 20_000;

/** The narrative fields' values as a form payload. */
export function narrativePayload(report: AnnualReport): Record<string, string> {
  return Object.fromEntries(narrativeFields(report).map((f) => [f.field, f.text]));
}

function clean(v: unknown): string {
  const s = typeof v === 'string' ? v : '';
  return s.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).join('\n').trim();
}

/** The report with the narrative of `p` (missing fields keep their text); throws VALIDATION naming each field too long. */
export function withNarrative(report: AnnualReport, p: Payload): AnnualReport {
  const issues: FieldIssue[] = [];
  const value = (field: string, current: string): string => {
    if (!(field in p)) return current;
    const v = clean(p[field]);
    if (v.length > NARRATIVE_MAX) issues.push({ field, message: `不能超过${NARRATIVE_MAX}个字（现有${v.length}个字）` });
    return v;
  };
  const parts = Object.fromEntries(Object.entries(report.overview.parts).map(([k, t]) => [k, value(`overview.parts.${k}`, t)]));
  const next: AnnualReport = {
    ...report,
    overview: { general: value('overview.general', report.overview.general), parts: parts as AnnualReport['overview']['parts'] },
    problems: value('problems', report.problems),
    other: { ...report.other, text: value('other.text', report.other.text) },
  };
  if (issues.length > 0) throw validationError(issues);
  return next;
}

/** True when the narrative of `a` and `b` is the same text. */
export function sameNarrative(a: AnnualReport, b: AnnualReport): boolean {
  const x = narrativeFields(a);
  const y = narrativeFields(b);
  return x.every((f, i) => f.text === y[i]?.text);
}
