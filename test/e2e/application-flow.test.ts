/**
 * End to end in a real browser: a citizen applies on the portal, staff handle the case in the
 * console (补正, supplement, decision), the reply letter downloads as DOCX, and the citizen sees the
 * new status. The app runs in-process on a loopback port; Debian's Chromium drives it.
 *
 * Without Chromium the test is skipped — except with CI=true, where it fails.
 */
import { readFile } from 'node:fs/promises';
import type { ServerType } from '@hono/node-server';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { axeViolations, CHROMIUM, hasChromium, launchChromium, listen, login, newContext } from '../support/browser.ts';
import { buildWorld, depsFor, TestClock } from '../support/builders.ts';
import { freshDb } from '../support/db.ts';

const SCREENSHOT = '/tmp/gongkai-e2e-case-page.png';

/** Opens an action's <details>, lets `fill` complete its form, and submits it. */
async function act(page: Page, action: string, fill: (form: ReturnType<Page['locator']>) => Promise<void> = async () => {}): Promise<void> {
  const box = page.locator(`#act-${action}`);
  await box.locator('summary').click();
  const form = box.locator('form');
  await fill(form);
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
}

describe.skipIf(!hasChromium)('application flow in Chromium', () => {
  const clock = new TestClock('2026-03-02');
  let database: OpenDatabase;
  let server: ServerType;
  let base = '';
  let browser: Browser;
  let citizen: BrowserContext;
  let staff: BrowserContext;
  let reviewer: BrowserContext;
  // Shared by the steps, in order.
  let number = '';
  let code = '';
  let caseUrl = '';

  beforeAll(async () => {
    database = await freshDb('sqlite');
    await buildWorld(database.db);
    ({ server, base } = await listen(createApp(depsFor(database.db, clock)).fetch));
    browser = await launchChromium();
    [citizen, staff, reviewer] = await Promise.all([newContext(browser), newContext(browser), newContext(browser)]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await database?.close();
  });

  it('a citizen applies, is told of a wrong ID check digit next to the field, and gets a number and query code', async () => {
    clock.at('2026-03-02');
    const page = await citizen.newPage();
    await page.goto(`${base}/apply`);
    await expect.poll(() => page.title()).toContain('政府信息公开申请');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('受理机关').selectOption({ label: '甲市公安局' });
    await page.getByLabel('申请人类型').selectOption({ label: '自然人' });
    await page.getByLabel('姓名 / 单位名称').fill('张三');
    await page.getByLabel('身份证件类型').selectOption({ label: '居民身份证' });
    await page.getByLabel('证件号码').fill('110105194912310021');
    await page.getByLabel('联系电话').fill('13800138000');
    await page.getByLabel('电子邮箱').fill('zhangsan@example.com');
    await page.getByLabel('政府信息的名称').fill('人民路监控设置依据');
    await page.getByLabel('内容描述').fill('人民路与和平路交叉口电子监控设备的设置依据和审批文件');
    await page.getByLabel('提供形式').selectOption({ label: '电子文档' });
    await page.getByLabel('获取方式').selectOption({ label: '电子邮件' });
    await page.getByRole('button', { name: '提交申请' }).click();

    const idField = page.locator('.field', { has: page.locator('#f-idNumber') });
    await expect.poll(() => idField.locator('p.error').textContent()).toContain('身份证号码校验位错误');
    expect(await idField.locator('p.error').isVisible()).toBe(true);
    expect(await page.locator('#f-idNumber').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.flash.error').textContent()).toContain('提交未成功');
    expect(await page.getByLabel('姓名 / 单位名称').inputValue()).toBe('张三'); // kept

    await page.getByLabel('证件号码').fill('11010519491231002X');
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('申请已提交');
    expect(await page.locator('.receipt').textContent()).toContain('甲市公安局已于 2026-03-02 收到');
    number = (await page.locator('#app-number').textContent())?.trim() ?? '';
    code = (await page.locator('#query-code').textContent())?.trim() ?? '';
    expect(number).toMatch(/^2026-JIA-\d{5}$/);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);

    await page.getByRole('link', { name: '申请进度查询' }).last().click();
    await page.getByLabel('申请编号').fill(number);
    await page.getByLabel('查询码').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    expect(await page.locator('#status-label').textContent()).toBe('已收到');
    expect(await page.locator('.status-result').textContent()).toContain('人民路监控设置依据');
    await page.close();
  });

  it('a handler finds the case in the inbox, asks for 补正 and records the supplement', async () => {
    clock.at('2026-03-03');
    const page = await staff.newPage();
    await login(page, base, 'a_handler');
    const row = page.locator('table.cases tbody tr', { hasText: number });
    expect(await row.locator('td').nth(4).textContent()).toBe('已收到');
    await row.getByRole('link', { name: number }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(number);
    caseUrl = page.url();
    expect(await page.locator('#case-status').textContent()).toBe('已收到');

    await act(page, 'request_correction', async (form) => form.getByLabel('需要补正的事项').fill('请写明所需监控设备的具体路段和设置时间'));
    expect(await page.locator('.flash.notice').textContent()).toBe('已办理');
    expect(await page.locator('#case-status').textContent()).toBe('待补正');
    expect(await page.locator('ul.letters').textContent()).toContain('补正告知书');

    await act(page, 'record_supplement');
    expect(await page.locator('#case-status').textContent()).toBe('办理中');
    expect(await page.locator('.timeline').textContent()).toContain('待补正 → 办理中');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  });

  it('a reviewer decides 予以公开 and downloads the reply letter as DOCX', async () => {
    clock.at('2026-03-05');
    const page = await reviewer.newPage();
    await login(page, base, 'a_reviewer');
    await page.goto(caseUrl);
    await act(page, 'decide', async (form) => {
      await form.getByLabel('办理结果').selectOption({ label: '予以公开' });
      await form.getByLabel('理由及依据说明').fill('所申请信息属于本机关公开范围');
    });
    expect(await page.locator('#case-status').textContent()).toBe('已决定待答复');
    expect(await page.locator('#case-outcome').textContent()).toContain('予以公开');
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-decided.png'), fullPage: true });

    const link = page.locator('ul.letters li', { hasText: '政府信息公开申请答复告知书' }).getByRole('link', { name: 'DOCX' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const text = (await mammoth.extractRawText({ buffer: await readFile(await download.path()) })).value;
    expect(text).toContain('政府信息公开申请答复告知书');
    expect(text).toContain('甲市公安局');
    expect(text).toContain('张三');
    expect(text).toContain('二〇二六年三月五日');
    await page.close();
  });

  async function citizenStatus(): Promise<{ label: string; result: string }> {
    const page = await citizen.newPage();
    await page.goto(`${base}/status`);
    await page.getByLabel('申请编号').fill(number);
    await page.getByLabel('查询码').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    const out = { label: (await page.locator('#status-label').textContent()) ?? '', result: (await page.locator('.status-result').textContent()) ?? '' };
    await page.close();
    return out;
  }

  it('the citizen sees the new status; the outcome itself only once the reply is served', async () => {
    const decided = await citizenStatus();
    expect(decided.label).toBe('已决定待答复');
    expect(decided.result).toContain('2026-03-05 已作出答复决定');
    expect(decided.result).not.toContain('予以公开');
    expect(decided.result).not.toContain('11010519491231002X');

    clock.at('2026-03-06');
    const page = await staff.newPage();
    await login(page, base, 'a_handler'); // days later: the session of 03-03 has expired
    await page.goto(caseUrl);
    await act(page, 'reply', async (form) => { await form.getByLabel('送达方式').selectOption({ label: '电子邮件' }); });
    expect(await page.locator('#case-status').textContent()).toBe('已答复');
    await page.close();

    const replied = await citizenStatus();
    expect(replied.label).toBe('已答复');
    expect(replied.result).toContain('予以公开（2026-03-06 答复）');
  });
});

if (!hasChromium) {
  console.warn(`⚠ browser test skipped: Chromium not found at ${CHROMIUM}`);
  it.skip(`browser test skipped: Chromium not found at ${CHROMIUM} (apt-get install chromium; with CI=true this is a failure)`, () => {});
}
