/**
 * The `gongkai` command line. Each command lives in src/cli/commands/<name>.ts and calls the same
 * services as the web console. Exit codes: 0 ok, 1 domain error (bad input), 2 usage, 3 unexpected.
 */
import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';
import { exitCodeFor } from './exit.ts';

const program = new Command();
program
  .name('gongkai')
  .description('gongkai（公开）— 政府信息公开工作平台')
  .version('0.1.0')
  .showHelpAfterError('（使用 --help 查看用法）')
  .configureOutput({ outputError: (s, write) => write(s) });
program.exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const code = exitCodeFor(err);
  if (code !== 0) process.exitCode = code;
}
