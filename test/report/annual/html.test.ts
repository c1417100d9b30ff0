import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { reportToHtml } from '../../../src/report/annual/html.tsx';
import { axeViolations, hasChromium, launchChromium } from '../../support/browser.ts';
import { emptyReport, setCell } from '../../../src/domain/report/model.ts';
import { seed001 } from '../../fixtures/report/seed-001.ts';
import { REPORTS, distinctReport } from './fixture.ts';
import { checkAllTables, checkMergedHeaders, expand, parseTables, textGrid } from './read-back.ts';
import type { ParsedTable } from './read-back.ts';

describe.each(REPORTS)('reportToHtml: %s', (_name, report) => {
  const html = reportToHtml(report);
  const tables = parseTables(html);

  it('is a fragment: the report body with the title and headings, no page layout', () => {
    expect(html.startsWith('<article class="annual-report" lang="zh-CN"')).toBe(true);
    expect(html).not.toMatch(/<(html|head|body|main|nav)\b/);
    expect(html).toContain(`<h1><span id="report-title">示例市某某局${report.year}年政府信息公开工作年度报告</span></h1>`);
    expect(html).toContain('<h2>三、收到和处理政府信息公开申请情况</h2>');
    expect(html).toContain('<h3>（二）依申请公开情况</h3>');
    expect(html).toContain('<p class="signature">示例市某某局<br/>' + `${report.year + 1}年1月15日</p>`);
    expect(reportToHtml(report, { headingLevel: 2, idPrefix: 'r2' })).toContain('<h2><span id="r2-title">');
  });

  it('captions every table and merges header cells as the format prints them', () => {
    expect(tables.map((t) => t.caption).slice(-2)).toEqual(['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
    expect(tables[0]?.caption).toBe('第二十条第（一）项');
    checkMergedHeaders(report.format, tables.at(-2) as ParsedTable, tables.at(-1) as ParsedTable);
  });

  it('puts every figure in the cell its row and column labels name', () => {
    checkAllTables(report, tables.map(textGrid));
  });

  it('marks headers with scope and names every figure\'s headers by id', () => {
    for (const t of tables) {
      const grid = expand(t);
      const byId = new Map(t.rows.flat().filter((c) => c.tag === 'th').map((c) => [c.attrs.id, c]));
      for (const c of t.rows.flat()) {
        if (c.tag !== 'th') continue;
        const inHead = t.rows.findIndex((l) => l.includes(c)) < t.rows.findIndex((l) => l.some((x) => x.attrs.class === 'figure'));
        expect(c.attrs.scope, c.text).toBe(inHead ? (c.colSpan > 1 ? 'colgroup' : 'col') : c.rowSpan > 1 ? 'rowgroup' : 'row');
      }
      grid.forEach((line, r) =>
        line.forEach((c, k) => {
          if (c.tag !== 'td' || c.attrs.class !== 'figure') return;
          const named = (c.attrs.headers ?? '').split(' ').map((id) => byId.get(id)?.text);
          const above = new Set(grid.slice(0, r).map((l) => l[k]).filter((x) => x?.tag === 'th').map((x) => x?.text));
          const left = new Set(line.slice(0, k).filter((x) => x.tag === 'th').map((x) => x.text));
          expect(new Set(named)).toEqual(new Set([...above, ...left]));
        }),
      );
    }
  });
});

describe('other reports', () => {
  it('prints seed 001 (2020) with its decreases and its 采购总金额 in 元', () => {
    const report = seed001();
    const tables = parseTables(reportToHtml(report));
    checkAllTables(report, tables.map(textGrid));
    expect(tables[1]?.rows[2]?.map((c) => c.text)).toEqual(['其他对外管理服务事项', '12', '-2', '86']);
    expect(tables[4]?.rows[1]?.map((c) => c.text)).toEqual(['政府集中采购', '41', '1753802.00元']);
  });

  it('prints a draft: no date, a blank cell left empty, the parts still headed', () => {
    const report = setCell(emptyReport({ name: '某局' }, 2025), { section: 'applications', row: '一', column: 'research' }, null);
    const html = reportToHtml(report);
    checkAllTables(report, parseTables(html).map(textGrid));
    expect(html).toContain('<h3>（五）监督保障情况</h3>');
    expect(html).toContain('<p>本年度未收取信息处理费。</p><p class="signature">某局</p>');
  });
});

describe('the read-back check', () => {
  it('catches a figure printed in the neighbouring cell', () => {
    const report = distinctReport(2025);
    const html = reportToHtml(report).replace('<td headers="report-applications-h0-0 report-applications-h1-0 report-applications-r0-0" class="figure">111</td><td', '<td headers="x" class="figure">112</td><td');
    expect(() => checkAllTables(report, parseTables(html).map(textGrid))).toThrow();
  });
});

describe.skipIf(!hasChromium)('accessibility (axe, WCAG 2.1 AA)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(REPORTS)('the %s report body has no violations', async (_name, report) => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>年度报告</title></head><body><main>${reportToHtml(report)}</main></body></html>`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);
});
