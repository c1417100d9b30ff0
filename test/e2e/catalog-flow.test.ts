/**
 * The catalog in a real browser: an item drafted by one user and approved by another appears on the
 * portal in both scripts with its PDF attachment and is found by a two-character search; a rejected item never appears; every public
 * page (the item page with its attachment among them) passes axe-core's WCAG 2.1 A/AA checks, in Simplified and Traditional.
 */
import type { ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { axeViolations, hasChromium, launchChromium, listen, login, newContext } from '../support/browser.ts';
import { buildWorld, depsFor, TestClock } from '../support/builders.ts';
import { freshDb } from '../support/db.ts';

/** A file to attach: its name, type and content. */
type Upload = { name: string; mimeType: string; buffer: Buffer };

async function draft(page: Page, base: string, title: string, body: string, files: Upload[] = []): Promise<string> {
  await page.goto(`${base}/console/items/new`);
  await page.getByLabel('名称').fill(title);
  await page.getByLabel('内容概述').fill(`${title}的主要内容`);
  await page.getByLabel('文号').fill('甲公通〔2026〕8号');
  await page.getByLabel(/^正文/).fill(body);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect.poll(() => page.locator('#item-status').textContent()).toBe('草稿');
  if (files.length) {
    await page.getByLabel('上传附件').setInputFiles(files);
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await expect.poll(() => page.locator('#attachments tbody tr').count()).toBe(files.length);
  }
  await page.locator('#act-submit summary').click();
  await page.locator('#act-submit button[type="submit"]').click();
  await expect.poll(() => page.locator('#item-status').textContent()).toBe('待保密审查');
  return new URL(page.url()).pathname;
}

async function step(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.locator(`#act-${action} summary`).click();
  if (fill) await fill();
  await page.locator(`#act-${action} button[type="submit"]`).click();
  await page.waitForLoadState('load');
}

describe.skipIf(!hasChromium)('catalog in Chromium', () => {
  const clock = new TestClock('2026-04-08');
  let database: OpenDatabase;
  let server: ServerType;
  let base = '';
  let browser: Browser;
  let author: BrowserContext;
  let reviewer: BrowserContext;
  let reader: BrowserContext;
  let publishedPath = '';

  beforeAll(async () => {
    database = await freshDb('sqlite');
    await buildWorld(database.db);
    ({ server, base } = await listen(createApp(depsFor(database.db, clock)).fetch));
    browser = await launchChromium();
    [author, reviewer, reader] = await Promise.all([newContext(browser), newContext(browser), newContext(browser)]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await database?.close();
  });

  it('an item drafted by one user and approved by another is published; a rejected one is not', async () => {
    const a = await author.newPage();
    await login(a, base, 'a_handler');
    const pdf = { name: '户口迁移办理指南.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') };
    const okPath = await draft(a, base, '户口迁移办理指南', '<p>办理户口迁移，请携带居民户口簿和居民身份证。</p><script>alert(1)</script>', [pdf]);
    const noPath = await draft(a, base, '含个人信息的内部名单', '<p>内部名单</p>');
    expect(await a.locator('#act-approve').count()).toBe(0); // the author cannot review

    const r = await reviewer.newPage();
    await login(r, base, 'a_reviewer');
    await r.goto(`${base}${okPath}`);
    await step(r, 'approve');
    await step(r, 'publish');
    await expect.poll(() => r.locator('#item-status').textContent()).toBe('已发布');
    await r.goto(`${base}${noPath}`);
    await step(r, 'reject', () => r.locator('#act-reject textarea[name="reason"]').fill('涉及个人信息，不予公开'));
    await expect.poll(() => r.locator('#item-status').textContent()).toBe('审查未通过');

    const p = await reader.newPage();
    await p.goto(`${base}/catalog`);
    expect(await p.locator('main').textContent()).toContain('户口迁移办理指南');
    expect(await p.locator('main').textContent()).not.toContain('内部名单');
    await p.getByLabel('全文检索').fill('户口');
    await p.getByRole('button', { name: '检索' }).click();
    await expect.poll(() => p.locator('#hits-h').textContent()).toBe('找到 1 条结果');
    expect(await p.locator('.hits mark').first().textContent()).toBe('户口');
    await p.getByRole('link', { name: '户口迁移办理指南' }).click();
    publishedPath = new URL(p.url()).pathname;
    const text = (await p.locator('main').textContent()) ?? '';
    expect(text).toContain('JIA/2026-00001');
    expect(text).toContain('甲公通〔2026〕8号');
    expect(text).toContain('居民户口簿');
    expect(await p.locator('main script').count()).toBe(0);
    const download = p.waitForEvent('download');
    await p.getByRole('link', { name: '户口迁移办理指南.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('户口迁移办理指南.pdf');
  });

  it('shows the item in Traditional script under /hant/, with the 简 / 繁 switch', async () => {
    const p = await reader.newPage();
    await p.goto(`${base}${publishedPath}`);
    await p.getByRole('link', { name: '繁' }).click();
    expect(new URL(p.url()).pathname).toBe(`/hant${publishedPath}`);
    expect(await p.locator('html').getAttribute('lang')).toBe('zh-Hant');
    const text = (await p.locator('main').textContent()) ?? '';
    expect(text).toContain('戶口遷移辦理指南');
    expect(text).toContain('居民戶口簿');
    await p.getByRole('link', { name: '简' }).click();
    expect(new URL(p.url()).pathname).toBe(publishedPath);
  });

  it('every public page passes WCAG 2.1 AA checks (axe-core), in both scripts and in large text', async () => {
    const p = await reader.newPage();
    const pages = ['/', '/catalog', publishedPath, '/guide', '/apply', '/status', `/search?q=${encodeURIComponent('户口')}`];
    for (const path of [...pages, ...pages.map((x) => `/hant${x}`)]) {
      await p.goto(`${base}${path}`);
      expect(await axeViolations(p), path).toEqual([]);
    }
    await p.goto(`${base}/catalog`);
    await p.getByRole('link', { name: '大字版' }).click();
    expect(await p.locator('body').getAttribute('class')).toBe('large');
    expect(await axeViolations(p), 'large text').toEqual([]);
  });
});
