/** Reading an action's input (form fields or JSON) with Chinese messages naming the field. */
import { isCivilDate } from './dates.ts';
import type { CivilDate } from './dates.ts';
import { DomainError } from './errors.ts';

export type Payload = Record<string, unknown>;

function fail(field: string, message: string): never {
  throw new DomainError('VALIDATION', message, [{ field, message }]);
}

/** Trimmed text, or undefined when blank. */
export function optionalText(p: Payload, field: string, label: string, max = 2000): string | undefined {
  const v = p[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(field, `${label}格式不正确`);
  const t = v.trim();
  if (t.length > max) fail(field, `${label}不能超过${max}个字`);
  return t === '' ? undefined : t;
}

/** Required trimmed text. */
export function requireText(p: Payload, field: string, label: string, max = 2000): string {
  const t = optionalText(p, field, label, max);
  if (t === undefined) fail(field, `请填写${label}`);
  return t;
}

/** A date field; `fallback` when blank (if given), else an error. Dates after `notAfter` are refused. */
export function dateField(p: Payload, field: string, label: string, opts: { fallback?: CivilDate; notAfter?: CivilDate; notBefore?: CivilDate } = {}): CivilDate {
  const t = optionalText(p, field, label, 20);
  const d = t ?? opts.fallback;
  if (d === undefined) fail(field, `请填写${label}`);
  if (!isCivilDate(d)) fail(field, `${label}“${d}”不是有效日期（YYYY-MM-DD）`);
  if (opts.notAfter && d > opts.notAfter) fail(field, `${label}不能晚于${opts.notAfter}`);
  if (opts.notBefore && d < opts.notBefore) fail(field, `${label}不能早于${opts.notBefore}`);
  return d;
}

/** An integer field within [min, max]. */
export function intField(p: Payload, field: string, label: string, min: number, max: number, fallback?: number): number {
  const v = p[field];
  const raw = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (raw === '') {
    if (fallback !== undefined) return fallback;
    fail(field, `请填写${label}`);
  }
  if (!/^-?\d+$/.test(raw)) fail(field, `${label}应为整数`);
  const n = Number(raw);
  if (n < min || n > max) fail(field, `${label}应在${min}至${max}之间`);
  return n;
}

/** One of a fixed set of codes. */
export function choiceField<T extends string>(p: Payload, field: string, label: string, allowed: readonly T[]): T {
  const t = optionalText(p, field, label, 100);
  if (t === undefined) fail(field, `请选择${label}`);
  if (!(allowed as readonly string[]).includes(t)) fail(field, `${label}“${t}”不是可选项`);
  return t as T;
}
