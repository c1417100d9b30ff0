/** `gongkai serve` and `gongkai migrate`. */
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { listAgencies } from '../../db/repositories/agencies.ts';
import { migrate, openDatabase } from '../../db/database.ts';
import { openRuntime } from '../../services/runtime.ts';

// The web stack and the demo are loaded only by the commands that use them (fast CLI start).
const loadDemo = () => import('../../services/demo/seed.ts');

export function registerServer(program: Command): void {
  program
    .command('serve')
    .description('启动网站和工作台（首次启动时迁移数据库并写入演示数据）')
    .option('--no-demo', '数据库为空时不写入演示数据')
    .action(async (opts: { demo: boolean }) => {
      const config = readConfig();
      const [{ startServer }, { default: pino }, { createApp }, { seedDemo, DEMO_ACCOUNTS }] = await Promise.all([
        import('../../http/server.ts'), import('pino'), import('../../http/app.tsx'), loadDemo(),
      ]);
      const log = pino({ level: config.logLevel });
      const rt = await openRuntime(config.databaseUrl);
      if (rt.migrated.length) log.info({ migrations: rt.migrated }, 'database migrated');
      const empty = (await listAgencies(rt.deps.db)).length === 0;
      if (empty && opts.demo) {
        log.info('empty database: seeding the demo agencies (示例市公安局 …)');
        await seedDemo(rt.deps);
      }
      const app = createApp(rt.deps, { logger: log });
      if (config.smtpUrl) {
        const { scheduleDailyDigest, DIGEST_HOUR } = await import('../../services/digest-schedule.ts');
        scheduleDailyDigest(rt.deps, { smtpUrl: config.smtpUrl, from: config.mailFrom }, (err) => log.error({ err }, 'digest mail failed'));
        log.info(`daily digest mail at ${DIGEST_HOUR}:00 (Beijing time) on working days`);
      }
      const server = startServer(app.fetch, { port: config.port, hostname: config.host }, (info) => {
        const url = `http://localhost:${info.port}`;
        console.log(`\ngongkai 已启动（${rt.database.label}）`);
        console.log(`  门户网站：${url}/`);
        console.log(`  工作台登录：${url}/console/login`);
        if (empty && opts.demo) {
          console.log('  演示账号（密码均为 ' + DEMO_ACCOUNTS[0]?.password + '）：');
          for (const a of DEMO_ACCOUNTS) console.log(`    ${a.username.padEnd(12)} ${a.agency} ${a.roleLabel}`);
        } else {
          console.log('  演示账号见 README.md');
        }
      });
      const stop = () => {
        server.close();
        void rt.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description('执行数据库迁移')
    .action(async () => {
      const config = readConfig();
      const db = openDatabase(config.databaseUrl);
      try {
        const done = await migrate(db.db);
        console.log(done.length ? `已执行迁移：${done.join(', ')}` : '数据库已是最新');
      } finally {
        await db.close();
      }
    });

  program
    .command('seed-demo')
    .description('写入演示机关、账号和申请（数据库须为空）')
    .action(async () => {
      const config = readConfig();
      const { seedDemo, DEMO_ACCOUNTS } = await loadDemo();
      const rt = await openRuntime(config.databaseUrl);
      try {
        await seedDemo(rt.deps);
        console.log('演示数据已写入。账号：');
        for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(12)} ${a.password}  ${a.agency} ${a.roleLabel}`);
      } finally {
        await rt.close();
      }
    });
}
