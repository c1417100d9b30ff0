/**
 * Checks on the narrative: parts left empty, the same paragraph written twice, and paragraphs
 * copied unchanged from last year's report (条例 第四十七条 is cited against copy-paste reports,
 * spec/statutory.md §1.5). Short paragraphs — headings, "无。" — are not compared.
 */
import { finding } from './findings.ts';
import type { Finding } from './findings.ts';
import type { AnnualReport } from './model.ts';
import { narrativeFields, normaliseText, paragraphs } from './narrative.ts';

/** Paragraphs shorter than this (after normalising) are not compared. */
export const MIN_COMPARED_LENGTH = 15;

/** A quotation of a paragraph's start for messages. */
function quote(p: string): string {
  return `“${p.length > 24 ? `${p.slice(0, 24)}…` : p}”`;
}

/** Every narrative field left empty. */
export function checkEmptyNarrative(report: AnnualReport): Finding[] {
  return narrativeFields(report)
    .filter((f) => paragraphs(f.text).length === 0)
    .map((f) => finding('empty_narrative', 'warning', `${f.heading}尚未填写内容（没有需要报告的，写明“无”）。`, [], [f.field]));
}

interface Located {
  field: string;
  heading: string;
  text: string;
}

function comparedParagraphs(report: AnnualReport): Map<string, Located[]> {
  const seen = new Map<string, Located[]>();
  for (const f of narrativeFields(report)) {
    for (const p of paragraphs(f.text)) {
      const key = normaliseText(p);
      if (key.length < MIN_COMPARED_LENGTH) continue;
      seen.set(key, [...(seen.get(key) ?? []), { field: f.field, heading: f.heading, text: p }]);
    }
  }
  return seen;
}

/** The same paragraph twice in this report; with last year's report, paragraphs copied from it. */
export function checkDuplicateParagraphs(report: AnnualReport, lastYear?: AnnualReport | null): Finding[] {
  const out: Finding[] = [];
  const seen = comparedParagraphs(report);
  for (const places of seen.values()) {
    if (places.length < 2) continue;
    const where = [...new Set(places.map((p) => p.heading))].join('、');
    const fields = [...new Set(places.map((p) => p.field))];
    out.push(finding('duplicate_paragraph', 'warning', `段落${quote(places[0]?.text ?? '')}重复出现${places.length}次（${where}）。`, [], fields));
  }
  if (!lastYear) return out;
  const before = comparedParagraphs(lastYear);
  for (const [key, places] of seen) {
    if (!before.has(key)) continue;
    const fields = [...new Set(places.map((p) => p.field))];
    const msg = `${places[0]?.heading ?? ''}的段落${quote(places[0]?.text ?? '')}与${lastYear.year}年度报告完全相同，请确认是否照抄上年内容。`;
    out.push(finding('duplicate_paragraph', 'warning', msg, [], fields));
  }
  return out;
}
