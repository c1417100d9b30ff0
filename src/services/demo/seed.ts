/**
 * The demo data `gongkai serve` writes into an empty database: 示例市人民政府办公室 supervising
 * 示例市公安局 and 示例市教育局, staff accounts in each role (one password), and a year and a half of
 * applications (2025 and 2026 up to today) in every status and every report row, and a catalog of
 * proactively published items with channels, new-media accounts and monthly figures (catalog.ts),
 * reviews and lawsuits that followed some of the 公安局's refusals (appeals.ts), all played through
 * the real services so that events, due dates and counts are genuine.
 */
import { chinaToday } from '../../clock.ts';
import { isCivilDate } from '../../domain/dates.ts';
import { DomainError } from '../../domain/errors.ts';
import { listAgencies } from '../../db/repositories/agencies.ts';
import { hashPassword } from '../auth.ts';
import type { Deps } from '../deps.ts';
import { createDemoOrganisation, DEMO_PASSWORD } from './accounts.ts';
import { planAppeals, seedAppeals } from './appeals.ts';
import { seedCatalog } from './catalog.ts';
import { Rng } from './rng.ts';
import { runPlan, SteppingClock } from './runner.ts';
import { planDemo } from './scenarios.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';

/** The seed of the demo's generator unless another is given. */
export const DEFAULT_DEMO_SEED = 20_260_101;

/** When the demo agencies and accounts are created. */
const SETUP_DATE = '2024-12-30';

/**
 * Writes the demo data into an empty database and returns how many agencies, applications,
 * catalog items and review and litigation records it created. Refuses (CONFLICT) if any agency exists. `today` defaults to today's
 * date in China.
 */
export async function seedDemo(deps: Deps, opts: { today?: string; seed?: number } = {}): Promise<{ agencies: number; cases: number; items: number; appeals: number }> {
  if ((await listAgencies(deps.db)).length > 0) {
    throw new DomainError('CONFLICT', '数据库中已有机关数据，演示数据只能写入空数据库');
  }
  const today = opts.today ?? chinaToday(deps.clock);
  if (!isCivilDate(today)) throw new DomainError('VALIDATION', `演示数据的“今天”日期“${today}”无效（应为 YYYY-MM-DD）`, [{ field: 'today', message: '日期格式应为 YYYY-MM-DD' }]);
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const clock = new SteppingClock();
  clock.set(SETUP_DATE);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const org = await createDemoOrganisation(deps.db, passwordHash, clock.now().toISOString());
  const plans = planDemo(seed, deps.calendar, today);
  const ctx = { deps: { ...deps, clock }, clock, org, today, rng: new Rng(seed ^ 0x5eed) };
  for (const p of plans) await runPlan(ctx, p);
  const appeals = await seedAppeals(ctx, planAppeals(plans, deps.calendar, today));
  const catalog = await seedCatalog(ctx, seed ^ 0xca7a1);
  return { agencies: org.agencyCount, cases: plans.length, items: catalog.items, appeals };
}
