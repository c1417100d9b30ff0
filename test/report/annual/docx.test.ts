import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { OVERVIEW_PARTS, SECTION_HEADINGS } from '../../../src/domain/report/headings.ts';
import { proactiveTables } from '../../../src/domain/report/proactive-labels.ts';
import { reportToDocx } from '../../../src/report/annual/docx.ts';
import { REPORTS } from './fixture.ts';
import { checkAllTables, checkMergedHeaders, parseTables, textGrid } from './read-back.ts';

describe.each(REPORTS)('reportToDocx: %s', (_name, report) => {
  const rendered = reportToDocx(report);

  it('is A4 Word with real tables: merged header cells, repeated header rows, CJK fonts', async () => {
    const buf = await rendered;
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.convertToHtml({ buffer: buf });
    const tables = parseTables(value);
    expect(tables).toHaveLength(proactiveTables(report.format).length + 2);
    checkMergedHeaders(report.format, tables.at(-2) ?? { caption: '', rows: [] }, tables.at(-1) ?? { caption: '', rows: [] });
  });

  it('puts every figure in the cell its row and column labels name', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: await rendered });
    checkAllTables(report, parseTables(value).map(textGrid));
  });

  it('writes the title, headings in order, narrative, fee, signature and the date in Chinese', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await rendered });
    const lines = value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    expect(lines[0]).toBe(`示例市某某局${report.year}年政府信息公开工作年度报告`);
    const order = [...Object.values(SECTION_HEADINGS), ...OVERVIEW_PARTS.map((p) => p.heading)].map((h) => lines.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order.slice(0, 6)).toEqual([...order.slice(0, 6)].sort((a, b) => a - b));
    for (const p of ['第二段总体情况。', '监督保障段落戊。', '改进措施段落庚。', '其他事项段落辛。']) expect(lines).toContain(p);
    if (report.format === '2021') expect(lines).toContain('本年度收取信息处理费共计3940元。');
    expect(lines.slice(-2)).toEqual(['示例市某某局', `${report.year + 1}年1月15日`]);
  });
});

describe('DOCX fonts and page', () => {
  it('names 仿宋 / 黑体 / 宋体 with Windows fallbacks and an A4 page', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await reportToDocx(REPORTS[1]?.[1] ?? REPORTS[0]![1]));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('w:ascii="SimSun"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    expect(xml).toContain('<w:tblHeader/>');
  });
});
