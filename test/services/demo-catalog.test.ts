import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { listColumns } from '../../src/db/repositories/catalog-columns.ts';
import { searchItems } from '../../src/db/repositories/item-search.ts';
import { isLate } from '../../src/domain/catalog/timeliness.ts';
import { validateUscc } from '../../src/domain/identity.ts';
import { hashPassword } from '../../src/services/auth.ts';
import { loadCalendar } from '../../src/services/calendar-source.ts';
import type { Actor, Deps } from '../../src/services/deps.ts';
import { createDemoOrganisation } from '../../src/services/demo/accounts.ts';
import type { AgencyStaff } from '../../src/services/demo/accounts.ts';
import { seedCatalog } from '../../src/services/demo/catalog.ts';
import type { CatalogSeedResult } from '../../src/services/demo/catalog.ts';
import { planCatalog } from '../../src/services/demo/catalog-plans.ts';
import { SteppingClock } from '../../src/services/demo/runner.ts';
import { section2ForYear } from '../../src/services/figures.ts';
import { channelCounts } from '../../src/services/item-channels.ts';
import { mediaAccounts, mediaLedger } from '../../src/services/media-accounts.ts';
import { freshDb, testDialects } from '../support/db.ts';

const TODAY = '2026-11-20';
const SEED = 7;

describe('demo catalog plans', () => {
  it('are the same for the same seed and today, and differ for another seed', () => {
    const cal = loadCalendar();
    const sig = (seed: number) => planCatalog(seed, cal, TODAY).map((p) => `${p.agency}|${p.formedOn}|${p.path}|${p.content.title}|${p.steps.map((s) => `${s.on}:${s.action}`).join(',')}`);
    expect(sig(SEED)).toEqual(sig(SEED));
    expect(sig(SEED)).not.toEqual(sig(SEED + 1));
  });

  it('date every step on or before today, and never before the item is formed', () => {
    for (const p of planCatalog(SEED, loadCalendar(), TODAY)) {
      for (const s of p.steps) {
        expect(s.on <= TODAY, p.content.title).toBe(true);
        expect(s.on >= p.formedOn, p.content.title).toBe(true);
      }
    }
  });
});

describe.each(testDialects)('demo catalog on %s', (dialect) => {
  let database: OpenDatabase;
  let deps: Deps;
  let police: AgencyStaff;
  let education: AgencyStaff;
  let result: CatalogSeedResult;

  beforeAll(async () => {
    database = await freshDb(dialect);
    const clock = new SteppingClock();
    clock.set('2024-12-30');
    deps = { db: database.db, clock, calendar: loadCalendar() };
    const org = await createDemoOrganisation(database.db, await hashPassword('Demo@2026'), clock.now().toISOString());
    police = org.ga;
    education = org.jy;
    result = await seedCatalog({ deps, clock, org, today: TODAY }, SEED);
  }, 180_000);
  afterAll(async () => database.close());

  const items = (agencyId: number) => database.db.selectFrom('items').selectAll().where('agency_id', '=', agencyId).execute();

  it('publishes about 300 items of the 公安局 and 80 of the 教育局 over 2025 and 2026', async () => {
    const published = async (s: AgencyStaff) => (await items(s.id)).filter((i) => i.status === 'published');
    expect((await published(police)).length).toBeGreaterThanOrEqual(260);
    expect((await published(police)).length).toBeLessThanOrEqual(330);
    expect((await published(education)).length).toBeGreaterThanOrEqual(60);
    expect((await published(education)).length).toBeLessThanOrEqual(100);
    expect(result.published).toBe((await published(police)).length + (await published(education)).length);
    for (const i of await published(police)) expect((i.published_on ?? '') >= '2025-01-01' && (i.published_on ?? '') <= TODAY, i.title).toBe(true);
  });

  it('has items in every status for both agencies', async () => {
    for (const s of [police, education]) {
      const statuses = new Set((await items(s.id)).map((i) => i.status));
      for (const st of ['draft', 'submitted', 'published', 'rejected', 'withdrawn']) expect(statuses.has(st), `${s.name} ${st}`).toBe(true);
    }
    expect(new Set((await items(police.id)).map((i) => i.status)).has('approved')).toBe(true);
  });

  it('covers the 第二十条 classes and 工作动态, with 行政规范性文件 numbered 示公规〔YYYY〕N号', async () => {
    const all = await items(police.id);
    const classes = new Set(all.map((i) => i.article20));
    for (const c of [1, 2, 5, 6, 8, 12, 13, 14, null]) expect(classes.has(c), String(c)).toBe(true);
    const regs = all.filter((i) => i.article20 === 1);
    expect(regs.every((i) => i.regulation_kind === '行政规范性文件' && /^示公规〔202[56]〕\d+号$/.test(i.doc_number ?? ''))).toBe(true);
    expect(all.every((i) => i.department_id !== null && i.topic && i.summary && /<p>/.test(i.body_html))).toBe(true);
    const codes = all.flatMap((i) => [...i.body_text.matchAll(/统一社会信用代码：([0-9A-Z]{18})/g)].map((m) => m[1] ?? ''));
    expect(codes.length).toBeGreaterThan(10);
    for (const c of codes) expect(validateUscc(c).ok, c).toBe(true);
  });

  it('publishes some items later than 20 working days after formation (第二十六条), but only a few', async () => {
    const cal = deps.calendar;
    for (const s of [police, education]) {
      const pub = (await items(s.id)).filter((i) => i.status === 'published');
      const late = pub.filter((i) => isLate(cal, i.formed_on, i.published_on));
      expect(late.length, s.name).toBeGreaterThanOrEqual(1);
      expect(late.length / pub.length, s.name).toBeLessThan(0.12);
    }
  });

  it('never has an item reviewed by its author, and revises some rejected items', async () => {
    const events = await database.db.selectFrom('item_events').select(['item_id', 'action', 'actor_user_id']).execute();
    const author = new Map(events.filter((e) => e.action === 'create').map((e) => [e.item_id, e.actor_user_id]));
    const reviews = events.filter((e) => e.action === 'approve' || e.action === 'reject');
    expect(reviews.length).toBeGreaterThan(300);
    for (const e of reviews) expect(e.actor_user_id).not.toBe(author.get(e.item_id));
    const rejected = new Set(events.filter((e) => e.action === 'reject').map((e) => e.item_id));
    const revised = events.filter((e) => e.action === 'edit' && rejected.has(e.item_id));
    expect(revised.length).toBeGreaterThanOrEqual(3);
  });

  it('fills section 二 of 2025 for both agencies without gaps, with plausible figures', async () => {
    const s = await section2ForYear(database.db, police.id, 2025, '2021');
    expect(s.gaps).toEqual([]);
    const [regs, permits, penalties, fees] = s.tables;
    expect(regs.rows[0]?.cells).toEqual({ 本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0 });
    expect(regs.rows[1]?.cells.本年制发件数).toBe(6);
    expect(Number(permits.rows[0]?.cells.本年处理决定数量)).toBeGreaterThan(20_000);
    expect(Number(penalties.rows[0]?.cells.本年处理决定数量)).toBeGreaterThan(5_000);
    expect(Number(penalties.rows[1]?.cells.本年处理决定数量)).toBeGreaterThan(100);
    expect(Number(fees.rows[0]?.cells['本年收费金额（单位：万元）'])).toBeGreaterThan(100);
    expect((await section2ForYear(database.db, education.id, 2025, '2021')).gaps).toEqual([]);
    const y2026 = await section2ForYear(database.db, police.id, 2026, '2021');
    expect(y2026.gaps.every((g) => g.months.every((m) => m >= 11))).toBe(true);
    expect(y2026.tables[0].rows[1]?.cells.本年废止件数).toBeGreaterThanOrEqual(1);
  });

  it('sends every published item to the portal, and many to 政务微博 and 微信公众号', async () => {
    const viewer = (s: AgencyStaff): Actor => s.reviewer;
    const c = Object.fromEntries((await channelCounts(deps, viewer(police), 2025)).map((x) => [x.channel, x.count]));
    const portal = c.portal ?? 0;
    for (const ch of ['weibo', 'wechat', 'other_new_media', 'board', 'other']) expect(portal).toBeGreaterThanOrEqual(c[ch] ?? 0);
    expect(c.weibo).toBeGreaterThan(portal / 2);
    expect(c.wechat).toBeGreaterThan(0);
    const jy = Object.fromEntries((await channelCounts(deps, viewer(education), 2025)).map((x) => [x.channel, x.count]));
    expect(jy.weibo).toBe(0);
    expect(jy.wechat).toBeGreaterThan(0);
    const withoutPortal = await database.db.selectFrom('items').select('id').where('status', '=', 'published')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('item_channels').select('item_channels.id').whereRef('item_channels.item_id', '=', 'items.id').where('channel', '=', 'portal'))))
      .execute();
    expect(withoutPortal).toEqual([]);
  });

  it('registers the new-media accounts with administrator changes in 2025 and 2026', async () => {
    const accounts = await mediaAccounts(deps, police.handlers[0] as Actor);
    expect(accounts.map((a) => [a.platform, a.name]).sort()).toEqual([['other_new_media', '抖音号“示例警方”'], ['wechat', '示例公安'], ['weibo', '@示例公安']]);
    expect((await mediaLedger(deps, police.handlers[0] as Actor, 2025, 1)).length).toBeGreaterThanOrEqual(1);
    expect((await mediaLedger(deps, education.handlers[0] as Actor, 2026, 2)).length).toBeGreaterThanOrEqual(1);
    expect(result.mediaAccounts).toBe(4);
  });

  it('files every item under the 组配分类 of its agency, 行政规范性文件 under 政策文件 › 规范性文件', async () => {
    for (const s of [police, education]) {
      const cols = await listColumns(database.db, s.id);
      const ids = new Set(cols.map((c) => c.id));
      const all = await items(s.id);
      for (const i of all) expect(i.column_id !== null && ids.has(i.column_id), i.title).toBe(true);
      const parent = cols.find((c) => c.name === '政策文件' && c.parentId === null);
      const child = cols.find((c) => c.name === '规范性文件' && c.parentId === parent?.id);
      expect(child).toBeDefined();
      const regs = all.filter((i) => i.article20 === 1);
      expect(regs.length).toBeGreaterThan(0);
      for (const i of regs) expect(i.column_id, i.title).toBe(child?.id);
      expect(cols.filter((c) => c.items > 0).length).toBeGreaterThanOrEqual(5);
    }
  });

  it("answers the portal's example searches: two-character 户口 and 公开 find published items", async () => {
    for (const text of ['户口', '公开', '户籍制度']) {
      const r = await searchItems(database.db, { text, agencyId: police.id });
      expect(r.total, text).toBeGreaterThan(0);
      for (const h of r.hits) expect(`${h.title}${h.snippet}`, text).toContain('<mark>');
    }
  });

  it('numbers 索引号 in order of publication within each year', async () => {
    const pub = (await items(police.id)).filter((i) => i.index_number?.includes('/2025-'));
    const byIndex = [...pub].sort((a, b) => (a.index_number ?? '').localeCompare(b.index_number ?? ''));
    const dates = byIndex.map((i) => i.published_on ?? '');
    expect(dates).toEqual([...dates].sort());
  });
});
