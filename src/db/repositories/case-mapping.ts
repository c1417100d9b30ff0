/** Row ↔ domain mapping for cases: snake_case columns, camelCase fields, same names otherwise. */
import type { ApplicationCase, CaseChanges } from '../../domain/case.ts';
import type { CaseTable } from '../schema.ts';

type CaseRow = { [K in keyof CaseTable]: CaseTable[K] extends { __select__: infer S } ? S : CaseTable[K] };

function camel(s: string): string {
  return s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function snake(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The domain object of a row (pauses are loaded separately). */
export function rowToCase(row: Record<string, unknown>): Omit<ApplicationCase, 'pauses'> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === 'query_code_hash' || k === 'created_at' || k === 'updated_at') continue;
    out[camel(k)] = v;
  }
  out.extensionDays = Number(out.extensionDays ?? 0);
  out.version = Number(out.version ?? 0);
  return out as unknown as Omit<ApplicationCase, 'pauses'>;
}

/** Column values for a set of domain changes. */
export function changesToRow(changes: CaseChanges): Partial<CaseRow> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) {
    if (v !== undefined) out[snake(k)] = v;
  }
  return out as Partial<CaseRow>;
}
