import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import type { OpenDatabase } from '../../src/db/database.ts';
import { listAgencies } from '../../src/db/repositories/agencies.ts';
import type { Agency } from '../../src/db/repositories/agencies.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { validateResidentId, validateUscc } from '../../src/domain/identity.ts';
import { OUTCOMES } from '../../src/domain/outcomes.ts';
import { OPEN_STATUSES } from '../../src/domain/workflow.ts';
import { COLUMNS } from '../../src/domain/year-counts.ts';
import { login } from '../../src/services/auth.ts';
import { loadCalendar } from '../../src/services/calendar-source.ts';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/services/demo/seed.ts';
import { planDemo } from '../../src/services/demo/scenarios.ts';
import type { Actor, Deps } from '../../src/services/deps.ts';
import { inbox } from '../../src/services/inbox.ts';
import { yearCounts } from '../../src/services/year-counts.ts';
import { checkReport } from '../../src/domain/report/checks.ts';
import { computeAnnualReport } from '../../src/services/report/compute.ts';
import { appealsSection } from '../../src/services/appeals.ts';
import { section2ForYear } from '../../src/services/figures.ts';
import { freshDb, testDialects } from '../support/db.ts';

const TODAY = '2026-11-20';
const SEED = 7;

function viewer(a: Agency): Actor {
  return { userId: 0, username: 'test', displayName: '测试', agencyId: a.id, agencyName: a.name, roles: ['reviewer'], agencies: [{ id: a.id, name: a.name }] };
}

describe('demo plans', () => {
  it('are the same for the same seed and today, and differ for another seed', () => {
    const cal = loadCalendar();
    const sig = (seed: number) => planDemo(seed, cal, TODAY).map((p) => `${p.agency}|${p.receivedOn}|${p.scenario}|${p.outcome}|${p.request?.infoTitle}`);
    expect(sig(SEED)).toEqual(sig(SEED));
    expect(sig(SEED)).not.toEqual(sig(SEED + 1));
  });
});

describe.each(testDialects)('demo seed on %s', (dialect) => {
  let database: OpenDatabase;
  let deps: Deps;
  let result: { agencies: number; cases: number; items: number; appeals: number };
  let police: Agency;
  let education: Agency;

  beforeAll(async () => {
    database = await freshDb(dialect);
    deps = { db: database.db, clock: fixedClock(`${TODAY}T02:00:00Z`), calendar: loadCalendar() };
    result = await seedDemo(deps, { today: TODAY, seed: SEED });
    const agencies = await listAgencies(database.db);
    const find = (name: string) => {
      const a = agencies.find((x) => x.name === name);
      if (!a) throw new Error(`missing ${name}`);
      return a;
    };
    police = find('示例市公安局');
    education = find('示例市教育局');
  }, 180_000);
  afterAll(async () => database.close());

  it('creates the supervising office and two agencies with valid 统一社会信用代码', async () => {
    expect(result.agencies).toBe(3);
    const agencies = await listAgencies(database.db);
    const office = agencies.find((a) => a.name === '示例市人民政府办公室');
    expect(office?.kind).toBe('government_office');
    expect(police).toMatchObject({ code: 'SGAJ', kind: 'agency', supervisorId: office?.id });
    expect(education).toMatchObject({ code: 'SJYJ', kind: 'agency', supervisorId: office?.id });
    for (const a of agencies) {
      expect(a.orgCode?.slice(0, 2)).toBe('11');
      expect(validateUscc(a.orgCode ?? '').ok).toBe(true);
    }
  });

  it('creates about 340 applications for the 公安局 and 75 for the 教育局', async () => {
    const count = async (a: Agency) => (await inbox(deps, viewer(a), { view: 'all' })).length;
    expect(await count(police)).toBeGreaterThanOrEqual(320);
    expect(await count(police)).toBeLessThanOrEqual(370);
    expect(await count(education)).toBeGreaterThanOrEqual(65);
    expect(result.cases).toBe((await count(police)) + (await count(education)));
  });

  it('records reviews and lawsuits that followed the 公安局’s refusals (see demo-appeals.test.ts)', async () => {
    const rows = await database.db.selectFrom('appeals').select(['agency_id', 'application_case_id']).execute();
    expect(rows.length).toBe(result.appeals);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.every((r) => r.agency_id === police.id && r.application_case_id !== null)).toBe(true);
  });

  it('writes the catalog of proactively published items as well (see demo-catalog.test.ts)', async () => {
    const n = await database.db.selectFrom('items').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(result.items);
    expect(result.items).toBeGreaterThanOrEqual(340);
    expect(result.items).toBeLessThanOrEqual(430);
  });

  it.each([2025, 2026])('covers every outcome row of the 公安局 in %i', async (year) => {
    const c = await yearCounts(database.db, police.id, year);
    const empty = OUTCOMES.filter((o) => !((c[`三.${o.row}`]?.total ?? 0) > 0)).map((o) => o.row);
    expect(empty).toEqual([]);
  });

  it('keeps 一 + 二 = 三（七）+ 四 in every column, for both agencies and years', async () => {
    for (const a of [police, education]) {
      for (const year of [2025, 2026]) {
        const c = await yearCounts(database.db, a.id, year);
        for (const col of COLUMNS) {
          expect((c['一']?.[col] ?? 0) + (c['二']?.[col] ?? 0), `${a.name} ${year} ${col}`).toBe((c['三.7']?.[col] ?? 0) + (c['四']?.[col] ?? 0));
        }
      }
    }
  });

  it('computes a 2025 report of each agency that passes every table check, and a 2026 one continuing it', async () => {
    for (const a of [police, education]) {
      const r25 = await computeAnnualReport(database.db, a, 2025);
      expect(r25.format).toBe('2021');
      const counts = await yearCounts(database.db, a.id, 2025);
      expect(r25.applications['一']?.total).toBe(counts['一']?.total);
      expect(r25.applications['三.7']?.natural_person).toBe(counts['三.7']?.natural_person);
      expect(r25.appeals).toEqual(await appealsSection(database.db, a.id, 2025));
      const s2 = await section2ForYear(database.db, a.id, 2025, '2021');
      expect(s2.tables.length).toBeGreaterThan(0);
      const paid = await database.db.selectFrom('cases').select(['fee_amount_fen', 'fee_paid_on']).where('agency_id', '=', a.id).execute();
      expect(r25.other.processingFeeFen).toBe(paid.filter((c) => (c.fee_paid_on ?? '').startsWith('2025')).reduce((n, c) => n + (c.fee_amount_fen ?? 0), 0));
      const errors = checkReport(r25).filter((f) => f.severity === 'error');
      expect(errors, `${a.name}: ${errors.map((e) => e.message).join('；')}`).toEqual([]);
      const r26 = await computeAnnualReport(database.db, a, 2026);
      const carried = checkReport(r26, { lastYear: r25 }).filter((f) => f.severity === 'error');
      expect(carried, `${a.name} 2026: ${carried.map((e) => e.message).join('；')}`).toEqual([]);
    }
    const police25 = await computeAnnualReport(database.db, police, 2025);
    expect(police25.appeals.review?.total ?? 0).toBeGreaterThan(0);
  });

  it('carries at least 5 cases of the 公安局 over from 2025 into 2026', async () => {
    const y2025 = await yearCounts(database.db, police.id, 2025);
    const y2026 = await yearCounts(database.db, police.id, 2026);
    expect(y2025['四']?.total).toBe(y2026['二']?.total);
    expect(y2025['四']?.total ?? 0).toBeGreaterThanOrEqual(5);
    expect(y2025['二']?.total).toBe(0);
  });

  it('leaves open cases in every open status, at least 3 overdue and several due within 5 working days', async () => {
    const open = await inbox(deps, viewer(police), { view: 'open' });
    const statuses = new Set(open.map((r) => r.c.status));
    expect(OPEN_STATUSES.filter((s) => !statuses.has(s))).toEqual([]);
    expect(open.filter((r) => r.due.overdue).length).toBeGreaterThanOrEqual(3);
    expect(open.filter((r) => r.due.dueSoon).length).toBeGreaterThanOrEqual(3);
  });

  it('has decided, replied and closed cases too', async () => {
    const all = await inbox(deps, viewer(police), { view: 'all' });
    const statuses = new Set(all.map((r) => r.c.status));
    for (const s of ['decided', 'replied', 'closed']) expect(statuses.has(s), s).toBe(true);
    const done = await inbox(deps, viewer(police), { view: 'closed' });
    expect(new Set(done.map((r) => r.c.status))).toEqual(new Set(['replied', 'closed']));
  });

  it('uses identity numbers and 统一社会信用代码 that pass their checks', async () => {
    const rows = await database.db.selectFrom('cases').select(['id_number', 'org_code', 'id_type']).execute();
    for (const r of rows) {
      if (r.id_type === 'resident_id') expect(validateResidentId(r.id_number ?? '', TODAY).ok, r.id_number ?? '').toBe(true);
      if (r.org_code) expect(validateUscc(r.org_code).ok, r.org_code).toBe(true);
    }
  });

  it('lets every demo account log in with the one password to its agency and role', async () => {
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.password))).toEqual(new Set(['Demo@2026']));
    for (const acc of DEMO_ACCOUNTS) {
      const { actor } = await login(deps, acc.username, acc.password);
      expect(actor.agencyName).toBe(acc.agency);
      expect(actor.roles).toEqual([acc.role]);
    }
  });

  it('refuses to seed a database that already has agencies', async () => {
    const err = await seedDemo(deps, { today: TODAY, seed: SEED }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('CONFLICT');
  });
});
