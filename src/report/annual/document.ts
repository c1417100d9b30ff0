/**
 * An annual report as a sequence of printable blocks — title, section headings, paragraphs, laid-out
 * tables, signature — in the order of the format: 一 to 六, each under its statutory heading. The
 * DOCX, PDF and HTML renderers draw these blocks; none of them decides content of its own.
 */
import { numericChineseDate } from '../../domain/dates.ts';
import { FORMAT_SOURCES, OVERVIEW_PARTS, SECTION_HEADINGS, reportTitle } from '../../domain/report/headings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { paragraphs } from '../../domain/report/narrative.ts';
import { layTables } from './tables.ts';
import type { LaidTable } from './tables.ts';

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: LaidTable }
  | { kind: 'signature'; lines: string[] };

export interface ReportDocument {
  /** `<机关名称><年>年政府信息公开工作年度报告` */
  title: string;
  blocks: Block[];
}

/** 信息处理费 in fen as 元 the way reports write it: 3940元, 12.50元. */
export function feeText(fen: number): string {
  return fen % 100 === 0 ? `${fen / 100}元` : `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}元`;
}

/** The 成文日期 written in Chinese: 2026年1月15日. */
export function reportDateText(date: string): string {
  return numericChineseDate(date);
}

const text = (t: string): Block[] => paragraphs(t).map((p) => ({ kind: 'paragraph', text: p }));

/**
 * Section 六 in the 2021 format also carries the 信息处理费 figure. When the text does not mention
 * 信息处理费 at all, a sentence stating the amount is added so the figure is never lost; when it
 * does, the checks (narrative figures) have already held it to the amount.
 */
function otherMatters(report: AnnualReport): Block[] {
  const blocks = text(report.other.text);
  const fee = report.other.processingFeeFen;
  if (report.format === '2021' && typeof fee === 'number' && !report.other.text.includes('信息处理费')) {
    blocks.push({ kind: 'paragraph', text: fee === 0 ? '本年度未收取信息处理费。' : `本年度收取信息处理费共计${feeText(fee)}。` });
  }
  return blocks;
}

/** The report as blocks, in the order and with the headings of its format. */
export function reportDocument(report: AnnualReport): ReportDocument {
  const tables = layTables(report);
  const tablesOf = (section: LaidTable['def']['section']): Block[] => tables.filter((t) => t.def.section === section).map((t) => ({ kind: 'table', table: t }));
  const h1 = (t: string): Block => ({ kind: 'heading', level: 1, text: t });
  const blocks: Block[] = [
    h1(SECTION_HEADINGS.overview),
    ...text(report.overview.general),
    ...OVERVIEW_PARTS.flatMap((p): Block[] => [{ kind: 'heading', level: 2, text: p.heading }, ...text(report.overview.parts[p.code] ?? '')]),
    h1(SECTION_HEADINGS.proactive),
    ...tablesOf('proactive'),
    h1(SECTION_HEADINGS.applications),
    ...tablesOf('applications'),
    h1(SECTION_HEADINGS.appeals),
    ...tablesOf('appeals'),
    h1(SECTION_HEADINGS.problems),
    ...text(report.problems),
    h1(SECTION_HEADINGS.other),
    ...otherMatters(report),
    { kind: 'signature', lines: [report.agency.name, ...(report.reportDate ? [reportDateText(report.reportDate)] : [])] },
  ];
  return { title: reportTitle(report.agency.name, report.year), blocks };
}

/** Which format the report follows, in words (document properties, spreadsheet cover sheet). */
export function formatNote(report: AnnualReport): string {
  const src = FORMAT_SOURCES[report.format];
  return `按《${src.title}》（${src.notice}）编制`;
}
