/**
 * 信息处理费 (《中华人民共和国政府信息公开条例》第四十二条; 《政府信息公开信息处理费管理办法》
 * 国办函〔2020〕109号). Money is integer fen (分) everywhere; yuan appear only when formatted.
 *
 * 办法 第三条: 信息处理费按件计收或者按量计收，均实行超额累进计费; for one application the agency
 * chooses one method and may not charge both.
 *
 * 办法 第四条 (按件计收), per same applicant, 一个自然月内累计申请:
 *   10件以下（含10件）的，不收费；11—30件（含30件）的部分，收费标准为100元/件；
 *   31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件.
 *   (So 31–40: 200元/件, 41–50: 300元/件, … — the arithmetic continuation is our reading.)
 *
 * 办法 第五条 (按量计收), per application, by 页:
 *   30页以下（含30页）的，不收费；31—100页（含100页）的部分，收费标准为10元/页；
 *   101—200页（含200页）的部分，收费标准为20元/页；201页以上的部分，收费标准为40元/页.
 *
 * Payment (restated by 四川 [FEE-SC]; national article number UNCONFIRMED): the applicant pays within
 * 20个工作日 counted from the day after receiving the 收费通知; not paying in time is deemed abandonment.
 */
import { DomainError } from './errors.ts';

/** 国办函〔2020〕109号, as cited in letters. */
export const FEE_REGULATION = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

/** Working days to pay, counted from the day after the fee notice is received (defined with the other periods). */
export { FEE_PAYMENT_WORKING_DAYS } from './deadline.ts';

/** The two methods of 办法 第三条. */
export type FeeMethod = 'per_item' | 'per_page';

/** Method labels, verbatim from 办法 第三条. */
export const FEE_METHOD_LABELS: Record<FeeMethod, string> = {
  per_item: '按件计收',
  per_page: '按量计收',
};

/** The counting unit of each method. */
export const FEE_UNITS: Record<FeeMethod, '件' | '页'> = { per_item: '件', per_page: '页' };

/** The standard of each method in words, as stated in a fee notice (办法 第四条、第五条). */
export const FEE_STANDARD_TEXT: Record<FeeMethod, string> = {
  per_item:
    '同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分，收费标准为100元/件；31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件',
  per_page:
    '同一申请30页以下（含30页）的，不收费；31—100页（含100页）的部分，收费标准为10元/页；101—200页（含200页）的部分，收费标准为20元/页；201页以上的部分，收费标准为40元/页',
};

/** One tier's share of a charge: items (or pages) `from`…`to` inclusive at `unitFen` each. */
export interface FeeLine {
  from: number;
  to: number;
  unitFen: number;
  count: number;
  subtotalFen: number;
}

/** A computed charge: the total and how it splits over the tiers (free tiers included at 0). */
export interface FeeResult {
  amountFen: number;
  lines: FeeLine[];
}

interface Tier {
  from: number;
  to: number;
  unitFen: number;
}

/** 按件 tier containing the n-th item of the month (n ≥ 1). */
function itemTier(n: number): Tier {
  if (n <= 10) return { from: 1, to: 10, unitFen: 0 };
  if (n <= 30) return { from: 11, to: 30, unitFen: 10_000 };
  const band = Math.floor((n - 31) / 10); // 0 for 31–40, 1 for 41–50, …
  return { from: 31 + band * 10, to: 40 + band * 10, unitFen: (2 + band) * 10_000 };
}

const PAGE_TIERS: readonly Tier[] = [
  { from: 1, to: 30, unitFen: 0 },
  { from: 31, to: 100, unitFen: 1_000 },
  { from: 101, to: 200, unitFen: 2_000 },
  { from: 201, to: Number.POSITIVE_INFINITY, unitFen: 4_000 },
];

/** 按量 tier containing the n-th page (n ≥ 1). */
function pageTier(n: number): Tier {
  return PAGE_TIERS.find((t) => n >= t.from && n <= t.to) ?? (PAGE_TIERS.at(-1) as Tier);
}

/** Charge for the units numbered `first`…`last` (超额累进: each unit at its own tier's rate). */
function charge(first: number, last: number, tierAt: (n: number) => Tier): FeeResult {
  const lines: FeeLine[] = [];
  for (let pos = first; pos <= last; ) {
    const tier = tierAt(pos);
    const to = Math.min(tier.to, last);
    const count = to - pos + 1;
    lines.push({ from: pos, to, unitFen: tier.unitFen, count, subtotalFen: count * tier.unitFen });
    pos = to + 1;
  }
  return { amountFen: lines.reduce((sum, l) => sum + l.subtotalFen, 0), lines };
}

/** Throws VALIDATION unless `value` is a non-negative safe integer. */
function requireCount(value: number, field: string, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DomainError('VALIDATION', `${label}应为非负整数（收到“${String(value)}”）`, [
      { field, message: `${label}应为非负整数` },
    ]);
  }
}

/**
 * 按件计收 (办法 第四条): the fee this application adds, given how many items the same applicant
 * already applied for in the same natural month. Only the increment is charged: with 8 earlier items
 * and 5 new ones, items 9–10 are free and 11–13 cost 100元 each.
 */
export function perItemFee(previousItemsThisMonth: number, items: number): FeeResult {
  requireCount(previousItemsThisMonth, 'previousItemsThisMonth', '本月此前已申请件数');
  requireCount(items, 'items', '本次申请件数');
  return charge(previousItemsThisMonth + 1, previousItemsThisMonth + items, itemTier);
}

/** 按量计收 (办法 第五条): the fee for one application by its number of pages. */
export function perPageFee(pages: number): FeeResult {
  requireCount(pages, 'pages', '页数');
  return charge(1, pages, pageTier);
}

/** Throws VALIDATION unless `fen` is a safe integer. */
function requireFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) {
    throw new DomainError('VALIDATION', `金额应为以分计的整数（收到“${String(fen)}”）`, [
      { field: 'amountFen', message: '金额应为以分计的整数' },
    ]);
  }
}

/** Fen as plain yuan with two decimals: 120000 → "1200.00" (for forms and CSV). */
export function plainYuan(fen: number): string {
  requireFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen as yuan for letters: 120000 → "1,200.00元". */
export function formatYuan(fen: number): string {
  const [int = '', dec = ''] = plainYuan(fen).split('.');
  return `${int.replace(/\B(?=(\d{3})+$)/g, ',')}.${dec}元`;
}

/** One line of a fee breakdown in words: "第11—30件，20件×100元/件，计2,000.00元". */
export function feeLineText(line: FeeLine, unit: '件' | '页'): string {
  const range = line.from === line.to ? `第${line.from}${unit}` : `第${line.from}—${line.to}${unit}`;
  if (line.unitFen === 0) return `${range}，${line.count}${unit}，不收费`;
  const rate = `${plainYuan(line.unitFen).replace(/\.00$/, '')}元/${unit}`;
  return `${range}，${line.count}${unit}×${rate}，计${formatYuan(line.subtotalFen)}`;
}
