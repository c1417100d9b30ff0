import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allTables } from '../../../src/domain/report/labels.ts';
import { emptyReport, setCell } from '../../../src/domain/report/model.ts';
import { reportToXlsx } from '../../../src/report/annual/xlsx.ts';
import { REPORTS } from './fixture.ts';
import { checkAllTables, checkMergedHeaders, expectedText, shapeOf } from './read-back.ts';
import type { ParsedCell, ParsedTable } from './read-back.ts';

async function readBook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  return book;
}

/** A cell's value as the table prints it (numbers in the column's unit and decimals). */
function shown(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (typeof v === 'number') {
    if (cell.numFmt === '0.0000') return v.toFixed(4);
    if (cell.numFmt === '0.00') return `${v.toFixed(2)}元`;
    return String(v);
  }
  return v === null || v === undefined ? '' : String(v);
}

/** The grid of a table sheet below its heading row, merged cells as one cell over their range. */
function sheetTable(ws: ExcelJS.Worksheet): ParsedTable {
  const merges = (ws.model as unknown as { merges: string[] }).merges;
  const spans = new Map<string, [number, number]>();
  const covered = new Set<string>();
  for (const m of merges) {
    const [a, b] = m.split(':').map((x) => ws.getCell(x ?? ''));
    if (!a || !b) continue;
    spans.set(a.address, [Number(b.row) - Number(a.row) + 1, Number(b.col) - Number(a.col) + 1]);
    for (let r = Number(a.row); r <= Number(b.row); r++) for (let c = Number(a.col); c <= Number(b.col); c++) if (r !== Number(a.row) || c !== Number(a.col)) covered.add(`${r}:${c}`);
  }
  const rows: ParsedCell[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const line: ParsedCell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = ws.getCell(r, c);
      const [rowSpan, colSpan] = spans.get(cell.address) ?? [1, 1];
      line.push({ tag: 'td', attrs: {}, text: shown(cell), rowSpan, colSpan });
    }
    rows.push(line);
  }
  return { caption: String(ws.getCell(1, 1).value), rows };
}

describe.each(REPORTS)('reportToXlsx: %s', (_name, report) => {
  const book = reportToXlsx(report).then(readBook);

  it('has a cover sheet with the title and narrative, then one sheet per statutory table', async () => {
    const b = await book;
    const defs = allTables(report.format);
    expect(b.worksheets).toHaveLength(1 + defs.length);
    const cover = b.worksheets[0] as ExcelJS.Worksheet;
    expect(cover.name).toBe('报告');
    expect(cover.getCell('A1').value).toBe(`示例市某某局${report.year}年政府信息公开工作年度报告`);
    const texts = cover.getColumn(1).values.map(String);
    for (const t of ['一、总体情况', '（五）监督保障情况', '改进措施段落庚。', '六、其他需要报告的事项', `${report.year + 1}年1月15日`]) expect(texts).toContain(t);
    expect(b.worksheets.slice(1).map((w) => String(w.getCell(1, 1).value))).toEqual(defs.map((d) => d.title ?? expect.stringMatching(/^[三四]、/)));
  });

  it('merges the header cells as the format prints them and puts every figure under its labels', async () => {
    const sheets = (await book).worksheets.slice(1).map(sheetTable);
    const grids = sheets.map((t) => {
      const grid: string[][] = [];
      t.rows.forEach((line, r) => {
        let c = 0;
        for (const cell of line) {
          while (grid[r]?.[c] !== undefined) c++;
          for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = cell.text;
          c += cell.colSpan;
        }
      });
      return grid;
    });
    checkAllTables(report, grids);
    checkMergedHeaders(report.format, sheets.at(-2) as ParsedTable, sheets.at(-1) as ParsedTable);
  });

  it('stores figures as numbers, amounts in the unit their column prints', async () => {
    const b = await book;
    const defs = allTables(report.format);
    defs.forEach((def, i) => {
      const ws = b.worksheets[i + 1] as ExcelJS.Worksheet;
      const { headerRows, labelColumns } = shapeOf(def);
      const first = 2 + headerRows;
      const figures: unknown[] = [];
      for (let r = first; r <= ws.rowCount; r++) for (let c = labelColumns + 1; c <= ws.columnCount; c++) figures.push(ws.getCell(r, c).value);
      expect(figures.every((v) => typeof v === 'number'), ws.name).toBe(true);
      const amount = def.columns.find((c) => c.unit === 'fen');
      if (amount) {
        const v = ws.getCell(first, labelColumns + 1 + def.columns.indexOf(amount)).value as number;
        const text = expectedText(report, def, { section: def.section, row: def.rows[0]?.code ?? '', column: amount.code });
        expect(v).toBeCloseTo(Number(text.replace('元', '')), 6);
      }
    });
  });
});

describe('reportToXlsx: a blank cell', () => {
  it('stays empty, not 0', async () => {
    const report = setCell(emptyReport({ name: '某局' }, 2025), { section: 'appeals', row: 'litigation_direct', column: 'pending' }, null);
    const ws = (await readBook(await reportToXlsx(report))).getWorksheet('四 复议诉讼') as ExcelJS.Worksheet;
    const row = ws.getRow(5).values as unknown[];
    expect(Array.from({ length: 15 }, (_, i) => row[i + 1] ?? null)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0]);
  });
});
