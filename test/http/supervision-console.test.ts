import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { allTables } from '../../src/domain/report/labels.ts';
import { supervisedReports } from '../../src/services/report/supervision.ts';
import { depsFor, PASSWORD, TestClock } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';
import { Browser } from '../support/http.ts';
import { buildSupervision } from '../support/supervision.ts';
import type { SupervisionWorld } from '../support/supervision.ts';
import { checkAllTables } from '../report/annual/read-back.ts';

/** A sheet's cells below its heading row as a grid, merged cells repeated over their range. */
function sheetGrid(ws: ExcelJS.Worksheet): string[][] {
  const merges = (ws.model as unknown as { merges: string[] }).merges;
  const owner = new Map<string, ExcelJS.Cell>();
  for (const m of merges) {
    const [a, b] = m.split(':').map((x) => ws.getCell(x ?? ''));
    if (!a || !b) continue;
    for (let r = Number(a.row); r <= Number(b.row); r++) for (let c = Number(a.col); c <= Number(b.col); c++) owner.set(`${r}:${c}`, a);
  }
  const shown = (cell: ExcelJS.Cell) => {
    const v = cell.value;
    if (typeof v === 'number') return cell.numFmt === '0.0000' ? v.toFixed(4) : cell.numFmt === '0.00' ? `${v.toFixed(2)}元` : String(v);
    return v === null || v === undefined ? '' : String(v);
  };
  const grid: string[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const line: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) line.push(shown(owner.get(`${r}:${c}`) ?? ws.getCell(r, c)));
    grid.push(line);
  }
  return grid;
}

/** The figures of a chart's data table, by row header: `{ '3月': ['1', '0', …] }`. */
function dataTable(html: string, id: string): Record<string, string[]> {
  const table = new RegExp(`<table[^>]*id="${id}-data"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
  const out: Record<string, string[]> = {};
  for (const row of body.split('</tr>')) {
    const head = /<th scope="row">([^<]*)<\/th>/.exec(row)?.[1];
    if (head !== undefined) out[head] = [...row.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1] ?? '');
  }
  return out;
}

/** The texts of a chart's SVG (axis labels, legend, value labels). */
function svgTexts(html: string, id: string): string[] {
  const fig = new RegExp(`<figure[^>]*id="${id}"[^>]*>([\\s\\S]*?)</figure>`).exec(html)?.[1] ?? '';
  const svg = /<svg[\s\S]*?<\/svg>/.exec(fig)?.[0] ?? '';
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe.each(testDialects)('dashboard and supervision pages on %s', (dialect) => {
  let database: OpenDatabase;
  let w: SupervisionWorld;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildSupervision(database.db);
    app = createApp(depsFor(database.db, new TestClock('2026-03-02')));
  }, 60_000);
  afterAll(async () => database.close());

  it('shows the supervising office its subordinates’ status, the summed report and the charts; the XLSX holds the sum', async () => {
    const b = new Browser(app);
    await b.login('office_admin', PASSWORD);
    const res = await b.get('/console/supervision'); // last year by default
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('2025年所辖机关政府信息公开工作年度报告');
    expect(html).toMatch(/<th scope="row">甲市公安局<\/th><td class="status-published"><a href="\/items\/\d+">已发布<\/a><\/td><td>2026-01-20<\/td><td>3<\/td>/);
    expect(html).toMatch(/<th scope="row">乙市教育局<\/th><td class="status-late"><a href="\/items\/\d+">逾期发布<\/a><\/td><td>2026-02-15<\/td><td>2<\/td>/);
    expect(html).not.toContain('丁市交通局');
    expect(html).toContain('丙市人民政府办公室所辖机关汇总2025年政府信息公开工作年度报告');
    expect(html).toContain('href="/console/supervision/2025.xlsx"');
    expect(html).not.toContain('<script');
    // the charts over both agencies
    expect(dataTable(html, 'sub-by-channel')['3月']?.[0]).toBe('2');
    expect(dataTable(html, 'sub-timeliness')).toMatchObject({ 甲市公安局: ['1', '1', '2', '50%'], 乙市教育局: ['0', '0', '0', '—'] });

    const x = await b.get('/console/supervision/2025.xlsx');
    expect(x.status).toBe(200);
    expect(x.headers.get('content-disposition')).toContain(encodeURIComponent('丙市人民政府办公室所辖机关汇总2025年政府信息公开工作年度报告.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await x.arrayBuffer());
    const sum = (await supervisedReports(database.db, w.officeAdmin, 2025)).sum.report;
    expect(book.worksheets).toHaveLength(1 + allTables(sum.format).length);
    checkAllTables(sum, book.worksheets.slice(1).map(sheetGrid));
    const apps = sheetGrid(book.getWorksheet('三 申请情况') as ExcelJS.Worksheet);
    expect(apps.find((r) => r[0]?.startsWith('一、本年新收'))?.at(-1)).toBe('5');

    for (const [ext, type] of [['json', 'application/json'], ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']] as const) {
      const r = await b.get(`/console/supervision/2025.${ext}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain(type);
    }
    const json = (await (await b.get('/console/supervision/2025.json')).json()) as { applications: Record<string, Record<string, number>> };
    expect(json.applications['一']?.total).toBe(5);
    expect((await b.get('/console/supervision?year=2024')).status).toBe(200);
  });

  it('refuses the supervision page and its downloads to an agency’s staff; another office sees only its own', async () => {
    const a = new Browser(app);
    await a.login('a_head', PASSWORD);
    const r = await a.get('/console/supervision?year=2025');
    expect(r.status).toBe(403);
    expect(await r.text()).toContain('主管部门');
    expect((await a.get('/console/supervision/2025.xlsx')).status).toBe(403);
    expect(await (await a.get('/console/dashboard')).text()).not.toContain('href="/console/supervision');
    const o = new Browser(app);
    await o.login('other_admin', PASSWORD);
    const page = await (await o.get('/console/supervision?year=2025')).text();
    expect(page).toContain('丁市交通局');
    expect(page).not.toContain('甲市公安局');
  });

  it('draws the agency’s dashboard as SVG with the figures of its data tables', async () => {
    const b = new Browser(app);
    await b.login('a_handler', PASSWORD);
    const res = await b.get('/console/dashboard?year=2025');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('href="/console/dashboard"');
    // by channel: 网上申请 in March and April, 口头申请 in May
    const ch = dataTable(html, 'agency-by-channel');
    expect(ch['3月']?.[0]).toBe('1');
    expect(ch['5月']?.at(-1)).toBe('1');
    // on-time rate: 100% in March, 0% in June, — where nothing was answered
    const ot = dataTable(html, 'agency-on-time');
    expect([ot['3月'], ot['6月'], ot['1月']]).toEqual([['100%', '1', '1'], ['0%', '1', '0'], ['—', '0', '0']]);
    expect(svgTexts(html, 'agency-on-time')).toContain('100%');
    // items per channel: 门户网站 2, 政务微博 1 — as bars labelled with their values
    expect(dataTable(html, 'agency-item-channels')).toMatchObject({ 门户网站: ['2'], 政务微博: ['1'], 微信公众号: ['0'] });
    const texts = svgTexts(html, 'agency-item-channels');
    expect(texts).toEqual(expect.arrayContaining(['门户网站', '政务微博', '2', '1']));
    // timeliness per department
    expect(dataTable(html, 'agency-timeliness').交警大队).toEqual(['1', '1', '2', '50%']);
    expect(svgTexts(html, 'agency-timeliness')).toEqual(expect.arrayContaining(['交警大队', '及时公开', '逾期公开']));
    // each chart is an image with a title and description, and no inline styles for the CSP to block
    expect(html).toMatch(/<svg width="100%" role="img" aria-labelledby="agency-by-channel-svg-title agency-by-channel-svg-desc"/);
    expect(html).not.toMatch(/<svg[\s\S]*? style="[\s\S]*?<\/svg>/);
    expect(html).not.toContain('<style');
  });

  it('offers the supervising office a link from its dashboard to the supervision page', async () => {
    const b = new Browser(app);
    await b.login('office_admin', PASSWORD);
    expect(await (await b.get('/console/dashboard')).text()).toContain('href="/console/supervision?year=2026"');
  });
});
