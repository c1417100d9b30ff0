import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { appeals, appealsOfApplication, appealsSection, appealView, decideAppeal, editAppeal, recordAppeal } from '../../src/services/appeals.ts';
import { submitOnline } from '../../src/services/intake.ts';
import { applicationPayload, buildWorld, depsFor, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';

async function domainError(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe.each(testDialects)('review and litigation records on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock('2025-03-03');
  const deps = () => depsFor(database.db, clock);
  let caseA: { caseId: number; number: string };
  let caseB: { caseId: number; number: string };

  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    clock.at('2025-03-03');
    caseA = await submitOnline(deps(), w.agencyA, applicationPayload(), []);
    caseB = await submitOnline(deps(), w.agencyB, applicationPayload({ infoTitle: '某校招生计划' }), []);
  });
  afterAll(async () => database.close());

  const review = (over: Record<string, string> = {}) => ({ kind: 'review', claimant: '张三', body: '甲市人民政府', receivedOn: '2025-04-10', result: 'pending', ...over });

  it('records a review linked to an application of the agency, decides it, and keeps every change as an event', async () => {
    clock.at('2025-04-11');
    const id = await recordAppeal(deps(), w.handlerA, review({ applicationNumber: caseA.number, notes: '申请人不服不予公开答复' }));
    let v = await appealView(deps(), w.handlerA, id);
    expect(v.appeal).toMatchObject({ kind: 'review', claimant: '张三', result: 'pending', decidedOn: null, applicationCaseId: caseA.caseId, applicationNumber: caseA.number });
    expect(v.application).toMatchObject({ id: caseA.caseId, number: caseA.number, infoTitle: '2025年交通事故认定书' });
    expect(v.canEdit).toBe(true);
    expect((await appealsOfApplication(deps(), w.reviewerA, caseA.caseId)).map((a) => a.id)).toEqual([id]);

    clock.at('2025-06-20');
    await decideAppeal(deps(), w.reviewerA, id, { result: 'corrected', decidedOn: '2025-06-18', caseNumber: '甲政复决〔2025〕7号', note: '责令重新答复' });
    clock.at('2025-06-21');
    await editAppeal(deps(), w.headA, id, { ...review({ applicationNumber: caseA.number, notes: '申请人不服不予公开答复' }), result: 'corrected', decidedOn: '2025-06-18', caseNumber: '甲政复决〔2025〕7号', body: '甲市人民政府（行政复议办公室）' });
    v = await appealView(deps(), w.handlerA, id);
    expect(v.appeal).toMatchObject({ result: 'corrected', decidedOn: '2025-06-18', caseNumber: '甲政复决〔2025〕7号', body: '甲市人民政府（行政复议办公室）', version: 2 });
    expect(v.events.map((e) => [e.action, e.actorLabel, e.onDate])).toEqual([['create', '甲经办', '2025-04-11'], ['decide', '甲审核', '2025-06-20'], ['edit', '甲负责', '2025-06-21']]);
    expect(v.events[0]?.data.summary).toBe(`登记行政复议：尚未审结，关联申请 ${caseA.number}`);
    expect(v.events[1]?.data.summary).toBe('审结：结果纠正（2025-06-18审结），甲政复决〔2025〕7号。责令重新答复');
    expect(v.events[1]?.data.before).toEqual({ caseNumber: null, result: 'pending', decidedOn: null });
    expect(v.events[2]?.data.summary).toBe('修改复议机关（法院）');

    // a form built from an older version is refused
    const stale = await domainError(editAppeal(deps(), w.headA, id, { ...review(), version: '0' }));
    expect(stale.code).toBe('CONFLICT');
    // an unchanged form writes no event
    await editAppeal(deps(), w.headA, id, { ...review({ applicationNumber: caseA.number, notes: '申请人不服不予公开答复' }), result: 'corrected', decidedOn: '2025-06-18', caseNumber: '甲政复决〔2025〕7号', body: '甲市人民政府（行政复议办公室）' });
    expect((await appealView(deps(), w.handlerA, id)).events).toHaveLength(3);
  });

  it('refuses a link to another agency’s application or an unknown number, and a 受理 date before the application, writing nothing', async () => {
    clock.at('2025-05-06');
    const before = (await appeals(deps(), w.headA)).length;
    const other = await domainError(recordAppeal(deps(), w.handlerA, review({ applicationNumber: caseB.number })));
    expect(other.code).toBe('VALIDATION');
    expect(other.issues).toEqual([{ field: 'applicationNumber', message: `关联申请“${caseB.number}”不是本机关的申请编号` }]);
    expect((await domainError(recordAppeal(deps(), w.handlerA, review({ applicationNumber: 'JIA-2099-99999' })))).issues[0]?.field).toBe('applicationNumber');
    const early = await domainError(recordAppeal(deps(), w.handlerA, review({ applicationNumber: caseA.number, receivedOn: '2025-03-01' })));
    expect(early.issues).toEqual([{ field: 'receivedOn', message: '受理（立案）日期（2025-03-01）不能早于关联申请的收到日期（2025-03-03）' }]);
    const noDate = await domainError(decideAppeal(deps(), w.handlerA, await recordAppeal(deps(), w.handlerA, review()), { result: 'upheld' }));
    expect(noDate.issues[0]).toEqual({ field: 'decidedOn', message: '结果为“结果维持”时请填写审结日期' });
    expect((await appeals(deps(), w.headA)).length).toBe(before + 1);
    const events = await database.db.selectFrom('appeal_events').select('action').execute();
    expect(events.filter((e) => e.action === 'create')).toHaveLength(before + 1);
  });

  it('keeps each agency’s records to its own staff; 管理员 may read but not record', async () => {
    clock.at('2025-05-07');
    const idA = await recordAppeal(deps(), w.handlerA, review({ kind: 'litigation_direct', claimant: '王五', body: '甲市中心区人民法院' }));
    const idB = await recordAppeal(deps(), w.handlerB, review({ claimant: '赵六', body: '乙市人民政府', applicationNumber: caseB.number }));
    expect((await domainError(appealView(deps(), w.handlerB, idA))).code).toBe('NOT_FOUND');
    expect((await domainError(decideAppeal(deps(), w.handlerB, idA, { result: 'upheld', decidedOn: '2025-05-07' }))).code).toBe('NOT_FOUND');
    expect((await domainError(editAppeal(deps(), w.handlerA, idB, review()))).code).toBe('NOT_FOUND');
    expect((await appeals(deps(), w.handlerB)).map((a) => a.claimant)).toEqual(['赵六']);
    expect((await appeals(deps(), w.handlerA)).map((a) => a.claimant)).not.toContain('赵六');
    expect((await appealView(deps(), w.adminA, idA)).canEdit).toBe(false);
    expect((await domainError(recordAppeal(deps(), w.adminA, review()))).code).toBe('FORBIDDEN');
    const cellsB = await appealsSection(database.db, w.agencyB, 2025);
    expect(cellsB.review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(cellsB.litigation_direct?.total).toBe(0);
  });

  it('dates by China’s calendar at the year end: just after midnight in Beijing is already the new year', async () => {
    const db = await freshDb(dialect);
    try {
      const world = await buildWorld(db.db);
      const c = new TestClock('2025-12-31');
      const d = depsFor(db.db, c);
      const decidedLate = await recordAppeal(d, world.handlerA, review({ kind: 'litigation_after_review', receivedOn: '2025-12-30', body: '甲市中级人民法院' }));
      await recordAppeal(d, world.handlerA, review({ receivedOn: '2025-12-31', result: 'upheld', decidedOn: '2025-12-31' }));
      // 2025-12-31 16:30 UTC is 2026-01-01 00:30 in Beijing
      const at = { now: () => new Date('2025-12-31T16:30:00Z') };
      const dn = { ...d, clock: at };
      const blank = await recordAppeal(dn, world.handlerA, review({ kind: 'litigation_direct', receivedOn: '', body: '甲市中心区人民法院' }));
      expect((await appealView(dn, world.handlerA, blank)).appeal.receivedOn).toBe('2026-01-01');
      await decideAppeal(dn, world.handlerA, decidedLate, { result: 'other', decidedOn: '2026-01-01' });
      // 23:59 on 31 December in Beijing: 1 January is still in the future
      const before = { ...d, clock: { now: () => new Date('2025-12-31T15:59:00Z') } };
      const future = await domainError(recordAppeal(before, world.handlerA, review({ receivedOn: '2026-01-01' })));
      expect(future.issues[0]?.message).toBe('受理（立案）日期不能晚于今天（2025-12-31）');

      expect(await appealsSection(db.db, world.agencyA, 2025)).toEqual({
        review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
        litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
        litigation_after_review: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      });
      expect((await appealsSection(db.db, world.agencyA, 2026)).litigation_direct).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
      // the list for 2025 shows the result as counted at year end; without a year, as it stands
      expect((await appeals(dn, world.handlerA, { year: 2025, result: 'pending' })).map((a) => [a.kind, a.result, a.countedResult])).toEqual([['litigation_after_review', 'other', 'pending']]);
      expect((await appeals(dn, world.handlerA, { result: 'other' })).map((a) => a.kind)).toEqual(['litigation_after_review']);
      expect((await appeals(dn, world.handlerA, { kind: 'review' })).map((a) => a.receivedOn)).toEqual(['2025-12-31']);
    } finally {
      await db.close();
    }
  });

  it('refuses to change or delete appeal events (append-only)', async () => {
    await expect(database.db.updateTable('appeal_events').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(database.db.deleteFrom('appeal_events').execute()).rejects.toThrow(/append-only/);
  });
});
