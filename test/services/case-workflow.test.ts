import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { getCase } from '../../src/db/repositories/cases.ts';
import { listEvents } from '../../src/db/repositories/events.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { saveCaseSettings } from '../../src/services/agency-settings.ts';
import { performAction } from '../../src/services/case-actions.ts';
import { caseView } from '../../src/services/case-view.ts';
import { inbox } from '../../src/services/inbox.ts';
import { submitByStaff, submitOnline } from '../../src/services/intake.ts';
import { publicStatus } from '../../src/services/public-status.ts';
import { yearCounts } from '../../src/services/year-counts.ts';
import { applicationPayload, buildWorld, depsFor, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';

async function rejects(p: Promise<unknown>, code: string): Promise<DomainError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(code);
  return err as DomainError;
}

describe.each(testDialects)('case workflow on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock('2026-03-02');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
  });
  afterAll(async () => database.close());
  const deps = () => depsFor(database.db, clock);

  it('takes an online application through 补正, supplement, decision, reply and close, with one event per step', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload(), []);
    expect(r.number).toMatch(/^2026-JIA-\d{5}$/);
    expect(r.queryCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(r.receivedOn).toBe('2026-03-02');

    clock.at('2026-03-04');
    await performAction(deps(), w.handlerA, r.caseId, 'request_correction', { items: '请补充事故发生的具体路段' });
    let c = await getCase(database.db, w.agencyA, r.caseId);
    expect(c?.status).toBe('correction_requested');
    expect(c?.correctionDueOn).toBe('2026-03-25'); // 15 working days after 03-04

    clock.at('2026-03-10');
    await performAction(deps(), w.handlerA, r.caseId, 'record_supplement', {});
    const v = await caseView(deps(), w.handlerA, r.caseId);
    expect(v.c.status).toBe('in_progress');
    // 补正 restarts the count from the supplement (第三十条): 20 working days after 03-10.
    expect(v.due.dueOn).toBe('2026-04-08');

    clock.at('2026-03-20');
    await performAction(deps(), w.reviewerA, r.caseId, 'decide', { outcome: 'disclose' });
    await performAction(deps(), w.handlerA, r.caseId, 'reply', { method: '邮寄' });
    await performAction(deps(), w.handlerA, r.caseId, 'close', {});
    c = await getCase(database.db, w.agencyA, r.caseId);
    expect(c).toMatchObject({ status: 'closed', outcome: 'disclose', decidedOn: '2026-03-20', firstDecidedOn: '2026-03-20', repliedOn: '2026-03-20', replyMethod: '邮寄' });

    const events = await listEvents(database.db, r.caseId);
    expect(events.map((e) => e.action)).toEqual(['submit', 'request_correction', 'record_supplement', 'decide', 'reply', 'close']);
    expect(events[3]).toMatchObject({ fromStatus: 'in_progress', toStatus: 'decided', actorLabel: '甲审核', onDate: '2026-03-20' });
    expect(events[3]?.data.before).toMatchObject({ outcome: null });
    expect(events[3]?.data.after).toMatchObject({ outcome: 'disclose' });

    const s = await publicStatus(deps(), r.number, r.queryCode.toLowerCase());
    expect(s.statusLabel).toBe('已办结');
    expect(s.outcomeLabel).toBe('（一）予以公开');
    expect(JSON.stringify(s)).not.toContain('11010519491231002X');
    await rejects(publicStatus(deps(), r.number, 'WRONGCOD'), 'NOT_FOUND');
  });

  it('refuses a transition not allowed from the current status, and changes nothing', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '道路监控设置依据' }), []);
    const before = await getCase(database.db, w.agencyA, r.caseId);
    const err = await rejects(performAction(deps(), w.handlerA, r.caseId, 'reply', { method: '邮寄' }), 'TRANSITION_NOT_ALLOWED');
    expect(err.message).toContain('已收到');
    expect(await getCase(database.db, w.agencyA, r.caseId)).toEqual(before);
    expect((await listEvents(database.db, r.caseId)).length).toBe(1);
  });

  it('lets only the 负责人 extend, once, by at most 20 working days; only reviewers decide', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '辖区交通事故统计' }), []);
    await performAction(deps(), w.handlerA, r.caseId, 'accept', {});
    await rejects(performAction(deps(), w.handlerA, r.caseId, 'extend', { days: '20', reason: '需调取档案' }), 'FORBIDDEN');
    await rejects(performAction(deps(), w.handlerA, r.caseId, 'decide', { outcome: 'disclose' }), 'FORBIDDEN');
    await rejects(performAction(deps(), w.headA, r.caseId, 'extend', { days: '21', reason: '需调取档案' }), 'VALIDATION');
    await performAction(deps(), w.headA, r.caseId, 'extend', { days: '20', reason: '需调取档案' });
    const v = await caseView(deps(), w.headA, r.caseId);
    expect(v.c.status).toBe('extended');
    expect(v.due.dueOn).toBe('2026-04-28'); // 40 working days after 03-02 (清明 04-06 skipped)
    await rejects(performAction(deps(), w.headA, r.caseId, 'extend', { days: '5', reason: '再延' }), 'TRANSITION_NOT_ALLOWED');
  });

  it('pauses the clock during third-party consultation (第三十二条)', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '某企业行政许可材料' }), []);
    await performAction(deps(), w.handlerA, r.caseId, 'accept', {});
    clock.at('2026-03-05');
    await performAction(deps(), w.handlerA, r.caseId, 'start_consultation', { kind: 'third_party', party: '某商贸有限公司' });
    let v = await caseView(deps(), w.handlerA, r.caseId);
    expect(v.c.status).toBe('consulting');
    expect(v.due.paused).toBe(true);
    expect(v.due.dueOn).toBeNull();
    clock.at('2026-03-11');
    await performAction(deps(), w.handlerA, r.caseId, 'end_consultation', {});
    v = await caseView(deps(), w.handlerA, r.caseId);
    expect(v.c.status).toBe('in_progress');
    // 03-05..03-11 are 5 working days not counted: 20 + 5 working days after 03-02.
    expect(v.due.dueOn).toBe('2026-04-07');
  });

  it('extends during a consultation without ending the pause; ending it resumes to 已延期', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '征求意见期间延期' }), []);
    await performAction(deps(), w.handlerA, r.caseId, 'accept', {});
    clock.at('2026-03-05');
    await performAction(deps(), w.handlerA, r.caseId, 'start_consultation', { kind: 'other_agency', party: '示例市交通运输局' });
    await performAction(deps(), w.headA, r.caseId, 'extend', { days: '10', reason: '涉及其他机关' });
    let v = await caseView(deps(), w.headA, r.caseId);
    expect(v.c).toMatchObject({ status: 'consulting', extensionDays: 10 });
    clock.at('2026-03-11');
    await performAction(deps(), w.handlerA, r.caseId, 'end_consultation', {});
    v = await caseView(deps(), w.headA, r.caseId);
    expect(v.c.status).toBe('extended');
    // 30 working days after 03-02, plus the 5 paused (03-05..03-11): 清明 04-06 skipped.
    expect(v.due.dueOn).toBe('2026-04-21');
  });

  it('limits 补正 to 7 working days after receipt and to once', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '户籍迁移政策' }), []);
    clock.at('2026-03-12'); // the 8th working day
    const err = await rejects(performAction(deps(), w.handlerA, r.caseId, 'request_correction', { items: '补充' }), 'TRANSITION_NOT_ALLOWED');
    expect(err.message).toContain('第三十条');
    clock.at('2026-03-11');
    await performAction(deps(), w.handlerA, r.caseId, 'request_correction', { items: '补充' });
  });

  it('abandons after the 补正 period only, as 其他处理 1', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '出入境统计' }), []);
    await performAction(deps(), w.handlerA, r.caseId, 'request_correction', { items: '请说明所需年份', dueOn: '2026-03-16' });
    clock.at('2026-03-16');
    await rejects(performAction(deps(), w.handlerA, r.caseId, 'mark_abandoned', {}), 'TRANSITION_NOT_ALLOWED');
    clock.at('2026-03-17');
    await performAction(deps(), w.handlerA, r.caseId, 'mark_abandoned', {});
    expect((await getCase(database.db, w.agencyA, r.caseId))?.outcome).toBe('other_no_supplement');
  });

  it('computes the fee and its payment deadline, and non-payment ends as 其他处理 2', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '全部执法档案复制' }), []);
    await performAction(deps(), w.handlerA, r.caseId, 'accept', {});
    await performAction(deps(), w.handlerA, r.caseId, 'issue_fee_notice', { method: 'per_page', units: '150' });
    let c = await getCase(database.db, w.agencyA, r.caseId);
    // 31–100: 70 × 10 元 + 101–150: 50 × 20 元 = 1700 元.
    expect(c).toMatchObject({ status: 'fee_notified', feeAmountFen: 170_000, feeDueOn: '2026-03-30' });
    clock.at('2026-03-31');
    await performAction(deps(), w.handlerA, r.caseId, 'mark_unpaid', {});
    c = await getCase(database.db, w.agencyA, r.caseId);
    expect(c).toMatchObject({ status: 'decided', outcome: 'other_unpaid' });
  });

  it('counts the applicant\'s earlier applications in the natural month for 按件计收', async () => {
    clock.at('2026-05-06');
    const ids: number[] = [];
    for (const t of ['甲', '乙', '丙']) ids.push((await submitOnline(deps(), w.agencyA, applicationPayload({ applicantName: '赵六', idNumber: '110101199003070070', infoTitle: `月度计件${t}` }), [])).caseId);
    const last = await caseView(deps(), w.handlerA, ids[2] ?? 0);
    expect(last.applicantMonthCount).toBe(2);
    const first = await caseView(deps(), w.handlerA, ids[0] ?? 0);
    expect(first.applicantMonthCount).toBe(0);
  });

  it('keeps a decided but unreplied case on the clock until the reply is served (第三十三条)', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '决定后未送达' }), []);
    clock.at('2026-03-20');
    await performAction(deps(), w.reviewerA, r.caseId, 'decide', { outcome: 'disclose' });
    clock.at('2026-04-01'); // due 2026-03-30
    let v = await caseView(deps(), w.handlerA, r.caseId);
    expect(v.due).toMatchObject({ open: true, overdue: true, daysLeft: -2 });
    expect((await inbox(deps(), w.handlerA, { view: 'overdue' })).map((x) => x.c.id)).toContain(r.caseId);
    await performAction(deps(), w.handlerA, r.caseId, 'reply', { method: '邮寄' });
    v = await caseView(deps(), w.handlerA, r.caseId);
    expect(v.due).toMatchObject({ open: false, overdue: false, onTime: false });
  });

  it('reopens a closed case after a review correction and counts it once, in the year of its first decision', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '复议纠正后重新答复' }), []);
    clock.at('2026-03-10');
    await performAction(deps(), w.reviewerA, r.caseId, 'decide', { outcome: 'unable_not_held', reason: '未找到' });
    await performAction(deps(), w.handlerA, r.caseId, 'reply', { method: '邮寄' });
    await performAction(deps(), w.handlerA, r.caseId, 'close', {});
    await rejects(performAction(deps(), w.reviewerA, r.caseId, 'reopen', { reason: '复议决定' }), 'FORBIDDEN');
    clock.at('2026-05-11');
    await performAction(deps(), w.headA, r.caseId, 'reopen', { reason: '行政复议决定责令重新答复' });
    let c = await getCase(database.db, w.agencyA, r.caseId);
    expect(c).toMatchObject({ status: 'in_progress', outcome: null, firstDecidedOn: '2026-03-10', repliedOn: null });
    clock.at('2026-05-20');
    await performAction(deps(), w.reviewerA, r.caseId, 'decide', { outcome: 'disclose' });
    c = await getCase(database.db, w.agencyA, r.caseId);
    expect(c).toMatchObject({ outcome: 'disclose', decidedOn: '2026-05-20', firstDecidedOn: '2026-03-10' });
    const counts = await yearCounts(database.db, w.agencyA, 2026);
    for (const col of ['natural_person', 'total'] as const) {
      expect((counts['一']?.[col] ?? 0) + (counts['二']?.[col] ?? 0)).toBe((counts['三.7']?.[col] ?? 0) + (counts['四']?.[col] ?? 0));
    }
  });

  it('refuses dates in the future, such as 2030, with a Chinese message, and changes nothing', async () => {
    clock.at('2026-03-02');
    const err = await rejects(submitByStaff(deps(), w.handlerA, { ...applicationPayload(), channel: 'letter', signedOn: '2030-01-05' }, []), 'VALIDATION');
    expect(err.message).toMatch(/签收日期|2030/);
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '未来日期' }), []);
    const before = await getCase(database.db, w.agencyA, r.caseId);
    const e2 = await rejects(performAction(deps(), w.reviewerA, r.caseId, 'decide', { outcome: 'disclose', decidedOn: '2030-01-01' }), 'VALIDATION');
    expect(e2.message).toContain('决定日期不能晚于2026-03-02');
    await rejects(performAction(deps(), w.reviewerA, r.caseId, 'decide', { outcome: 'disclose', decidedOn: '2026-02-30' }), 'VALIDATION');
    expect(await getCase(database.db, w.agencyA, r.caseId)).toEqual(before);
  });

  it('warns on the case when its deadline runs beyond the calendar data, never guessing silently', async () => {
    clock.at('2026-12-21');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '跨入2027年的申请' }), []);
    const v = await caseView(deps(), w.handlerA, r.caseId);
    expect(v.due.deadline.estimated).toBe(true);
    expect(v.due.deadline.warnings.join('')).toContain('2027');
    expect(v.due.dueOn).toMatch(/^2027-01-/);
  });

  it('applies the agency\'s setting for the fee notice\'s effect on the clock', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '收费计时设置' }), []);
    await performAction(deps(), w.handlerA, r.caseId, 'accept', {});
    clock.at('2026-03-04');
    await performAction(deps(), w.handlerA, r.caseId, 'issue_fee_notice', { method: 'per_page', units: '50' });
    clock.at('2026-03-10');
    await performAction(deps(), w.handlerA, r.caseId, 'record_payment', {});
    const due = async () => (await caseView(deps(), w.handlerA, r.caseId)).due.dueOn;
    // suspend (default): 03-04..03-10 (5 working days) not counted.
    expect(await due()).toBe('2026-04-07');
    await saveCaseSettings(database.db, w.agencyA, { feeClockMode: 'restart' });
    expect(await due()).toBe('2026-04-08'); // 20 working days after payment on 03-10
    await saveCaseSettings(database.db, w.agencyA, { feeClockMode: 'none' });
    expect(await due()).toBe('2026-03-30');
    await expect(saveCaseSettings(database.db, w.agencyA, { feeClockMode: 'sometimes' as never })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(saveCaseSettings(database.db, w.agencyA, { correctionPeriodDays: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await saveCaseSettings(database.db, w.agencyA, { feeClockMode: 'suspend' });
  });

  it('never shows or touches another agency\'s case', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '隔离测试' }), []);
    await rejects(caseView(deps(), w.handlerB, r.caseId), 'NOT_FOUND');
    await rejects(performAction(deps(), w.handlerB, r.caseId, 'accept', {}), 'NOT_FOUND');
    const rowsB = await inbox(deps(), w.handlerB, { view: 'all' });
    expect(rowsB.some((x) => x.c.id === r.caseId)).toBe(false);
    expect((await getCase(database.db, w.agencyA, r.caseId))?.status).toBe('received');
  });

  it('records staff intake by letter with the signed-for date as the date of receipt (第三十一条)', async () => {
    clock.at('2026-03-06');
    const r = await submitByStaff(deps(), w.handlerA, { ...applicationPayload({ infoTitle: '信函申请' }), channel: 'letter', submittedOn: '2026-03-02', signedOn: '2026-03-04' }, []);
    expect(r.receivedOn).toBe('2026-03-04');
    const v = await caseView(deps(), w.handlerA, r.caseId);
    expect(v.c.receiptNote).toContain('签收');
    expect(v.c.officerId).toBe(w.handlerA.userId);
    await rejects(submitByStaff(deps(), w.adminA, { ...applicationPayload(), channel: 'letter', signedOn: '2026-03-04' }, []), 'FORBIDDEN');
  });

  it('rejects bad input naming every field, and writes nothing', async () => {
    clock.at('2026-03-02');
    const countBefore = (await inbox(deps(), w.handlerA, { view: 'all' })).length;
    const err = await rejects(submitOnline(deps(), w.agencyA, applicationPayload({ idNumber: '110105194912310021', infoTitle: '', phone: '123' }), []), 'VALIDATION');
    const fields = err.issues.map((i) => i.field).sort();
    expect(fields).toEqual(['idNumber', 'infoTitle', 'phone']);
    expect(err.issues.find((i) => i.field === 'idNumber')?.message).toContain('校验位');
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    const err2 = await rejects(submitOnline(deps(), w.agencyA, applicationPayload(), [{ filename: 'id.pdf', bytes: exe }]), 'VALIDATION');
    expect(err2.message).toContain('id.pdf');
    expect((await inbox(deps(), w.handlerA, { view: 'all' })).length).toBe(countBefore);
  });

  it('suggests earlier similar applications of the same applicant', async () => {
    clock.at('2026-03-02');
    const first = await submitOnline(deps(), w.agencyA, applicationPayload({ applicantName: '李四', idType: 'passport', idNumber: 'E12345678', infoTitle: '申请公开2025年人民路交通违法处罚决定书', infoDescription: '车牌号甲A12345的处罚决定书' }), []);
    clock.at('2026-03-20');
    const second = await submitOnline(deps(), w.agencyA, applicationPayload({ applicantName: '李四', idType: 'passport', idNumber: 'E12345678', infoTitle: '2025年人民路交通违法处罚决定书', infoDescription: '车牌号甲A12345的交通违法处罚决定书' }), []);
    const v = await caseView(deps(), w.reviewerA, second.caseId);
    expect(v.similar.map((s) => s.id)).toContain(first.caseId);
    await performAction(deps(), w.reviewerA, second.caseId, 'decide', { outcome: 'reject_repeat', reason: `与${first.number}号申请内容相同` });
    expect((await getCase(database.db, w.agencyA, second.caseId))?.outcome).toBe('reject_repeat');
  });
});
