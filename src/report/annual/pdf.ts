/**
 * An annual report as PDF, laid out like the DOCX version (docx.ts): A4, title 22 pt centred, body
 * 16 pt with a two-character indent, section headings bold; the statutory tables with merged
 * header cells and row labels (pdfmake rowSpan/colSpan over the layout of tables.ts), header rows
 * repeated on every page. The CJK font is embedded (../fonts.ts) — without it there is no PDF.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AnnualReport } from '../../domain/report/model.ts';
import { renderPdf } from '../pdfmake.ts';
import { formatNote, reportDocument } from './document.ts';
import type { Block } from './document.ts';
import { coverGrid } from './tables.ts';
import type { LaidTable } from './tables.ts';

const mm = (n: number): number => (n * 72) / 25.4;
const BODY_SIZE = 16;
const TABLE_SIZE = 9;
const LINE = 28 / (BODY_SIZE * 1.44);

function widths(t: LaidTable): (number | string)[] {
  if (t.labelColumns === 0) return Array.from({ length: t.columnCount }, () => '*');
  const labels = t.labelColumns === 3 ? [22, 36, 96] : Array.from({ length: t.labelColumns }, () => 130);
  return [...labels, ...Array.from({ length: t.columnCount - t.labelColumns }, () => '*')];
}

/** The table as pdfmake rows: every grid position filled, covered positions as empty placeholders. */
function pdfTable(t: LaidTable): Content {
  const grid = coverGrid(t);
  const body: TableCell[][] = grid.map((line, r) =>
    line.map((c, k): TableCell => {
      if (c.row !== r || c.col !== k) return {};
      return {
        text: c.text,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        bold: c.kind === 'column',
        alignment: c.kind === 'row' || c.kind === 'corner' ? 'left' : 'center',
      };
    }),
  );
  const table: Content = { table: { headerRows: t.headerRows, dontBreakRows: true, widths: widths(t), body }, fontSize: TABLE_SIZE, lineHeight: 1.1, margin: [0, 4, 0, 10] };
  return t.def.title ? { stack: [{ text: t.caption, bold: true, fontSize: TABLE_SIZE + 2, alignment: 'center', margin: [0, 6, 0, 2] }, table], unbreakable: t.rows.length < 12 } : table;
}

function blockContent(b: Block): Content {
  if (b.kind === 'table') return pdfTable(b.table);
  if (b.kind === 'heading') return { text: b.text, bold: b.level === 1, leadingIndent: 2 * BODY_SIZE, margin: [0, b.level === 1 ? 8 : 0, 0, 0] };
  if (b.kind === 'paragraph') return { text: b.text, alignment: 'justify', leadingIndent: 2 * BODY_SIZE };
  return { stack: b.lines, alignment: 'right', margin: [0, 28, 2 * BODY_SIZE, 0], unbreakable: true };
}

/** The pdfmake document definition of a report (exported for tests). */
export function reportPdfDefinition(report: AnnualReport): TDocumentDefinitions {
  const doc = reportDocument(report);
  return {
    pageSize: 'A4',
    pageMargins: [mm(28), mm(37), mm(26), mm(35)],
    info: { title: doc.title, subject: formatNote(report) },
    defaultStyle: { fontSize: BODY_SIZE, lineHeight: LINE },
    content: [{ text: doc.title, fontSize: 22, bold: true, alignment: 'center', lineHeight: 1.2, margin: [0, 0, 0, 24] }, ...doc.blocks.map(blockContent)],
    footer: (page: number, pages: number): Content => ({ text: `— ${page} / ${pages} —`, alignment: 'center', fontSize: 10, margin: [0, 20, 0, 0] }),
  };
}

/** Renders an annual report as PDF. Throws UNAVAILABLE when no CJK font is installed. */
export async function reportToPdf(report: AnnualReport): Promise<Buffer> {
  return renderPdf(reportPdfDefinition(report));
}
