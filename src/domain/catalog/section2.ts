/**
 * Section 二、主动公开政府信息情况 of the annual report, for one agency and year, in the 2021 format
 * (国办公开办函〔2021〕30号) or the 2019 trial format (国办公开办函〔2019〕60号): the 第二十条第（一）项
 * table from the catalog's 规章 and 行政规范性文件, the others from the period figures. Labels are
 * verbatim from spec/statutory.md §1.2 and §2.1.
 *
 * Counting rules (ours; the formats give only the column names):
 * - only published items of 第二十条第（一）项 count (withdrawn ones are no longer public);
 * - 制发 / 新制作: the 成文日期 (written_on) falls in the year — the 发布日期 when it is missing;
 * - 废止: abolished_on in the year (or validity 废止 changed that year, when abolished_on is empty);
 * - 现行有效件数: made by the end of the year and neither abolished nor 失效 by then;
 * - 新公开: published_on in the year; 对外公开总数量: published by the end of the year (abolished
 *   documents stay in the catalogue, marked 废止, so they still count as published).
 * - 2019 项目数量: the yearly figure (month 0); 上一年项目数量 is last year's, 本年增/减 this year's
 *   minus last year's (negative for a decrease); null when a figure is missing.
 */
import type { CivilDate } from '../dates.ts';
import { fenToWanYuan, fenToYuanText, FIGURE_KINDS } from './figures.ts';
import type { FigureEntry, FigureKind } from './figures.ts';

export type ReportFormat = '2019' | '2021';

/** A cell: a count, a formatted amount, or null when a needed figure was not entered. */
export type Cell = number | string | null;

/** One row: its 信息内容 label and a cell per column. */
export interface Section2Row<R extends string, C extends string> {
  label: R;
  cells: Record<C, Cell>;
}

/** One sub-table, headed by the 条例 article it implements; the first column is always 信息内容. */
export interface Section2Table<A extends string, R extends string, C extends string> {
  article: A;
  columns: readonly C[];
  rows: Section2Row<R, C>[];
}

/** Months (1–12, or 0 for a yearly figure) with no figure entered for a kind the format uses. */
export interface FigureGap {
  kind: FigureKind;
  name: string;
  year: number;
  months: number[];
}

export const INFO_HEADER = '信息内容';

type T2021Count = '本年处理决定数量';
/** Section 二 in the 2021 format. */
export interface Section2In2021 {
  format: '2021';
  year: number;
  tables: [
    Section2Table<'第二十条第（一）项', '规章' | '行政规范性文件', '本年制发件数' | '本年废止件数' | '现行有效件数'>,
    Section2Table<'第二十条第（五）项', '行政许可', T2021Count>,
    Section2Table<'第二十条第（六）项', '行政处罚' | '行政强制', T2021Count>,
    Section2Table<'第二十条第（八）项', '行政事业性收费', '本年收费金额（单位：万元）'>,
  ];
  gaps: FigureGap[];
}

type T2019Items = '上一年项目数量' | '本年增/减' | '处理决定数量';
/** Section 二 in the 2019 trial format. */
export interface Section2In2019 {
  format: '2019';
  year: number;
  tables: [
    Section2Table<'第二十条第（一）项', '规章' | '规范性文件', '本年新制作数量' | '本年新公开数量' | '对外公开总数量'>,
    Section2Table<'第二十条第（五）项', '行政许可' | '其他对外管理服务事项', T2019Items>,
    Section2Table<'第二十条第（六）项', '行政处罚' | '行政强制', T2019Items>,
    Section2Table<'第二十条第（八）项', '行政事业性收费', '上一年项目数量' | '本年增/减'>,
    Section2Table<'第二十条第（九）项', '政府集中采购', '采购项目数量' | '采购总金额'>,
  ];
  gaps: FigureGap[];
}

export type Section2 = Section2In2019 | Section2In2021;

/** A catalog item as section 二 needs it. */
export interface RegulationItem {
  article20: number | null;
  regulationKind: string | null;
  status: string;
  writtenOn: CivilDate | null;
  publishedOn: CivilDate | null;
  abolishedOn: CivilDate | null;
  validity?: string;
  validityChangedOn?: CivilDate | null;
}

interface RegulationCounts {
  made: number;
  abolished: number;
  inForce: number;
  published: number;
  publishedTotal: number;
}

const inYear = (d: CivilDate | null | undefined, year: number): boolean => !!d && d.startsWith(`${year}-`);
const byEndOf = (d: CivilDate | null | undefined, year: number): boolean => !!d && d <= `${year}-12-31`;

/** Counts of published 第二十条第（一）项 items of `kind` (规章 or 行政规范性文件) for `year`. */
export function regulationCounts(items: readonly RegulationItem[], kind: string, year: number): RegulationCounts {
  const c: RegulationCounts = { made: 0, abolished: 0, inForce: 0, published: 0, publishedTotal: 0 };
  for (const it of items) {
    if (it.article20 !== 1 || it.regulationKind !== kind || it.status !== 'published') continue;
    const made = it.writtenOn ?? it.publishedOn;
    const abolished = it.abolishedOn ?? (it.validity === '废止' ? it.validityChangedOn : null);
    const ended = abolished ?? (it.validity === '失效' ? it.validityChangedOn : null);
    if (inYear(made, year)) c.made += 1;
    if (inYear(abolished, year)) c.abolished += 1;
    if (byEndOf(made, year) && !byEndOf(ended, year)) c.inForce += 1;
    if (inYear(it.publishedOn, year)) c.published += 1;
    if (byEndOf(it.publishedOn, year)) c.publishedTotal += 1;
  }
  return c;
}

/** Looks figures up by kind: the year's total over months 1–12, or a yearly (month 0) figure. */
function figureLookup(figures: readonly FigureEntry[]) {
  const at = (kind: FigureKind, year: number, month: number) =>
    figures.find((f) => f.kind === kind && f.year === year && f.month === month)?.value;
  const total = (kind: FigureKind, year: number) =>
    figures.filter((f) => f.kind === kind && f.year === year && f.month >= 1 && f.month <= 12).reduce((s, f) => s + f.value, 0);
  return { at, total };
}

/** Which months lack a figure, for every kind the format uses. */
export function figureGaps(figures: readonly FigureEntry[], year: number, format: ReportFormat): FigureGap[] {
  const gaps: FigureGap[] = [];
  for (const k of FIGURE_KINDS) {
    if (!(k.formats as readonly string[]).includes(format)) continue;
    const years = k.period === 'year' ? [year - 1, year] : [year];
    const months = k.period === 'year' ? [0] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    for (const y of years) {
      const missing = months.filter((m) => !figures.some((f) => f.kind === k.code && f.year === y && f.month === m));
      if (missing.length > 0) gaps.push({ kind: k.code, name: k.name, year: y, months: missing });
    }
  }
  return gaps;
}

/** Section 二 for `year` in the 2021 format. `figures` must include the year's; `items` may be all of the agency's. */
export function section2In2021(year: number, figures: readonly FigureEntry[], items: readonly RegulationItem[]): Section2In2021 {
  const f = figureLookup(figures);
  const reg = (kind: '规章' | '行政规范性文件') => {
    const c = regulationCounts(items, kind, year);
    return { label: kind, cells: { 本年制发件数: c.made, 本年废止件数: c.abolished, 现行有效件数: c.inForce } };
  };
  const decisions = <R extends string>(label: R, kind: FigureKind) => ({ label, cells: { 本年处理决定数量: f.total(kind, year) } });
  return {
    format: '2021',
    year,
    tables: [
      { article: '第二十条第（一）项', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [reg('规章'), reg('行政规范性文件')] },
      { article: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: [decisions('行政许可', 'permit_decisions')] },
      { article: '第二十条第（六）项', columns: ['本年处理决定数量'], rows: [decisions('行政处罚', 'penalty_decisions'), decisions('行政强制', 'coercion_decisions')] },
      {
        article: '第二十条第（八）项',
        columns: ['本年收费金额（单位：万元）'],
        rows: [{ label: '行政事业性收费', cells: { '本年收费金额（单位：万元）': fenToWanYuan(f.total('fee_amount', year)) } }],
      },
    ],
    gaps: figureGaps(figures, year, '2021'),
  };
}

/** Section 二 for `year` in the 2019 trial format. `figures` must include this year's and last year's yearly ones. */
export function section2In2019(year: number, figures: readonly FigureEntry[], items: readonly RegulationItem[]): Section2In2019 {
  const f = figureLookup(figures);
  const reg = (label: '规章' | '规范性文件', kind: '规章' | '行政规范性文件') => {
    const c = regulationCounts(items, kind, year);
    return { label, cells: { 本年新制作数量: c.made, 本年新公开数量: c.published, 对外公开总数量: c.publishedTotal } };
  };
  const listed = (itemsKind: FigureKind) => {
    const last = f.at(itemsKind, year - 1, 0);
    const now = f.at(itemsKind, year, 0);
    return { 上一年项目数量: last ?? null, '本年增/减': last !== undefined && now !== undefined ? now - last : null };
  };
  const withDecisions = <R extends string>(label: R, itemsKind: FigureKind, decisionsKind: FigureKind) =>
    ({ label, cells: { ...listed(itemsKind), 处理决定数量: f.total(decisionsKind, year) } });
  return {
    format: '2019',
    year,
    tables: [
      { article: '第二十条第（一）项', columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [reg('规章', '规章'), reg('规范性文件', '行政规范性文件')] },
      {
        article: '第二十条第（五）项',
        columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
        rows: [withDecisions('行政许可', 'permit_items', 'permit_decisions'), withDecisions('其他对外管理服务事项', 'other_service_items', 'other_service_decisions')],
      },
      {
        article: '第二十条第（六）项',
        columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
        rows: [withDecisions('行政处罚', 'penalty_items', 'penalty_decisions'), withDecisions('行政强制', 'coercion_items', 'coercion_decisions')],
      },
      { article: '第二十条第（八）项', columns: ['上一年项目数量', '本年增/减'], rows: [{ label: '行政事业性收费', cells: listed('fee_items') }] },
      {
        article: '第二十条第（九）项',
        columns: ['采购项目数量', '采购总金额'],
        rows: [{ label: '政府集中采购', cells: { 采购项目数量: f.total('procurement_projects', year), 采购总金额: fenToYuanText(f.total('procurement_amount', year)) } }],
      },
    ],
    gaps: figureGaps(figures, year, '2019'),
  };
}

/** Section 二 for `year` in `format`. */
export function computeSection2(format: '2021', year: number, figures: readonly FigureEntry[], items: readonly RegulationItem[]): Section2In2021;
export function computeSection2(format: '2019', year: number, figures: readonly FigureEntry[], items: readonly RegulationItem[]): Section2In2019;
export function computeSection2(format: ReportFormat, year: number, figures: readonly FigureEntry[], items: readonly RegulationItem[]): Section2;
export function computeSection2(format: ReportFormat, year: number, figures: readonly FigureEntry[], items: readonly RegulationItem[]): Section2 {
  return format === '2021' ? section2In2021(year, figures, items) : section2In2019(year, figures, items);
}

/** The format a report year uses: the 2019 trial format for 2019 and 2020, the 2021 format from 2021 (statutory.md §2). */
export function reportFormatFor(year: number): ReportFormat {
  return year <= 2020 ? '2019' : '2021';
}
