/**
 * The human-readable explanation of a deadline (Chinese lines, oldest event first), built from the
 * days the count walked through. Shown on the case page and by `gongkai deadline`.
 */
import type { WorkingCalendar } from './calendar.ts';
import { weekdayName } from './dates.ts';
import type { CivilDate } from './dates.ts';
import type { DeadlineResult, NormalizedDeadline, Pause } from './deadline.ts';

type Counted = Omit<DeadlineResult, 'explanation'>;

/** What each kind of pause is called in the explanation. */
export const PAUSE_NAMES: Record<Pause['kind'], string> = {
  third_party: '征求第三方意见',
  other_agency: '征求其他机关意见',
  fee: '等待缴纳信息处理费',
};

function day(cal: WorkingCalendar, d: CivilDate): string {
  const info = cal.dayInfo(d, { estimateBeyond: true });
  return info.kind === 'holiday' ? `${d}（${weekdayName(d)}，${info.reason}）` : `${d}（${weekdayName(d)}）`;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The next civil date, by string arithmetic (hot path: adjacency of skipped days). */
function nextDay(d: CivilDate): CivilDate {
  let y = Number(d.slice(0, 4));
  let m = Number(d.slice(5, 7));
  let day = Number(d.slice(8, 10)) + 1;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
  if (day > monthDays) [day, m] = [1, m + 1];
  if (m > 12) [m, y] = [1, y + 1];
  return `${y}-${pad(m)}-${pad(day)}`;
}

function span(from: CivilDate, to: CivilDate): string {
  return from === to ? from : `${from} 至 ${to}`;
}

/** Header lines: receipt, supplement, fee notice — whichever anchors the count says so. */
function header(cal: WorkingCalendar, n: NormalizedDeadline): string[] {
  const lines: string[] = [];
  const restartPaid = n.feeClockMode === 'restart' && n.feePaidOn !== null && n.startOn === n.feePaidOn;
  const anchoredOnReceipt = n.supplementedOn === null && !restartPaid && !n.waitingForFee;
  lines.push(`收到申请：${day(cal, n.receivedOn)}${anchoredOnReceipt ? '，自次日起计算' : ''}`);
  if (n.supplementedOn !== null) {
    const note = restartPaid ? '' : '，答复期限自次日起重新计算（第三十条）';
    lines.push(`收到补正材料：${day(cal, n.supplementedOn)}${note}`);
  }
  if (n.feeNoticeOn !== null && n.feeClockMode === 'none') {
    lines.push(`收费通知：${n.feeNoticeOn}，按设置不影响答复期限`);
  } else if (n.waitingForFee) {
    lines.push(`收费通知：${n.feeNoticeOn ?? ''}，尚未缴费；按设置缴费后自次日起重新计算`);
  } else if (n.feeClockMode === 'restart' && n.feeNoticeOn !== null) {
    lines.push(`收费通知：${n.feeNoticeOn}；缴纳信息处理费：${day(cal, n.feePaidOn ?? '')}${restartPaid ? '，答复期限自次日起重新计算' : ''}`);
  }
  return lines;
}

/** Runs of consecutive skipped holiday days with the same name: "跳过 A 至 B 国庆节（7天）". */
function holidayRuns(r: Counted): [CivilDate, string][] {
  const out: [CivilDate, string][] = [];
  let run: { from: CivilDate; to: CivilDate; reason: string; days: number } | null = null;
  for (const s of r.skipped) {
    if (s.reason === '周末') continue;
    if (run && run.reason === s.reason && nextDay(run.to) === s.date) {
      run.to = s.date;
      run.days++;
      continue;
    }
    if (run) out.push(runLine(run));
    run = { from: s.date, to: s.date, reason: s.reason, days: 1 };
  }
  if (run) out.push(runLine(run));
  return out;
}

function runLine(run: { from: CivilDate; to: CivilDate; reason: string; days: number }): [CivilDate, string] {
  return [run.from, `跳过 ${span(run.from, run.to)} ${run.reason}（${run.days}天）`];
}

function pauseLines(n: NormalizedDeadline, r: Counted): [CivilDate, string][] {
  const out: [CivilDate, string][] = [];
  for (const p of n.pauses) {
    const name = PAUSE_NAMES[p.kind];
    const extra = p.label && p.label !== name ? `；${p.label}` : '';
    if (p === r.openPause) {
      out.push([p.startOn, `${name}暂停：${p.startOn} 起，尚未结束，期间不计入${extra ? `（${extra.slice(1)}）` : ''}`]);
      continue;
    }
    const days = r.pausedDays.filter((d) => d.date >= p.startOn && p.endOn !== null && d.date <= p.endOn).length;
    if (days > 0) out.push([p.startOn, `${name}暂停：${span(p.startOn, p.endOn ?? p.startOn)}，不计入（${days}个工作日${extra}）`]);
  }
  return out;
}

function footer(n: NormalizedDeadline, r: Counted): string[] {
  const lines: string[] = [];
  const weekends = r.skipped.filter((s) => s.reason === '周末').length;
  if (weekends > 0) lines.push(`另跳过周末 ${weekends}天`);
  if (r.dueOn !== null) {
    lines.push(`截止日期：${r.dueOn}（${weekdayName(r.dueOn)}${r.estimated ? '，估算' : ''}）`);
  } else if (n.waitingForFee) {
    lines.push('截止日期：待定（缴纳信息处理费后重新计算）');
  } else if (r.openPause) {
    lines.push(`截止日期：待定（${PAUSE_NAMES[r.openPause.kind]}尚未结束，已计入${r.countedDays.length}个工作日）`);
  }
  return lines;
}

/** The explanation lines of a computed deadline. `periodLabel` is '答复期限' for the 第三十三条 period. */
export function explainDeadline(cal: WorkingCalendar, n: NormalizedDeadline, r: Counted, periodLabel: string): string[] {
  const ext = n.extensionDays > 0 ? ` + 延长${n.extensionDays}个工作日` : '';
  const article = periodLabel === '答复期限' ? '（第三十三条）' : '';
  const events: [CivilDate, string][] = [
    ...holidayRuns(r),
    ...r.makeupWorkdays.map((m): [CivilDate, string] => [m.date, `计入 ${m.date}（${weekdayName(m.date)}）调休上班（${m.for}）`]),
    ...pauseLines(n, r),
  ];
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [
    ...header(cal, n),
    `${periodLabel}：${n.periodDays}个工作日${ext}${article}`,
    ...events.map((e) => e[1]),
    ...footer(n, r),
  ];
}
