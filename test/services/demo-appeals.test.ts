import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { listEvents } from '../../src/db/repositories/events.ts';
import { hashPassword } from '../../src/services/auth.ts';
import { loadCalendar } from '../../src/services/calendar-source.ts';
import type { Actor, Deps } from '../../src/services/deps.ts';
import { appeals, appealsSection } from '../../src/services/appeals.ts';
import { createDemoOrganisation } from '../../src/services/demo/accounts.ts';
import type { DemoOrganisation } from '../../src/services/demo/accounts.ts';
import { planAppeals, seedAppeals } from '../../src/services/demo/appeals.ts';
import type { AppealPlan } from '../../src/services/demo/appeals.ts';
import { Rng } from '../../src/services/demo/rng.ts';
import { runPlan, SteppingClock } from '../../src/services/demo/runner.ts';
import { planDemo } from '../../src/services/demo/scenarios.ts';
import { freshDb, testDialects } from '../support/db.ts';

const TODAY = '2026-11-20';
const SEED = 7;
const cal = loadCalendar();

describe('demo review and litigation plans', () => {
  const planned = planAppeals(planDemo(SEED, cal, TODAY), cal, TODAY);

  it('are the same for the same seed, and follow refusals or reopened applications of the 公安局', () => {
    const sig = (ps: AppealPlan[]) => ps.map((a) => `${a.kind}|${a.receivedOn}|${a.decision?.on ?? ''}|${a.decision?.result ?? ''}|${a.plan.receivedOn}`);
    expect(sig(planAppeals(planDemo(SEED, cal, TODAY), cal, TODAY))).toEqual(sig(planned));
    expect(planned.length).toBeGreaterThanOrEqual(6);
    expect(planned.length).toBeLessThanOrEqual(10);
    for (const a of planned) {
      expect(a.plan.agency).toBe('ga');
      expect(a.plan.scenario === 'reopen' || /^(withhold_|unable_not_held)/.test(a.plan.outcome), a.plan.outcome).toBe(true);
      expect(a.receivedOn >= a.plan.receivedOn && a.receivedOn <= TODAY).toBe(true);
      if (a.decision) expect(a.decision.on >= a.receivedOn && a.decision.on <= TODAY).toBe(true);
    }
  });

  it('cover every kind and result over 2025 and 2026, with a 2025 lawsuit decided in 2026', () => {
    expect(new Set(planned.map((a) => a.kind))).toEqual(new Set(['review', 'litigation_direct', 'litigation_after_review']));
    expect(new Set(planned.map((a) => a.decision?.result ?? 'pending'))).toEqual(new Set(['upheld', 'corrected', 'other', 'pending']));
    expect(new Set(planned.map((a) => a.receivedOn.slice(0, 4)))).toEqual(new Set(['2025', '2026']));
    expect(planned.some((a) => a.receivedOn < '2026-01-01' && (a.decision?.on ?? '9999') >= '2026-01-01')).toBe(true);
  });
});

describe.each(testDialects)('demo review and litigation records on %s', (dialect) => {
  let database: OpenDatabase;
  let deps: Deps;
  let org: DemoOrganisation;
  let planned: AppealPlan[];
  let recorded: number;
  const viewer = (): Actor => org.ga.reviewer;

  beforeAll(async () => {
    database = await freshDb(dialect);
    const clock = new SteppingClock();
    clock.set('2024-12-30');
    deps = { db: database.db, clock, calendar: cal };
    org = await createDemoOrganisation(database.db, await hashPassword('Demo@2026'), clock.now().toISOString());
    planned = planAppeals(planDemo(SEED, cal, TODAY), cal, TODAY);
    // Only the applications the records follow are played: cheap, and enough for the links.
    const ctx = { deps, clock, org, today: TODAY, rng: new Rng(SEED) };
    for (const p of new Set(planned.map((a) => a.plan))) await runPlan(ctx, p);
    recorded = await seedAppeals(ctx, planned);
  }, 120_000);
  afterAll(async () => database.close());

  it('records every planned review and lawsuit, linked to its application, with the claimant as applicant', async () => {
    expect(recorded).toBe(planned.length);
    const rows = await appeals(deps, viewer());
    expect(rows).toHaveLength(planned.length);
    for (const a of planned) {
      const r = rows.find((x) => x.applicationNumber === a.plan.number && x.kind === a.kind);
      expect(r, `${a.kind} ${a.plan.number}`).toBeDefined();
      expect(r?.claimant).toBe(a.plan.applicant.applicantName);
      expect(r?.result).toBe(a.decision?.result ?? 'pending');
    }
    expect(await appeals(deps, org.jy.reviewer)).toEqual([]);
  });

  it('gives each corrected review the 复议决定书 number the reopened application cites', async () => {
    const corrected = (await appeals(deps, viewer())).filter((a) => a.result === 'corrected');
    expect(corrected.length).toBeGreaterThanOrEqual(1);
    for (const a of corrected) {
      const reopen = (await listEvents(database.db, a.applicationCaseId ?? 0)).find((e) => e.action === 'reopen');
      expect(a.caseNumber).toMatch(/^示政复决〔202[56]〕\d+号$/);
      expect(reopen?.data.summary).toContain(a.caseNumber);
    }
  });

  it('fills section 四 of 2025 and 2026 from the records', async () => {
    const y2025 = await appealsSection(database.db, org.ga.id, 2025);
    const y2026 = await appealsSection(database.db, org.ga.id, 2026);
    const total = (c: typeof y2025) => Object.values(c).reduce((n, r) => n + (r.total ?? 0), 0);
    expect(total(y2025) + total(y2026)).toBe(planned.length);
    expect(y2025.review?.upheld).toBeGreaterThanOrEqual(1);
    expect(y2025.litigation_direct?.pending).toBeGreaterThanOrEqual(1); // filed in 2025, decided in 2026
    expect(y2025.litigation_after_review?.total).toBe(1);
    expect(y2026.review?.total).toBeGreaterThanOrEqual(1);
  });
});
