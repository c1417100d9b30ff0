/**
 * The annual report in a real browser: the office creates the 2025 report (tables from the records,
 * narrative prefilled), records change and the check fails (tables against the records, then a figure
 * in the text), the office recomputes and fixes the text, submits it for checking, the 负责人 signs and
 * publishes it; a reader finds it on the portal in Simplified and under /hant/, downloads the DOCX and
 * the PDF, and the portal page (and the console's report page) passes axe-core's WCAG 2.1 A/AA checks in both scripts.
 */
import type { ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { recordAppeal } from '../../src/services/appeals.ts';
import { axeViolations, hasChromium, launchChromium, listen, login, newContext } from '../support/browser.ts';
import { buildWorld, depsFor, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb } from '../support/db.ts';
import { seedReportRecords } from '../support/report-records.ts';

const TITLE = '甲市公安局2025年政府信息公开工作年度报告';
const SLOW = { timeout: 30_000 };

async function act(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.waitForLoadState('load');
}

const status = (page: Page) => page.locator('#report-status').textContent();
const findings = async (page: Page) => (await page.locator('#findings').textContent()) ?? '';

describe.skipIf(!hasChromium)('annual report in Chromium', () => {
  const clock = new TestClock('2025-03-03');
  let database: OpenDatabase;
  let w: World;
  let server: ServerType;
  let base = '';
  let browser: Browser;
  let office: BrowserContext;
  let head: BrowserContext;
  let reader: BrowserContext;
  let portalPath = '';

  beforeAll(async () => {
    database = await freshDb('sqlite');
    w = await buildWorld(database.db);
    await seedReportRecords(database.db, w, clock, '2026-01-12');
    ({ server, base } = await listen(createApp(depsFor(database.db, clock)).fetch));
    browser = await launchChromium();
    [office, head, reader] = await Promise.all([newContext(browser), newContext(browser), newContext(browser)]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await database?.close();
  });

  it('computes the report, fails a check, is fixed and submitted for checking', async () => {
    const p = await office.newPage();
    await login(p, base, 'a_handler');
    await p.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '年度报告' }).click();
    expect(await p.getByLabel('年度').inputValue()).toBe('2025');
    await act(p, '创建年度报告');
    expect(await status(p)).toBe('起草中');
    expect(await p.locator('article.annual-report').textContent()).toContain('本年度共收到政府信息公开申请3件');

    // A lawsuit filed in December 2025 is recorded after the report was computed.
    await recordAppeal(depsFor(database.db, clock), w.handlerA, { kind: 'litigation_direct', claimant: '李四', body: '甲市中心区人民法院', receivedOn: '2025-12-30', result: 'pending' });
    await p.reload();
    expect(await findings(p)).toContain('1项错误');
    expect(await findings(p)).toContain('表格与当前记录不一致');
    expect(await p.locator('td.flagged').count()).toBeGreaterThan(0);
    await act(p, '提交核对');
    expect(await p.getByRole('alert').textContent()).toContain('未能提交核对：核对发现1项错误');
    expect(await status(p)).toBe('起草中');

    await act(p, '重新计算表格');
    expect(await findings(p)).toContain('无错误');
    expect(await findings(p)).toContain('行政诉讼'); // the prefilled text still says 0 lawsuits
    await p.getByRole('link', { name: '修改文字' }).first().click();
    const field = p.getByLabel('一（五）监督保障情况');
    await field.fill(((await field.inputValue()) ?? '').replace('被提起行政诉讼0件', '被提起行政诉讼1件'));
    await act(p, '保存');
    expect(await findings(p)).not.toContain('行政诉讼');
    expect(await p.locator('td.flagged').count()).toBe(0);
    await act(p, '提交核对');
    expect(await status(p)).toBe('已核对');
    expect(await p.getByRole('button', { name: '负责人签发' }).count()).toBe(0); // not the 负责人
  });

  it('is signed and published by the 负责人', async () => {
    clock.at('2026-01-15');
    const p = await head.newPage();
    await login(p, base, 'a_head');
    await p.goto(`${base}/console/reports/2025`);
    await act(p, '负责人签发');
    expect(await status(p)).toBe('负责人已签发');
    expect(await p.locator('article.annual-report .signature').textContent()).toContain('2026年1月15日');
    await p.getByRole('button', { name: '公开发布' }).click(SLOW); // renders DOCX, PDF and XLSX: slow on a loaded machine
    await expect.poll(() => status(p), SLOW).toBe('已公开');
    const link = p.getByRole('link', { name: /已在门户网站公开/ });
    portalPath = (await link.getAttribute('href')) ?? '';
    expect(portalPath).toMatch(/^\/items\/\d+$/);
    const download = p.waitForEvent('download');
    await p.getByRole('link', { name: 'DOCX' }).click();
    expect((await download).suggestedFilename()).toBe(`${TITLE}.docx`);
    expect(await axeViolations(p), 'console report page').toEqual([]);
  });

  it('is on the portal in both scripts, with its DOCX and PDF, and passes axe', async () => {
    const p = await reader.newPage();
    await p.goto(`${base}/catalog`);
    await p.getByRole('link', { name: TITLE }).click();
    expect(new URL(p.url()).pathname).toBe(portalPath);
    expect(await p.locator('h1').textContent()).toBe(TITLE);
    const main = (await p.locator('main').textContent()) ?? '';
    expect(main).toContain('三、收到和处理政府信息公开申请情况');
    expect(main).toContain('2026年1月15日');
    for (const ext of ['docx', 'pdf']) {
      const download = p.waitForEvent('download');
      await p.getByRole('link', { name: `${TITLE}.${ext}` }).click();
      const d = await download;
      expect(d.suggestedFilename()).toBe(`${TITLE}.${ext}`);
      const path = await d.path();
      const { readFile } = await import('node:fs/promises');
      const head4 = (await readFile(path)).subarray(0, 4).toString('latin1');
      expect(head4).toBe(ext === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
    }
    expect(await axeViolations(p), portalPath).toEqual([]);
    await p.getByRole('link', { name: '繁' }).click();
    expect(new URL(p.url()).pathname).toBe(`/hant${portalPath}`);
    expect(await p.locator('h1').textContent()).toBe('甲市公安局2025年政府信息公開工作年度報告');
    expect(await axeViolations(p), `/hant${portalPath}`).toEqual([]);
  });
});
