/** `gongkai figures`, `gongkai digest` and `gongkai cases`: the application figures from the command line. */
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { chinaToday } from '../../clock.ts';
import { ROW_KEYS } from '../../domain/year-counts.ts';
import { digest, digestText, sendDigest } from '../../services/digest.ts';
import { openRuntime } from '../../services/runtime.ts';
import { yearCounts } from '../../services/year-counts.ts';
import { listCases } from '../../db/repositories/cases.ts';
import { listAgencies } from '../../db/repositories/agencies.ts';
import { dueState } from '../../domain/case-deadline.ts';
import { caseSettings } from '../../services/agency-settings.ts';
import { statusLabel, PENDING_STATUSES } from '../../domain/workflow.ts';
import { resolveAgency } from '../agency-arg.ts';
import { yearArg } from '../year-arg.ts';

export function registerCases(program: Command): void {
  program
    .command('figures')
    .description('某机关某年度“收到和处理政府信息公开申请情况”各行各列数字（年度报告第三部分）')
    .argument('<year>', '年度，如 2025')
    .option('--agency <机关>', '机关 id、代码或名称')
    .option('--json', '输出 JSON')
    .action(async (year: string, opts: { agency?: string; json?: boolean }) => {
      const y = yearArg(year);
      const rt = await openRuntime(readConfig().databaseUrl);
      try {
        const agency = await resolveAgency(rt.deps.db, opts.agency);
        const counts = await yearCounts(rt.deps.db, agency.id, y);
        if (opts.json) {
          console.log(JSON.stringify({ agency: agency.name, year: y, rows: counts }, null, 2));
          return;
        }
        console.log(`${agency.name} ${y}年 收到和处理政府信息公开申请情况（列：自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计）`);
        for (const k of ROW_KEYS) console.log(`${k.padEnd(8)} ${Object.values(counts[k] ?? {}).map((n) => String(n).padStart(5)).join('')}`);
      } finally {
        await rt.close();
      }
    });

  program
    .command('digest')
    .description('每位经办人超期和即将到期的申请；--send 时按 SMTP_URL 发送邮件')
    .option('--agency <机关>', '机关 id、代码或名称（默认全部机关）')
    .option('--send', '发送邮件（需配置 SMTP_URL；未配置时写入待发邮件表）')
    .action(async (opts: { agency?: string; send?: boolean }) => {
      const config = readConfig();
      const rt = await openRuntime(config.databaseUrl);
      try {
        
        const agencies = opts.agency ? [await resolveAgency(rt.deps.db, opts.agency)] : (await listAgencies(rt.deps.db)).filter((a) => a.kind === 'agency');
        for (const a of agencies) {
          if (opts.send) {
            const r = await sendDigest(rt.deps, a.id, { smtpUrl: config.smtpUrl, from: config.mailFrom });
            console.log(`${a.name}：生成提醒邮件 ${r.queued} 封，已发送 ${r.sent} 封${config.smtpUrl ? '' : '（未配置 SMTP_URL，未发送）'}`);
          } else {
            const today = chinaToday(rt.deps.clock);
            for (const e of await digest(rt.deps, a.id)) console.log(`【${a.name}】\n${digestText(a.name, today, e)}\n`);
          }
        }
      } finally {
        await rt.close();
      }
    });

  program
    .command('cases')
    .description('列出机关办理中的申请及答复期限')
    .option('--agency <机关>', '机关 id、代码或名称')
    .option('--overdue', '只列出已超期的申请')
    .option('--json', '输出 JSON')
    .action(async (opts: { agency?: string; overdue?: boolean; json?: boolean }) => {
      const rt = await openRuntime(readConfig().databaseUrl);
      try {
        const agency = await resolveAgency(rt.deps.db, opts.agency);
        const { feeClockMode } = await caseSettings(rt.deps.db, agency.id);
        const today = chinaToday(rt.deps.clock);
        const rows = (await listCases(rt.deps.db, agency.id, { statuses: [...PENDING_STATUSES], limit: 10_000 }))
          .map((c) => ({ c, due: dueState(c, rt.deps.calendar, feeClockMode, today) }))
          .filter((r) => !opts.overdue || r.due.overdue);
        if (opts.json) {
          console.log(JSON.stringify(rows.map((r) => ({ number: r.c.number, receivedOn: r.c.receivedOn, status: r.c.status, dueOn: r.due.dueOn, workingDaysLeft: r.due.daysLeft, overdue: r.due.overdue })), null, 2));
          return;
        }
        for (const r of rows) console.log(`${r.c.number}  ${r.c.receivedOn}  ${statusLabel(r.c.status).padEnd(6, '　')}  期限 ${r.due.dueOn ?? '暂停'}  ${r.due.daysLeft === null ? '' : r.due.daysLeft < 0 ? `超期${-r.due.daysLeft}个工作日` : `剩余${r.due.daysLeft}个工作日`}  ${r.c.infoTitle}`);
        console.log(`共 ${rows.length} 件`);
      } finally {
        await rt.close();
      }
    });
}
