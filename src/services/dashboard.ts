/**
 * The figures behind the dashboards (统计图表), for one agency or for every agency a supervising
 * office oversees: applications per month by channel and by outcome, the on-time rate per month,
 * catalog items per channel, and the timeliness of publication (第二十六条) per department — or,
 * for a supervising office, per agency.
 */
import { chinaToday } from '../clock.ts';
import { CHANNELS as ITEM_CHANNELS } from '../domain/catalog/channels.ts';
import { dueState } from '../domain/case-deadline.ts';
import { DomainError } from '../domain/errors.ts';
import { OUTCOME_GROUPS, outcomeDef } from '../domain/outcomes.ts';
import { CHANNELS as RECEIPT_CHANNELS } from '../domain/receipt.ts';
import { can } from '../domain/roles.ts';
import { applicationsByMonthAndChannel, applicationsByMonthAndOutcome, casesAnsweredInYear, itemsByChannel } from '../db/repositories/dashboard.ts';
import type { MonthCount } from '../db/repositories/dashboard.ts';
import { caseSettings } from './agency-settings.ts';
import { departmentRowsOf } from './catalog/department-view.ts';
import type { Actor, Deps } from './deps.ts';
import { checkYear, requireSupervisingOffice } from './report/supervision.ts';

/** A series of twelve monthly values (January first). */
export interface MonthSeries {
  key: string;
  label: string;
  values: number[];
}

export interface TimelinessRow {
  name: string;
  /** Items published in the year. */
  published: number;
  /** Of those, published later than 第二十六条 allows. */
  late: number;
}

export interface DashboardData {
  year: number;
  /** Applications received per month, by channel (every channel, zeros included). */
  byChannel: MonthSeries[];
  /** Applications received per month, by outcome group （一）–（六） and 办理中. */
  byOutcome: MonthSeries[];
  /** Applications answered per month, those answered within their deadline, and the rate in percent (null without answers). */
  onTime: { answered: number[]; onTime: number[]; rate: (number | null)[] };
  /** Published catalog items per channel in the year. */
  itemChannels: { key: string; label: string; count: number }[];
  /** 第二十六条 timeliness per department (an agency) or per agency (a supervising office). */
  timeliness: TimelinessRow[];
  timelinessBy: 'department' | 'agency';
}

export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function series(counts: MonthCount[], keys: readonly { key: string; label: string }[], keyOf: (k: string) => string = (k) => k): MonthSeries[] {
  return keys.map(({ key, label }) => ({
    key,
    label,
    values: MONTHS.map((m) => counts.filter((c) => c.month === m && keyOf(c.key) === key).reduce((s, c) => s + c.count, 0)),
  }));
}

/** Outcome group key of an outcome code: '1'…'6', or 'pending' while undecided. */
function outcomeGroup(code: string): string {
  const d = outcomeDef(code);
  return d ? (d.row.split('.')[0] ?? 'pending') : 'pending';
}

const OUTCOME_SERIES = [...OUTCOME_GROUPS.map((g) => ({ key: g.key, label: g.label.replace(/（区分处理的.*）$/, '') })), { key: 'pending', label: '办理中' }];

async function onTimeByMonth(deps: Deps, agencyIds: readonly number[], year: number): Promise<DashboardData['onTime']> {
  const cases = await casesAnsweredInYear(deps.db, agencyIds, year);
  const modes = new Map<number, Awaited<ReturnType<typeof caseSettings>>['feeClockMode']>();
  for (const id of agencyIds) modes.set(id, (await caseSettings(deps.db, id)).feeClockMode);
  const today = chinaToday(deps.clock);
  const answered = MONTHS.map(() => 0);
  const onTime = MONTHS.map(() => 0);
  for (const c of cases) {
    const due = dueState(c, deps.calendar, modes.get(c.agencyId) ?? 'none', today);
    if (due.onTime === null) continue; // still open (decided, reply not served) or no deadline
    const m = Number((c.repliedOn ?? c.decidedOn ?? '').slice(5, 7)) - 1;
    if (m < 0 || m > 11) continue;
    answered[m] = (answered[m] ?? 0) + 1;
    if (due.onTime) onTime[m] = (onTime[m] ?? 0) + 1;
  }
  const rate = answered.map((n, i) => (n ? Math.round(((onTime[i] ?? 0) / n) * 1000) / 10 : null));
  return { answered, onTime, rate };
}

async function figuresFor(deps: Deps, agencyIds: readonly number[], year: number): Promise<Omit<DashboardData, 'timeliness' | 'timelinessBy'>> {
  const [channels, outcomes, onTime, items] = [
    await applicationsByMonthAndChannel(deps.db, agencyIds, year),
    await applicationsByMonthAndOutcome(deps.db, agencyIds, year),
    await onTimeByMonth(deps, agencyIds, year),
    await itemsByChannel(deps.db, agencyIds, year),
  ];
  return {
    year,
    byChannel: series(channels, RECEIPT_CHANNELS.map((c) => ({ key: c.code, label: c.label }))),
    byOutcome: series(outcomes, OUTCOME_SERIES, outcomeGroup),
    onTime,
    itemChannels: ITEM_CHANNELS.map((c) => ({ key: c.code, label: c.label, count: items.get(c.code) ?? 0 })),
  };
}

/** The dashboard of the actor's agency for `year`. */
export async function agencyDashboard(deps: Deps, actor: Actor, year: number): Promise<DashboardData> {
  if (!can(actor.roles, 'case.view')) throw new DomainError('FORBIDDEN', '您没有查看统计图表的权限');
  checkYear(year);
  const departments = await departmentRowsOf(deps, actor.agencyId, year);
  return {
    ...(await figuresFor(deps, [actor.agencyId], year)),
    timeliness: departments.map((d) => ({ name: d.name, published: d.published, late: d.late })),
    timelinessBy: 'department',
  };
}

/** The dashboard over every agency the actor's supervising office oversees; FORBIDDEN for an agency's staff. */
export async function supervisionDashboard(deps: Deps, actor: Actor, year: number): Promise<DashboardData> {
  checkYear(year);
  const { subordinates } = await requireSupervisingOffice(deps.db, actor);
  const timeliness: TimelinessRow[] = [];
  for (const a of subordinates) {
    const rows = await departmentRowsOf(deps, a.id, year);
    timeliness.push({ name: a.name, published: rows.reduce((s, r) => s + r.published, 0), late: rows.reduce((s, r) => s + r.late, 0) });
  }
  return { ...(await figuresFor(deps, subordinates.map((a) => a.id), year)), timeliness, timelinessBy: 'agency' };
}
