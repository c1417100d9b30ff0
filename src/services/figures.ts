/**
 * Period figures for section 二 of the annual report: entered per month in the console (or per year
 * for the 2019 format's 项目数量), with who entered them; and the section 二 query for any agency
 * and year, in either format.
 */
import type { Figure, FigureEntry } from '../domain/catalog/figures.ts';
import { validateFigure } from '../domain/catalog/figures.ts';
import { computeSection2, reportFormatFor } from '../domain/catalog/section2.ts';
import type { ReportFormat, Section2, Section2In2019, Section2In2021 } from '../domain/catalog/section2.ts';
import { DomainError } from '../domain/errors.ts';
import { can, rolesFor } from '../domain/roles.ts';
import type { Db } from '../db/database.ts';
import { listFigures, upsertFigures } from '../db/repositories/period-figures.ts';
import { listRegulationItems } from '../db/repositories/regulation-items.ts';
import type { Actor, Deps } from './deps.ts';

/** Fails with FORBIDDEN unless the actor may enter figures (经办人、审核人、负责人). */
export function requireFigureEntry(actor: Actor): void {
  if (!can(actor.roles, 'figures.enter')) throw new DomainError('FORBIDDEN', `录入统计数据需由${rolesFor('figures.enter')}办理`);
}

/**
 * Enters one figure for the actor's agency, replacing any earlier value for the same year, month
 * and kind. `value` is a count, or fen for amounts (the console converts 元 with `yuanToFen`);
 * month 0 for yearly kinds (项目数量). Returns the figure as stored.
 */
export async function enterFigure(deps: Deps, actor: Actor, input: { year: unknown; month: unknown; kind: unknown; value: unknown }): Promise<Figure> {
  requireFigureEntry(actor);
  const entry = validateFigure(input);
  const enteredAt = deps.clock.now().toISOString();
  await upsertFigures(deps.db, actor.agencyId, [entry], actor.displayName, enteredAt);
  return { ...entry, enteredBy: actor.displayName, enteredAt };
}

/** The actor's agency's figures for `year` (every kind and month entered), with who entered them. */
export async function figuresForYear(deps: Pick<Deps, 'db'>, actor: Actor, year: number): Promise<Figure[]> {
  if (actor.roles.length === 0) throw new DomainError('FORBIDDEN', '您不是本机关的工作人员');
  return listFigures(deps.db, actor.agencyId, [year]);
}

/**
 * Section 二 for an agency and year: the period figures of that year (and last year's 项目数量)
 * with the agency's 第二十条第（一）项 items. `format` defaults to the one the year uses.
 */
export async function section2ForYear(db: Db, agencyId: number, year: number, format: '2021'): Promise<Section2In2021>;
export async function section2ForYear(db: Db, agencyId: number, year: number, format: '2019'): Promise<Section2In2019>;
export async function section2ForYear(db: Db, agencyId: number, year: number, format?: ReportFormat): Promise<Section2>;
export async function section2ForYear(db: Db, agencyId: number, year: number, format: ReportFormat = reportFormatFor(year)): Promise<Section2> {
  const figures: FigureEntry[] = await listFigures(db, agencyId, [year - 1, year]);
  const items = await listRegulationItems(db, agencyId);
  return computeSection2(format, year, figures, items);
}
