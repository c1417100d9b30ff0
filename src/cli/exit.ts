/** Maps errors to the CLI's exit codes and prints them once, in Chinese. */
import { CommanderError } from 'commander';
import { DomainError } from '../domain/errors.ts';

/** Prints `err` to stderr and returns the exit code: 1 domain error, 2 usage, 3 unexpected. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
    return 2;
  }
  if (err instanceof DomainError) {
    console.error(`错误：${err.message}`);
    return 1;
  }
  console.error('意外错误：', err instanceof Error ? (err.stack ?? err.message) : err);
  return 3;
}
