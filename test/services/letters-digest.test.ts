import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { getCase } from '../../src/db/repositories/cases.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { caseSettings } from '../../src/services/agency-settings.ts';
import { performAction } from '../../src/services/case-actions.ts';
import { digest, sendDigest } from '../../src/services/digest.ts';
import { sendDailyDigestIfDue } from '../../src/services/digest-schedule.ts';
import { fixedClock } from '../../src/clock.ts';
import { submitOnline } from '../../src/services/intake.ts';
import { listTemplates, saveTemplate } from '../../src/services/letter-templates.ts';
import { caseLetterDocument } from '../../src/services/letters.ts';
import { applicationPayload, buildWorld, depsFor, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';

describe.each(testDialects)('letters, templates and digest on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock('2026-03-02');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
  });
  afterAll(async () => database.close());
  const deps = () => depsFor(database.db, clock);

  it('uses the agency\'s edited template for the reply, refuses a broken one, and resets', async () => {
    clock.at('2026-03-02');
    const r = await submitOnline(deps(), w.agencyA, applicationPayload(), []);
    await performAction(deps(), w.reviewerA, r.caseId, 'decide', { outcome: 'unable_not_held', reason: '经检索未找到' });
    const c = await getCase(database.db, w.agencyA, r.caseId);
    if (!c) throw new Error('no case');

    const err = await saveTemplate(deps(), w.headA, 'reply.unable_not_held', '经查{不存在的占位符}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).message).toContain('{不存在的占位符}');
    await expect(saveTemplate(deps(), w.handlerA, 'reply.unable_not_held', '经查，{理由}。')).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await saveTemplate(deps(), w.headA, 'reply.unable_not_held', '经本机关认真检索，{理由}。依据{法律依据}告知如上。');
    let doc = await caseLetterDocument(deps(), c, 'reply', await caseSettings(database.db, w.agencyA));
    expect(doc.paragraphs.join('\n')).toContain('经本机关认真检索，经检索未找到。');
    expect(doc.title).toBe('政府信息公开申请答复告知书');
    expect(doc.dateText).toBe('二〇二六年三月二日');
    expect((await listTemplates(deps(), w.headA)).find((t) => t.id === 'reply.unable_not_held')?.edited).toBe(true);

    await saveTemplate(deps(), w.headA, 'reply.unable_not_held', null);
    doc = await caseLetterDocument(deps(), c, 'reply', await caseSettings(database.db, w.agencyA));
    expect(doc.paragraphs.join('\n')).not.toContain('认真检索');
  });

  it('lists overdue and due-soon cases per officer and mails them', async () => {
    clock.at('2026-03-02');
    const overdue = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '超期案件' }), []);
    await performAction(deps(), w.handlerA, overdue.caseId, 'accept', { officerId: String(w.handlerA.userId) });
    clock.at('2026-03-23');
    const soon = await submitOnline(deps(), w.agencyA, applicationPayload({ infoTitle: '快到期案件' }), []);
    await performAction(deps(), w.handlerA, soon.caseId, 'accept', { officerId: String(w.handlerA.userId) });
    clock.at('2026-04-15'); // overdue: due 03-30; soon: due 04-21 (清明 04-06 off) → 4 working days left
    const entries = await digest(deps(), w.agencyA);
    const mine = entries.find((e) => e.officer?.id === w.handlerA.userId);
    expect(mine?.overdue.map((r) => r.c.id)).toContain(overdue.caseId);
    expect(mine?.dueSoon.map((r) => r.c.id)).toContain(soon.caseId);
    expect(mine?.dueSoon.find((r) => r.c.id === soon.caseId)?.due.daysLeft).toBe(4);

    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent = await sendDigest(deps(), w.agencyA, { transport });
    expect(sent.sent).toBeGreaterThanOrEqual(1);
    const outbox = await database.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', 'a_handler@example.gov.cn').execute();
    expect(outbox[0]?.subject).toContain('到期提醒');
    expect(outbox[0]?.body).toContain('超期案件');
    expect(outbox[0]?.sent_at).not.toBeNull();
  });

  it('mails the daily digest once per working day, after 8:00 Beijing time', async () => {
    const t = nodemailer.createTransport({ jsonTransport: true });
    const at = (iso: string) => depsFor(database.db, fixedClock(iso));
    expect(await sendDailyDigestIfDue(at('2026-04-16T23:30:00Z'), { transport: t })).toBe(0); // 04-17 07:30 Beijing
    expect(await sendDailyDigestIfDue(at('2026-04-17T01:00:00Z'), { transport: t })).toBeGreaterThan(0); // 09:00
    expect(await sendDailyDigestIfDue(at('2026-04-17T05:00:00Z'), { transport: t })).toBe(0); // already sent today
    expect(await sendDailyDigestIfDue(at('2026-04-18T02:00:00Z'), { transport: t })).toBe(0); // Saturday
  });
});
