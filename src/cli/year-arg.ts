/** Parses a `<year>` argument of the CLI. */
import { DomainError } from '../domain/errors.ts';

export function yearArg(s: string): number {
  const y = Number(s);
  if (!/^\d{4}$/.test(s) || y < 2008 || y > 2100) throw new DomainError('VALIDATION', `年度“${s}”无效，应为四位数年份，如 2025`);
  return y;
}
