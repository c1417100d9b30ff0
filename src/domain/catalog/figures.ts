/**
 * Period figures for section 二 of the annual report (条例 第二十条第（五）（六）（八）（九）项): the
 * decision counts and amounts an agency enters month by month, and — for the 2019 trial format —
 * the yearly number of items it lists (项目数量). Labels are those of the report tables
 * (国办公开办函〔2021〕30号 and 〔2019〕60号); amounts are stored in fen (分).
 */
import type { FieldIssue } from '../errors.ts';
import { validationError } from '../errors.ts';

/**
 * One kind of figure. `period` says whether it is entered per month (1–12) or once a year
 * (month 0); `unit` whether it is a count or an amount in fen; `formats` which report formats use it.
 * `name` is the unique Chinese name used in the console and in imports (the report row label where
 * that is unique); `row` and `column` place it in the report table.
 */
export interface FigureKindDef {
  code: string;
  name: string;
  row: string;
  column: string;
  period: 'month' | 'year';
  unit: 'count' | 'fen';
  formats: readonly ('2019' | '2021')[];
  /** Other names accepted in imports. */
  aliases: readonly string[];
}

export const FIGURE_KINDS = [
  { code: 'permit_decisions', name: '行政许可', row: '行政许可', column: '处理决定数量', period: 'month', unit: 'count', formats: ['2019', '2021'], aliases: ['行政许可处理决定数量', '行政许可本年处理决定数量'] },
  { code: 'other_service_decisions', name: '其他对外管理服务事项', row: '其他对外管理服务事项', column: '处理决定数量', period: 'month', unit: 'count', formats: ['2019'], aliases: ['其他对外管理服务事项处理决定数量'] },
  { code: 'penalty_decisions', name: '行政处罚', row: '行政处罚', column: '处理决定数量', period: 'month', unit: 'count', formats: ['2019', '2021'], aliases: ['行政处罚处理决定数量', '行政处罚本年处理决定数量'] },
  { code: 'coercion_decisions', name: '行政强制', row: '行政强制', column: '处理决定数量', period: 'month', unit: 'count', formats: ['2019', '2021'], aliases: ['行政强制处理决定数量', '行政强制本年处理决定数量'] },
  { code: 'fee_amount', name: '行政事业性收费', row: '行政事业性收费', column: '本年收费金额（单位：万元）', period: 'month', unit: 'fen', formats: ['2021'], aliases: ['行政事业性收费金额', '行政事业性收费收费金额'] },
  { code: 'procurement_projects', name: '政府集中采购项目数量', row: '政府集中采购', column: '采购项目数量', period: 'month', unit: 'count', formats: ['2019'], aliases: ['政府集中采购采购项目数量', '采购项目数量'] },
  { code: 'procurement_amount', name: '政府集中采购总金额', row: '政府集中采购', column: '采购总金额', period: 'month', unit: 'fen', formats: ['2019'], aliases: ['政府集中采购采购总金额', '采购总金额'] },
  { code: 'permit_items', name: '行政许可项目数量', row: '行政许可', column: '项目数量', period: 'year', unit: 'count', formats: ['2019'], aliases: [] },
  { code: 'other_service_items', name: '其他对外管理服务事项项目数量', row: '其他对外管理服务事项', column: '项目数量', period: 'year', unit: 'count', formats: ['2019'], aliases: [] },
  { code: 'penalty_items', name: '行政处罚项目数量', row: '行政处罚', column: '项目数量', period: 'year', unit: 'count', formats: ['2019'], aliases: [] },
  { code: 'coercion_items', name: '行政强制项目数量', row: '行政强制', column: '项目数量', period: 'year', unit: 'count', formats: ['2019'], aliases: [] },
  { code: 'fee_items', name: '行政事业性收费项目数量', row: '行政事业性收费', column: '项目数量', period: 'year', unit: 'count', formats: ['2019'], aliases: [] },
] as const satisfies readonly FigureKindDef[];

export type FigureKind = (typeof FIGURE_KINDS)[number]['code'];

/** The first report year under the revised 条例 (国务院令第711号, in force 2019-05-15). */
export const FIRST_YEAR = 2019;

/**
 * 项目数量 are yearly counts; the 2019 table's 上一年项目数量 is last year's figure, so the 2019
 * report needs a 2018 figure: yearly kinds accept one year earlier than monthly ones.
 */
export const FIRST_YEAR_OF_ITEM_COUNTS = FIRST_YEAR - 1;

/** The definition of a kind, or undefined. */
export function figureKind(code: string): FigureKindDef | undefined {
  return FIGURE_KINDS.find((k) => k.code === code);
}

/** True if `s` is a figure-kind code. */
export function isFigureKind(s: string): s is FigureKind {
  return figureKind(s) !== undefined;
}

const normalise = (s: string) => s.replace(/[\s\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：');

/** The kind named `text` (its name, an alias or its code), whitespace and half-width brackets ignored. */
export function kindByName(text: string): FigureKindDef | undefined {
  const t = normalise(text);
  return FIGURE_KINDS.find((k) => k.code === t || normalise(k.name) === t || k.aliases.some((a) => normalise(a) === t));
}

/** One figure as entered: `value` is a count, or fen for amounts. Month 0 means the whole year. */
export interface FigureEntry {
  year: number;
  month: number;
  kind: FigureKind;
  value: number;
}

/** A stored figure with who entered it and when. */
export interface Figure extends FigureEntry {
  enteredBy: string;
  enteredAt: string;
}

/** The issues of one entry (field names year, month, kind, value); empty when it is valid. */
export function figureIssues(e: { year: unknown; month: unknown; kind: unknown; value: unknown }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const def = typeof e.kind === 'string' ? figureKind(e.kind) : undefined;
  if (!def) issues.push({ field: 'kind', message: `项目“${String(e.kind ?? '')}”不是可录入的统计项目` });
  const firstYear = def?.period === 'year' ? FIRST_YEAR_OF_ITEM_COUNTS : FIRST_YEAR;
  if (!Number.isInteger(e.year) || (e.year as number) < firstYear || (e.year as number) > 9999) {
    issues.push({ field: 'year', message: `年份应为${firstYear}年或以后的整数` });
  }
  if (def?.period === 'year') {
    if (e.month !== 0) issues.push({ field: 'month', message: `“${def.name}”为全年数，月份应为0（或留空）` });
  } else if (!Number.isInteger(e.month) || (e.month as number) < 1 || (e.month as number) > 12) {
    issues.push({ field: 'month', message: '月份应为1至12的整数' });
  }
  if (!Number.isSafeInteger(e.value) || (e.value as number) < 0) {
    const what = def?.unit === 'fen' ? '金额' : '数值';
    issues.push({ field: 'value', message: `${def?.name ?? ''}${what}应为不小于0的整数${def?.unit === 'fen' ? '（单位：分）' : ''}` });
  }
  return issues;
}

/** Checks an entry and returns it typed, or throws a VALIDATION error listing every field at fault. */
export function validateFigure(e: { year: unknown; month: unknown; kind: unknown; value: unknown }): FigureEntry {
  const issues = figureIssues(e);
  if (issues.length > 0) throw validationError(issues);
  return e as FigureEntry;
}

/** 元 written with up to two decimals (thousands commas and a trailing 元 allowed) → fen; undefined if malformed. */
export function yuanToFen(text: string): number | undefined {
  const t = text.replace(/[,，\s]/g, '').replace(/元$/, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return undefined;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : undefined;
}

/**
 * Fen → 万元 with four decimals, as text (1 万元 = 1 000 000 fen, so four decimals are whole 元;
 * fen are rounded half up to the 元). The 2021 table prints 本年收费金额（单位：万元）; whether the
 * format prescribes decimal places is UNCONFIRMED (statutory.md §1.2) — four keep every 元.
 */
export function fenToWanYuan(fen: number): string {
  const yuan = Math.floor((fen + 50) / 100);
  return `${Math.floor(yuan / 10000)}.${String(yuan % 10000).padStart(4, '0')}`;
}

/**
 * Fen → 元 with the unit, e.g. '1753802元' or '12.50元'. The 2019 column 采购总金额 prints no unit;
 * reports seen write the amount in 元 with the unit in the cell (UNCONFIRMED, statutory.md §2.1).
 */
export function fenToYuanText(fen: number): string {
  const cents = fen % 100;
  const whole = Math.floor(fen / 100);
  return cents === 0 ? `${whole}元` : `${whole}.${String(cents).padStart(2, '0')}元`;
}

/** One import row as text, by column: 年, 月, 项目, 数值. */
export interface FigureRowText {
  year: string;
  month: string;
  kind: string;
  value: string;
}

function parseWhole(text: string, suffix: string): number | undefined {
  const t = text.replace(/[\s,，]/g, '').replace(new RegExp(`${suffix}$`), '');
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

/**
 * An import row → an entry, or its problems in Chinese. 年 and 月 may carry 年 / 月; 月 may be
 * blank (or 0) for yearly kinds; 数值 of an amount is in 元 with up to two decimals, stored as fen.
 */
export function figureFromText(row: FigureRowText): { entry: FigureEntry; errors?: undefined } | { entry?: undefined; errors: string[] } {
  const errors: string[] = [];
  const def = kindByName(row.kind);
  if (!def) errors.push(row.kind.trim() === '' ? '项目未填写' : `项目“${row.kind.trim()}”不是可录入的统计项目`);
  const year = parseWhole(row.year, '年');
  if (year === undefined) errors.push(`年份“${row.year.trim()}”应为整数`);
  const month = row.month.trim() === '' && def?.period === 'year' ? 0 : parseWhole(row.month, '月');
  if (month === undefined) errors.push(`月份“${row.month.trim()}”应为整数`);
  const value = def?.unit === 'fen' ? yuanToFen(row.value) : parseWhole(row.value, '');
  if (value === undefined) {
    errors.push(def?.unit === 'fen' ? `金额“${row.value.trim()}”应为以元为单位、最多两位小数的数` : `数值“${row.value.trim()}”应为不小于0的整数`);
  }
  if (errors.length > 0 || !def) return { errors };
  const entry = { year, month, kind: def.code, value };
  const issues = figureIssues(entry);
  return issues.length > 0 ? { errors: issues.map((i) => i.message) } : { entry: entry as FigureEntry };
}
