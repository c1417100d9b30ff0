/**
 * The narrative parts of a report (sections 一, 五, 六) as named fields, split into paragraphs.
 */
import { OVERVIEW_PARTS, SECTION_HEADINGS } from './headings.ts';
import type { AnnualReport } from './model.ts';

/** One narrative field: where it is in the model, its heading in words, its text. */
export interface NarrativeField {
  field: string;
  heading: string;
  text: string;
}

/** Every narrative field in report order. */
export function narrativeFields(report: AnnualReport): NarrativeField[] {
  return [
    { field: 'overview.general', heading: SECTION_HEADINGS.overview, text: report.overview.general },
    ...OVERVIEW_PARTS.map((p) => ({
      field: `overview.parts.${p.code}`,
      heading: `${SECTION_HEADINGS.overview}${p.heading}`,
      text: report.overview.parts[p.code] ?? '',
    })),
    { field: 'problems', heading: SECTION_HEADINGS.problems, text: report.problems },
    { field: 'other.text', heading: SECTION_HEADINGS.other, text: report.other.text },
  ];
}

/** The non-empty paragraphs of a text (one per line). */
export function paragraphs(text: string): string[] {
  return text.split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };

/**
 * Text for comparing and matching: no white space (also U+3000), full-width digits as ASCII,
 * half-width punctuation as full-width.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\s\u3000]/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,;:()!?]/g, (c) => HALF_TO_FULL[c] ?? c);
}
