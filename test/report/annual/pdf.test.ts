import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { OVERVIEW_PARTS, SECTION_HEADINGS } from '../../../src/domain/report/headings.ts';
import { allTables } from '../../../src/domain/report/labels.ts';
import { reportPdfDefinition, reportToPdf } from '../../../src/report/annual/pdf.ts';
import { REPORTS } from './fixture.ts';
import { checkAllTables, checkMergedHeaders, expectedText, textGrid } from './read-back.ts';
import type { ParsedTable } from './read-back.ts';

/** The tables of a pdfmake definition as parsed tables (placeholders of merged cells dropped). */
function definitionTables(content: Content[]): ParsedTable[] {
  const out: ParsedTable[] = [];
  const visit = (c: Content): void => {
    if (typeof c !== 'object' || c === null) return;
    if ('table' in c && c.table) {
      const rows = c.table.body.map((line: TableCell[]) =>
        line
          .filter((cell) => typeof cell === 'object' && cell !== null && 'text' in cell)
          .map((cell) => {
            const x = cell as { text: string; rowSpan?: number; colSpan?: number };
            return { tag: 'td' as const, attrs: {}, text: x.text, rowSpan: x.rowSpan ?? 1, colSpan: x.colSpan ?? 1 };
          }),
      );
      out.push({ caption: '', rows });
    } else if ('stack' in c && c.stack) c.stack.forEach(visit);
  };
  content.forEach(visit);
  return out;
}

describe.each(REPORTS)('reportToPdf: %s', (_name, report) => {
  const rendered = reportToPdf(report);

  it('lays out the tables with merged header cells and every figure under its labels', () => {
    const def = reportPdfDefinition(report);
    const tables = definitionTables(def.content as Content[]);
    checkAllTables(report, tables.map(textGrid));
    checkMergedHeaders(report.format, tables.at(-2) as ParsedTable, tables.at(-1) as ParsedTable);
  });

  it('embeds the CJK font; the title, headings, narrative and date read back', async () => {
    const buf = await rendered;
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(buf.includes('FontFile2') || buf.includes('FontFile3')).toBe(true);
    const { text } = await extractText(new Uint8Array(buf), { mergePages: true });
    const flat = text.replace(/\s+/g, '');
    const facts = [
      `示例市某某局${report.year}年政府信息公开工作年度报告`,
      ...Object.values(SECTION_HEADINGS),
      ...OVERVIEW_PARTS.map((p) => p.heading),
      '第二段总体情况。',
      '改进措施段落庚。',
      '申请人情况',
      '法人或其他组织',
      '三、本年度办理结果',
      '1.属于国家秘密',
      '未经复议直接起诉',
      `${report.year + 1}年1月15日`,
    ];
    for (const f of facts) expect(flat).toContain(f);
    let last = -1;
    for (const h of Object.values(SECTION_HEADINGS)) {
      const at = flat.indexOf(h, last + 1);
      expect(at, h).toBeGreaterThan(last);
      last = at;
    }
  });

  it('prints every figure, in table order, each table row on one line left to right', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await rendered));
    const figures: { str: string; x: number; y: number; page: number }[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const { items } = await (await pdf.getPage(p)).getTextContent();
      for (const i of items) {
        if (!('str' in i) || !/^-?\d+(\.\d+)?元?$/.test(i.str)) continue;
        figures.push({ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, page: p });
      }
    }
    const defs = allTables(report.format);
    const expected = defs.flatMap((t) => t.rows.map((r) => t.columns.map((c) => expectedText(report, t, { section: t.section, row: r.code, column: c.code }))));
    expect(figures.map((f) => f.str)).toEqual(expected.flat());
    // Rows of the model: section 四's three model rows are one printed row.
    let k = 0;
    for (const [ti, t] of defs.entries()) {
      const printed = t.section === 'appeals' ? [t.rows.length * t.columns.length] : t.rows.map(() => t.columns.length);
      for (const n of printed) {
        const line = figures.slice(k, k + n);
        k += n;
        expect(new Set(line.map((f) => `${f.page}:${Math.round(f.y)}`)).size, `table ${ti}`).toBe(1);
        expect(line.map((f) => f.x)).toEqual([...line.map((f) => f.x)].sort((a, b) => a - b));
      }
    }
  });
});
