/**
 * Plays the demo catalog through the real services — items (createItem, itemAction, editItem),
 * channels (addChannel), new-media accounts (registerMediaAccount, recordMediaChange) and monthly
 * figures (enterFigure) — with the seed's clock set to each step's date, so every event, 索引号 and
 * count is genuine. Items are played in date order, so 索引号 run in order of publication.
 */
import type { Payload } from '../../domain/payload.ts';
import { editItem, createItem, itemAction } from '../catalog/items.ts';
import type { Actor, Deps } from '../deps.ts';
import { enterFigure } from '../figures.ts';
import { addChannel } from '../item-channels.ts';
import { recordMediaChange, registerMediaAccount } from '../media-accounts.ts';
import type { AgencyStaff, DemoOrganisation } from './accounts.ts';
import { columnPathFor, createDemoColumns } from './catalog-columns.ts';
import { MEDIA_ACCOUNTS, MONTHLY_KINDS, planFigures } from './catalog-figures.ts';
import { planCatalog } from './catalog-plans.ts';
import type { ItemPlan, ItemStep } from './catalog-steps.ts';
import type { DemoAgency } from './plans.ts';
import type { SteppingClock } from './runner.ts';

/** What the catalog seed needs: services' deps with the stepping clock, the staff and today. */
export interface CatalogContext {
  deps: Deps;
  clock: SteppingClock;
  org: DemoOrganisation;
  today: string;
}

/** What the catalog seed wrote. */
export interface CatalogSeedResult {
  items: number;
  published: number;
  figures: number;
  mediaAccounts: number;
}

const APPROVAL_NOTE = '经保密审查，不涉及国家秘密、工作秘密、商业秘密和个人隐私，同意公开。';

function authorOf(staff: AgencyStaff, p: ItemPlan): Actor {
  const h = staff.handlers[p.author % staff.handlers.length];
  if (!h) throw new Error('demo agency without handler');
  return h;
}

function itemPayload(staff: AgencyStaff, p: ItemPlan, columns: Map<string, number>): Payload {
  const c = p.content;
  const columnId = columns.get(columnPathFor(p.agency, c.article20).join(' › '));
  return {
    title: c.title, summary: c.summary, bodyHtml: c.bodyHtml, keywords: c.keywords, docNumber: c.docNumber, topic: c.topic,
    publisher: staff.name, writtenOn: p.formedOn, formedOn: p.formedOn, departmentId: String(staff.departments.get(c.dept) ?? ''),
    columnId: columnId === undefined ? '' : String(columnId),
    article20: c.article20 === null ? '' : String(c.article20), regulationKind: c.article20 === 1 ? '行政规范性文件' : '',
  };
}

/** Registers the accounts at setup and returns their ids by agency and platform. */
async function registerAccounts(ctx: CatalogContext): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const a of MEDIA_ACCOUNTS) {
    const actor = ctx.org[a.agency].handlers[0];
    if (!actor) continue;
    const acc = await registerMediaAccount(ctx.deps, actor, { platform: a.platform, name: a.name, administrator: a.administrator, openedOn: a.openedOn });
    ids.set(`${a.agency}:${a.platform}`, acc.id);
  }
  return ids;
}

async function recordMediaChanges(ctx: CatalogContext, ids: Map<string, number>): Promise<void> {
  for (const a of MEDIA_ACCOUNTS) {
    const id = ids.get(`${a.agency}:${a.platform}`);
    const actor = ctx.org[a.agency].handlers[0];
    if (id === undefined || !actor) continue;
    for (const c of a.changes.filter((x) => x.on <= ctx.today)) {
      ctx.clock.set(c.on);
      await recordMediaChange(ctx.deps, actor, id, { kind: 'administrator', changedOn: c.on, to: c.to });
    }
  }
}

interface Played {
  plan: ItemPlan;
  staff: AgencyStaff;
  columns: Map<string, number>;
  id?: number;
}

async function playStep(ctx: CatalogContext, x: Played, s: ItemStep, accounts: Map<string, number>): Promise<void> {
  const author = authorOf(x.staff, x.plan);
  const reviewer = x.plan.reviewer === 'head' ? x.staff.head : x.staff.reviewer;
  if (s.action === 'create') {
    x.id = await createItem(ctx.deps, author, itemPayload(x.staff, x.plan, x.columns));
    return;
  }
  const id = x.id;
  if (id === undefined) throw new Error(`demo item “${x.plan.content.title}” was not created`);
  switch (s.action) {
    case 'submit': await itemAction(ctx.deps, author, id, 'submit', {}); return;
    case 'edit': await editItem(ctx.deps, author, id, itemPayload(x.staff, x.plan, x.columns)); return;
    case 'approve': await itemAction(ctx.deps, reviewer, id, 'approve', { note: APPROVAL_NOTE }); return;
    case 'reject': case 'withdraw': await itemAction(ctx.deps, reviewer, id, s.action, { reason: s.reason ?? '' }); return;
    case 'publish': await itemAction(ctx.deps, reviewer, id, 'publish', {}); return;
    case 'change_validity': await itemAction(ctx.deps, reviewer, id, 'change_validity', { validity: s.validity ?? '有效', validityChangedOn: s.validityOn ?? '' }); return;
    case 'channel': {
      const accountId = accounts.get(`${x.plan.agency}:${s.channel ?? ''}`) ?? null;
      await addChannel(ctx.deps, author, id, { channel: s.channel, publishedOn: s.on, accountId });
    }
  }
}

/** Every step of every item, in date order (items in plan order within a day, steps in their order). */
async function playItems(ctx: CatalogContext, plans: ItemPlan[], accounts: Map<string, number>): Promise<void> {
  const columns = { ga: await createDemoColumns(ctx.deps, 'ga', ctx.org.ga), jy: await createDemoColumns(ctx.deps, 'jy', ctx.org.jy) };
  const played: Played[] = plans.map((plan) => ({ plan, staff: ctx.org[plan.agency], columns: columns[plan.agency] }));
  const queue = played.flatMap((x, i) => x.plan.steps.map((s, j) => ({ x, s, i, j })));
  queue.sort((a, b) => a.s.on.localeCompare(b.s.on) || a.i - b.i || a.j - b.j);
  for (const { x, s } of queue) {
    ctx.clock.set(s.on);
    await playStep(ctx, x, s, accounts);
  }
}

async function enterFigures(ctx: CatalogContext, seed: number): Promise<number> {
  const plans = planFigures(seed, ctx.deps.calendar, ctx.today);
  const by: Record<DemoAgency, Actor | undefined> = { ga: ctx.org.ga.handlers[1] ?? ctx.org.ga.handlers[0], jy: ctx.org.jy.handlers[0] };
  let n = 0;
  for (const f of plans) {
    const actor = by[f.agency];
    if (!actor) continue;
    ctx.clock.set(f.enteredOn);
    for (const kind of MONTHLY_KINDS) {
      await enterFigure(ctx.deps, actor, { year: f.year, month: f.month, kind, value: f.values[kind] });
      n++;
    }
  }
  return n;
}

/** Writes the demo catalog, channels, new-media accounts and monthly figures of both agencies. */
export async function seedCatalog(ctx: CatalogContext, seed: number): Promise<CatalogSeedResult> {
  const accounts = await registerAccounts(ctx);
  const plans = planCatalog(seed, ctx.deps.calendar, ctx.today);
  await playItems(ctx, plans, accounts);
  await recordMediaChanges(ctx, accounts);
  const figures = await enterFigures(ctx, seed ^ 0xf16);
  const created = plans.filter((p) => p.steps.some((s) => s.action === 'create'));
  const published = created.filter((p) => p.steps.some((s) => s.action === 'publish') && !p.steps.some((s) => s.action === 'withdraw'));
  return { items: created.length, published: published.length, figures, mediaAccounts: accounts.size };
}
