/**
 * The dashboard and the supervision page in Chromium: the server-rendered SVG charts show (no
 * script on the page), and both pages — data tables opened — pass axe-core's WCAG 2.1 A/AA checks.
 */
import type { ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { axeViolations, hasChromium, launchChromium, listen, login, newContext } from '../support/browser.ts';
import { depsFor, TestClock } from '../support/builders.ts';
import { freshDb } from '../support/db.ts';
import { buildSupervision } from '../support/supervision.ts';

describe.skipIf(!hasChromium)('dashboards in Chromium', () => {
  let database: OpenDatabase;
  let server: ServerType;
  let base = '';
  let browser: Browser;

  beforeAll(async () => {
    database = await freshDb('sqlite');
    await buildSupervision(database.db);
    ({ server, base } = await listen(createApp(depsFor(database.db, new TestClock('2026-03-02'))).fetch));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
    await database?.close();
  });

  it.each([
    ['a_handler', '/console/dashboard?year=2025', 5],
    ['office_admin', '/console/supervision?year=2025', 5],
  ] as const)('%s: %s draws its charts and passes axe', async (user, path, charts) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, base, user);
    await page.goto(`${base}${path}`);
    await expect.poll(() => page.locator('figure.chart svg[role="img"]').count()).toBe(charts);
    expect(await page.locator('script').count()).toBe(0);
    const box = await page.locator('figure.chart svg').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
