/** Registers every CLI command. */
import type { Command } from 'commander';
import { registerDeadline } from './deadline.ts';

export function registerCommands(_program: Command): void {
  // commands are added here one per file
  registerDeadline(_program);
}
