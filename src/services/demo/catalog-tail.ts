/**
 * Adjustments that make the random catalog plans show every state the console can show as of
 * `today`: drafts, items waiting for 保密审查 and for publication, rejected items left unrevised, late
 * publications (条例 第二十六条), withdrawn items; and the 失效 / 废止 of 行政规范性文件 whose period
 * ends or which a revised document replaces.
 */
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { Channel } from '../../domain/catalog/channels.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { addDays } from '../../domain/dates.ts';
import { addWorkingDays } from '../../domain/deadline.ts';
import { stepsFor } from './catalog-steps.ts';
import type { ItemPath, ItemPlan } from './catalog-steps.ts';
import type { DemoAgency } from './plans.ts';
import type { Rng } from './rng.ts';

/** Open items each agency has as of today (the newest items are held back at these steps). */
const OPEN_TAIL: Record<DemoAgency, ItemPath[]> = {
  ga: ['draft', 'submitted', 'draft', 'approved', 'submitted'],
  jy: ['draft', 'submitted'],
};

/** At least this many items of each agency are rejected and left, published late, and withdrawn. */
const AT_LEAST: Record<DemoAgency, { rejected_left: number; late: number; withdrawn: number }> = {
  ga: { rejected_left: 2, late: 3, withdrawn: 3 },
  jy: { rejected_left: 1, late: 1, withdrawn: 1 },
};

const WITHDRAW_REASONS = [
  '发现正文数据有误，撤回核实后另行发布',
  '所附名单含有未作去标识化处理的个人信息',
  '与上级部门发布口径不一致，撤回修改',
];

type OddsOf = (p: ItemPlan) => Partial<Record<Channel, number>>;

const publishedOn = (p: ItemPlan): CivilDate | undefined => p.steps.find((s) => s.action === 'publish')?.on;

function firstWorkingDay(cal: WorkingCalendar, d: CivilDate): CivilDate {
  return cal.isWorkingDay(d, { estimateBeyond: true }) ? d : addWorkingDays(cal, d, 1);
}

function recast(rng: Rng, cal: WorkingCalendar, p: ItemPlan, path: ItemPath, odds: OddsOf): void {
  p.path = path;
  p.steps = stepsFor(rng, cal, path, p.formedOn, odds(p));
}

/** Holds the newest items back, and makes sure of rejected, late and withdrawn ones among older items. */
export function applyTail(rng: Rng, cal: WorkingCalendar, today: CivilDate, plans: ItemPlan[], odds: OddsOf): void {
  for (const agency of ['ga', 'jy'] as const) {
    const mine = plans.filter((p) => p.agency === agency && p.content.article20 !== 1);
    const recent = mine.filter((p) => p.formedOn >= addDays(today, -45)).reverse();
    OPEN_TAIL[agency].forEach((path, i) => {
      const p = recent[i];
      if (p) recast(rng, cal, p, path, odds);
    });
    const older = () => mine.filter((p) => p.path === 'normal' && p.formedOn <= addDays(today, -60));
    const want = AT_LEAST[agency];
    for (const path of ['rejected_left', 'late'] as const) {
      for (let n = mine.filter((p) => p.path === path).length; n < want[path]; n++) {
        const c = older();
        if (c.length) recast(rng, cal, rng.pick(c), path, odds);
      }
    }
    for (let n = 0; n < want.withdrawn; n++) {
      const c = older().filter((p) => !p.steps.some((s) => s.action === 'withdraw'));
      if (!c.length) break;
      const p = rng.pick(c);
      const pub = publishedOn(p);
      if (pub) p.steps.push({ on: addWorkingDays(cal, pub, rng.int(2, 10)), action: 'withdraw', reason: rng.pick(WITHDRAW_REASONS) });
    }
  }
}

/**
 * 失效 the day after a regulation's period ends; 废止 of a regulation when the revised one that
 * replaces it takes effect. Recorded on the first working day on or after that date (and not before
 * the document itself is published).
 */
export function addValidityChanges(cal: WorkingCalendar, today: CivilDate, plans: ItemPlan[]): void {
  for (const p of plans) {
    const pub = publishedOn(p);
    if (!pub || pub > today) continue;
    if (p.validUntil) {
      const lapse = addDays(p.validUntil, 1);
      const on = firstWorkingDay(cal, lapse > pub ? lapse : pub);
      p.steps.push({ on, action: 'change_validity', validity: '失效', validityOn: lapse });
    }
    const old = p.replaces ? plans.find((x) => x.agency === p.agency && x.key === p.replaces) : undefined;
    const oldPub = old ? publishedOn(old) : undefined;
    if (old && oldPub) {
      const effective = p.effectiveOn ?? pub;
      const on = firstWorkingDay(cal, effective > pub ? effective : pub);
      old.steps.push({ on, action: 'change_validity', validity: '废止', validityOn: effective });
    }
  }
}
