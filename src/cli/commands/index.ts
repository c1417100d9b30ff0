/** Registers every CLI command. */
import type { Command } from 'commander';

export function registerCommands(_program: Command): void {
  // commands are added here one per file
}
