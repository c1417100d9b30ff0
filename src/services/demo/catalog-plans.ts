/**
 * Plans of the demo catalog: which items each agency forms month by month from 2025-01 up to
 * `today` (scheduled results, reports and 行政规范性文件, news and warnings drawn at random), and the
 * dated steps each goes through — drafting, 保密审查 (some rejected, some of those revised),
 * publication within the 第二十六条 period (about one in twenty late), channels, withdrawal and
 * changes of 有效性. Pure: the same seed, calendar and `today` give the same plans.
 */
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { Channel } from '../../domain/catalog/channels.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { isCivilDate } from '../../domain/dates.ts';
import { POLICE_NEWS } from './catalog-news-police.ts';
import { EDUCATION_REGULATIONS, POLICE_REGULATIONS } from './catalog-regulations.ts';
import { bodyHtml } from './catalog-texts.ts';
import type { RegulationSpec, TextTemplate, TextVars } from './catalog-texts.ts';
import { EDUCATION_TEMPLATES } from './catalog-texts-education.ts';
import { POLICE_TEMPLATES } from './catalog-texts-police.ts';
import { stepsFor } from './catalog-steps.ts';
import type { ItemContentPlan, ItemPath, ItemPlan } from './catalog-steps.ts';
import { addValidityChanges, applyTail } from './catalog-tail.ts';
import type { DemoAgency } from './plans.ts';
import { Rng } from './rng.ts';

interface Programme {
  agency: DemoAgency;
  perMonth: readonly [number, number];
  templates: readonly TextTemplate[];
  regulations: readonly RegulationSpec[];
  docPrefix: string;
  odds: (article20: number | null) => Partial<Record<Channel, number>>;
}

const PROGRAMMES: readonly Programme[] = [
  {
    agency: 'ga', perMonth: [12, 15], templates: [...POLICE_TEMPLATES, ...POLICE_NEWS], regulations: POLICE_REGULATIONS, docPrefix: '示公规',
    odds: (a) => {
      if (a === null) return { weibo: 0.9, wechat: 0.5, other_new_media: 0.15 };
      if (a === 12) return { weibo: 0.95, wechat: 0.8, other_new_media: 0.3 };
      if (a === 6) return { weibo: 0.5, wechat: 0.15 };
      if (a === 5) return { weibo: 0.5, wechat: 0.3, board: 0.35 };
      if (a === 1) return { weibo: 0.8, wechat: 0.9, board: 0.4 };
      return { weibo: 0.5, wechat: 0.5, board: 0.3 };
    },
  },
  {
    agency: 'jy', perMonth: [2, 5], templates: EDUCATION_TEMPLATES, regulations: EDUCATION_REGULATIONS, docPrefix: '示教规',
    odds: (a) => (a === null ? { wechat: 0.8 } : a === 1 || a === 11 || a === 12 ? { wechat: 0.9, board: 0.2 } : { wechat: 0.4, board: 0.25 }),
  },
];


/** Working days of a month from day `lo` to `hi`, up to `today`. */
function workingDays(cal: WorkingCalendar, y: number, m: number, today: CivilDate, lo = 1, hi = 31): CivilDate[] {
  const out: CivilDate[] = [];
  const prefix = `${y}-${String(m).padStart(2, '0')}-`;
  for (let d = lo; d <= hi; d++) {
    const date = `${prefix}${String(d).padStart(2, '0')}`;
    if (date > today || !isCivilDate(date)) continue;
    if (cal.isWorkingDay(date, { estimateBeyond: true })) out.push(date);
  }
  return out;
}

function varsFor(rng: Rng, on: CivilDate): TextVars {
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  const q = Math.floor((m - 1) / 3);
  return { rng, on, y, m, py: m === 1 ? y - 1 : y, pm: m === 1 ? 12 : m - 1, qy: q === 0 ? y - 1 : y, q: q === 0 ? 4 : q };
}

function scheduled(t: TextTemplate, m: number): boolean {
  const s = t.schedule;
  if ('every' in s) return s.every === 'month' || (m - 1) % 3 === 0;
  return !('weight' in s) && s.months.includes(m);
}

function drawable(t: TextTemplate, m: number): boolean {
  const s = t.schedule;
  return 'weight' in s && (!s.months || s.months.includes(m));
}

function contentOf(t: TextTemplate, text: ReturnType<TextTemplate['make']>): ItemContentPlan {
  return {
    title: text.title, summary: text.summary, bodyHtml: bodyHtml(text.paras), keywords: text.keywords,
    docNumber: text.docNumber ?? '', topic: t.topic, dept: text.dept ?? t.dept, article20: t.article20,
  };
}

interface Drafting {
  rng: Rng;
  cal: WorkingCalendar;
  today: CivilDate;
  prog: Programme;
  titles: Set<string>;
  plans: ItemPlan[];
}

function addPlan(ctx: Drafting, key: string, formedOn: CivilDate, content: ItemContentPlan, path: ItemPath): ItemPlan {
  const { rng } = ctx;
  const p: ItemPlan = {
    agency: ctx.prog.agency, key, formedOn, content, author: rng.int(0, 99), reviewer: rng.chance(0.75) ? 'reviewer' : 'head', path,
    steps: stepsFor(rng, ctx.cal, path, formedOn, ctx.prog.odds(content.article20)),
  };
  ctx.titles.add(content.title);
  ctx.plans.push(p);
  return p;
}

/** Makes an item from a template on a working day of the month, unless its title repeats. */
function fromTemplate(ctx: Drafting, t: TextTemplate, y: number, m: number): void {
  const [lo, hi] = t.days ?? [1, 28];
  const days = workingDays(ctx.cal, y, m, ctx.today, lo, hi);
  if (days.length === 0) return;
  for (let attempt = 0; attempt < 6; attempt++) {
    const on = ctx.rng.pick(days);
    const text = t.make(varsFor(ctx.rng, on));
    if (ctx.titles.has(text.title)) continue;
    addPlan(ctx, t.key, on, contentOf(t, text), ctx.rng.weighted({ normal: 88.5, late: 6, rejected_revised: 3.5, rejected_left: 2 }));
    return;
  }
}

function fromRegulation(ctx: Drafting, r: RegulationSpec): void {
  const y = Number(r.month.slice(0, 4));
  const days = workingDays(ctx.cal, y, Number(r.month.slice(5, 7)), ctx.today, 5, 25);
  if (days.length === 0) return;
  const content: ItemContentPlan = {
    title: r.title, summary: r.summary, bodyHtml: bodyHtml(r.paras), keywords: r.keywords, docNumber: `${ctx.prog.docPrefix}〔${y}〕${r.serial}号`,
    topic: r.topic, dept: r.dept, article20: 1,
  };
  const p = addPlan(ctx, r.key, ctx.rng.pick(days), content, ctx.rng.chance(0.15) ? 'rejected_revised' : 'normal');
  Object.assign(p, r.validUntil ? { validUntil: r.validUntil } : {}, r.replaces ? { replaces: r.replaces } : {}, r.effectiveOn ? { effectiveOn: r.effectiveOn } : {});
}

/** One month of an agency: its regulations, its scheduled items and random ones up to the month's quota. */
function draftMonth(ctx: Drafting, y: number, m: number): void {
  const all = workingDays(ctx.cal, y, m, `${y}-12-31`);
  const sofar = all.filter((d) => d <= ctx.today);
  if (sofar.length === 0) return;
  const quota = Math.round(ctx.rng.int(...ctx.prog.perMonth) * (sofar.length / all.length));
  const before = ctx.plans.length;
  for (const r of ctx.prog.regulations.filter((x) => x.month === `${y}-${String(m).padStart(2, '0')}`)) fromRegulation(ctx, r);
  for (const t of ctx.prog.templates.filter((x) => scheduled(x, m))) fromTemplate(ctx, t, y, m);
  const pool = ctx.prog.templates.filter((x) => drawable(x, m));
  const weights = Object.fromEntries(pool.map((t) => [t.key, 'weight' in t.schedule ? t.schedule.weight : 0]));
  for (let tries = 0; ctx.plans.length - before < quota && tries < quota * 3; tries++) {
    const key = ctx.rng.weighted(weights);
    const t = pool.find((x) => x.key === key);
    if (t) fromTemplate(ctx, t, y, m);
  }
}

/** Every demo catalog item of both agencies from 2025-01 up to `today`, with steps dated up to today. */
export function planCatalog(seed: number, cal: WorkingCalendar, today: CivilDate): ItemPlan[] {
  const rng = new Rng(seed);
  const plans: ItemPlan[] = [];
  for (const prog of PROGRAMMES) {
    const ctx: Drafting = { rng, cal, today, prog, titles: new Set(), plans };
    for (let y = 2025; y <= Number(today.slice(0, 4)); y++) {
      for (let m = 1; m <= 12; m++) draftMonth(ctx, y, m);
    }
  }
  plans.sort((a, b) => a.formedOn.localeCompare(b.formedOn));
  applyTail(rng, cal, today, plans, (p) => PROGRAMMES.find((x) => x.agency === p.agency)?.odds(p.content.article20) ?? {});
  addValidityChanges(cal, today, plans);
  for (const p of plans) p.steps = p.steps.filter((s) => s.on <= today);
  return plans;
}
