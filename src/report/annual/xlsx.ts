/**
 * An annual report as an Excel workbook: a cover sheet (报告) with the title, format and the
 * narrative one paragraph per row, then one worksheet per statutory table laid out as printed —
 * the table's heading in row 1, merged header cells and row labels (the layout of tables.ts), and
 * the figures as numbers: counts as whole numbers, amounts in the unit the column prints (万元 to
 * four decimals, else 元). A blank cell stays empty.
 */
import ExcelJS from 'exceljs';
import type { AnnualReport } from '../../domain/report/model.ts';
import { formatNote, reportDocument } from './document.ts';
import { inWanYuan, moneyNumber } from './tables.ts';
import type { LaidCell, LaidTable } from './tables.ts';

const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Worksheet names: short, unique, without the characters Excel forbids. */
export function sheetName(t: LaidTable): string {
  if (t.def.section === 'proactive') return `二 ${t.caption}`;
  return t.def.section === 'applications' ? '三 申请情况' : '四 复议诉讼';
}

function figure(c: LaidCell): { value: number | null; numFmt?: string } {
  if (c.value === null || c.value === undefined) return { value: null };
  if (c.unit !== 'fen') return { value: c.value, numFmt: '0' };
  const label = c.columnLabel ?? '';
  return { value: moneyNumber(c.value, label), numFmt: inWanYuan(label) ? '0.0000' : '0.00' };
}

function tableSheet(book: ExcelJS.Workbook, t: LaidTable): void {
  const ws = book.addWorksheet(sheetName(t), { views: [{ state: 'frozen', ySplit: t.headerRows + 1, xSplit: t.labelColumns }] });
  const top = 2;
  ws.getCell(1, 1).value = t.caption;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  if (t.columnCount > 1) ws.mergeCells(1, 1, 1, t.columnCount);
  for (const line of t.rows) {
    for (const c of line) {
      const cell = ws.getCell(top + c.row, 1 + c.col);
      if (c.kind === 'value') {
        const f = figure(c);
        cell.value = f.value;
        if (f.numFmt) cell.numFmt = f.numFmt;
      } else {
        cell.value = c.text;
        cell.font = { bold: c.kind === 'column' };
      }
      cell.alignment = { vertical: 'middle', horizontal: c.kind === 'value' || c.kind === 'column' ? 'center' : 'left', wrapText: true };
      if (c.rowSpan > 1 || c.colSpan > 1) ws.mergeCells(top + c.row, 1 + c.col, top + c.row + c.rowSpan - 1, 1 + c.col + c.colSpan - 1);
    }
  }
  for (let r = top; r < top + t.rows.length; r++) for (let k = 1; k <= t.columnCount; k++) ws.getCell(r, k).border = BORDER;
  for (let k = 1; k <= t.columnCount; k++) {
    const label = k <= t.labelColumns;
    ws.getColumn(k).width = label ? (t.labelColumns === 3 ? [8, 12, 40][k - 1] ?? 12 : 30) : 12;
  }
}

function coverSheet(book: ExcelJS.Workbook, report: AnnualReport): void {
  const doc = reportDocument(report);
  const ws = book.addWorksheet('报告');
  ws.getColumn(1).width = 100;
  ws.addRow([doc.title]).font = { bold: true, size: 14 };
  ws.addRow([formatNote(report)]);
  for (const b of doc.blocks) {
    if (b.kind === 'table') continue;
    if (b.kind === 'signature') for (const l of b.lines) ws.addRow([l]);
    else ws.addRow([b.text]).font = { bold: b.kind === 'heading' };
  }
  ws.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
}

/** Renders an annual report as an .xlsx workbook. */
export async function reportToXlsx(report: AnnualReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'gongkai';
  book.title = reportDocument(report).title;
  coverSheet(book, report);
  for (const b of reportDocument(report).blocks) if (b.kind === 'table') tableSheet(book, b.table);
  return Buffer.from(await book.xlsx.writeBuffer());
}
