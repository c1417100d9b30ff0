/**
 * An annual report as a Word document: A4, margins as the letters (GB/T 9704-2012), title in 二号
 * 小标宋, section headings in 三号 黑体, part headings in 楷体, body in 三号 仿宋; the statutory tables
 * as real Word tables in 宋体 小五 with merged header cells and row labels (rowSpan/columnSpan, the
 * layout of tables.ts), header rows repeated on every page.
 */
import { AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { IFontAttributesProperties } from 'docx';
import type { AnnualReport } from '../../domain/report/model.ts';
import { BODY_FONT, TITLE_FONT } from '../letters/docx.ts';
import { formatNote, reportDocument } from './document.ts';
import type { Block } from './document.ts';
import type { LaidCell, LaidTable } from './tables.ts';

const mm = (n: number): number => Math.round((n * 1440) / 25.4);

const font = (eastAsia: string, other: string): IFontAttributesProperties => ({ eastAsia, ascii: other, hAnsi: other, cs: other, hint: 'eastAsia' });
/** 黑体 (SimHei) for section headings, 楷体_GB2312 (KaiTi) for part headings, 宋体 (SimSun) in tables. */
const HEADING_FONT = font('黑体', 'SimHei');
const PART_FONT = font('楷体_GB2312', 'KaiTi');
const TABLE_FONT = font('宋体', 'SimSun');

/** Half-points: 二号 22 pt, 三号 16 pt, 小五 9 pt. */
const SIZE = { title: 44, body: 32, table: 18 } as const;
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** Text width of A4 with 28 + 26 mm side margins. */
const TEXT_WIDTH = mm(210 - 28 - 26);

const run = (text: string, size: number, f: IFontAttributesProperties, bold = false): TextRun =>
  new TextRun({ text, size, font: f, bold, language: { eastAsia: 'zh-CN' } });

function blockParagraphs(b: Exclude<Block, { kind: 'table' }>): Paragraph[] {
  if (b.kind === 'heading') {
    return [new Paragraph({ indent: { firstLineChars: 200, firstLine: 640 }, spacing: BODY_LINE, keepNext: true, children: [run(b.text, SIZE.body, b.level === 1 ? HEADING_FONT : PART_FONT)] })];
  }
  if (b.kind === 'paragraph') {
    return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLineChars: 200, firstLine: 640 }, spacing: BODY_LINE, children: [run(b.text, SIZE.body, BODY_FONT)] })];
  }
  return b.lines.map((l, i) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, spacing: { ...BODY_LINE, before: i === 0 ? 560 : 0 }, children: [run(l, SIZE.body, BODY_FONT)] }));
}

/** Column widths: label columns share 45 % of the width (the innermost gets most), figures the rest. */
function columnWidths(t: LaidTable): number[] {
  const figures = t.columnCount - t.labelColumns;
  const labelShare = t.labelColumns === 0 ? 0 : t.labelColumns === 1 ? 0.34 : 0.45;
  const label = TEXT_WIDTH * labelShare;
  const weights = t.labelColumns === 3 ? [0.2, 0.25, 0.55] : Array.from({ length: t.labelColumns }, () => 1 / t.labelColumns);
  const each = (TEXT_WIDTH - label) / figures;
  return [...weights.map((w) => Math.floor(label * w)), ...Array.from({ length: figures }, () => Math.floor(each))];
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function tableCell(c: LaidCell, widths: number[]): TableCell {
  const width = widths.slice(c.col, c.col + c.colSpan).reduce((s, w) => s + w, 0);
  const bold = c.kind === 'column';
  const alignment = c.kind === 'row' || c.kind === 'corner' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [new Paragraph({ alignment, children: [run(c.text, SIZE.table, TABLE_FONT, bold)] })],
  });
}

function wordTable(t: LaidTable): (Paragraph | Table)[] {
  const widths = columnWidths(t);
  const title = new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 }, children: [run(t.caption, SIZE.table + 4, TABLE_FONT, true)] });
  const table = new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: t.rows.map((line, i) => new TableRow({ ...(i < t.headerRows ? { tableHeader: true } : {}), cantSplit: true, children: line.map((c) => tableCell(c, widths)) })),
  });
  return t.def.title ? [title, table] : [table];
}

/** Renders an annual report as a .docx file. */
export async function reportToDocx(report: AnnualReport): Promise<Buffer> {
  const doc = reportDocument(report);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480, line: 720, lineRule: LineRuleType.EXACT }, children: [run(doc.title, SIZE.title, TITLE_FONT)] }),
  ];
  for (const b of doc.blocks) children.push(...(b.kind === 'table' ? wordTable(b.table) : blockParagraphs(b)));
  const document = new Document({
    title: doc.title,
    description: formatNote(report),
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
