/**
 * `gongkai deadline <YYYY-MM-DD> [--days N] [--json]`: the due date of an application received that
 * day (条例 第三十三条: 20个工作日), on the bundled or configured working-day calendar. Strict: a count
 * that leaves the calendar data is an error, never an estimate.
 */
import type { Command } from 'commander';
import { parseCivilDate } from '../../domain/dates.ts';
import { ANSWER_PERIOD_WORKING_DAYS, computeDeadline } from '../../domain/deadline.ts';
import { DomainError } from '../../domain/errors.ts';
import { loadCalendar } from '../../services/calendar-source.ts';

/** The largest `--days` accepted. */
export const MAX_CLI_DAYS = 60;

function parseDays(s: string): number {
  const n = /^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CLI_DAYS) {
    const message = `--days 应为1至${MAX_CLI_DAYS}之间的整数，收到：${s}`;
    throw new DomainError('VALIDATION', message, [{ field: 'days', message }]);
  }
  return n;
}

/** Registers `gongkai deadline`. */
export function registerDeadline(program: Command): void {
  program
    .command('deadline')
    .description(`计算答复期限：收到申请之日的次日起第N个工作日（默认${ANSWER_PERIOD_WORKING_DAYS}，条例 第三十三条）`)
    .argument('<date>', '收到申请日期，YYYY-MM-DD')
    .option('--days <n>', `期限的工作日数（1—${MAX_CLI_DAYS}）`, String(ANSWER_PERIOD_WORKING_DAYS))
    .option('--json', '以 JSON 输出完整计算结果')
    .action((date: string, opts: { days: string; json?: boolean }) => {
      const receivedOn = parseCivilDate(date, 'date', '收到申请日期');
      const periodDays = parseDays(opts.days);
      const result = computeDeadline(loadCalendar(), { receivedOn, periodDays }, { strict: true });
      if (opts.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      console.log(result.dueOn);
      for (const line of result.explanation) console.log(line);
    });
}
