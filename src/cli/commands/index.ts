/** Registers every CLI command. */
import type { Command } from 'commander';
import { registerCases } from './cases.ts';
import { registerDeadline } from './deadline.ts';
import { registerReport } from './report.ts';
import { registerServer } from './server.ts';

export function registerCommands(program: Command): void {
  registerServer(program);
  registerDeadline(program);
  registerCases(program);
  registerReport(program);
}
