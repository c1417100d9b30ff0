/**
 * The daily digest: for each officer, the open cases that are overdue or due within
 * DUE_SOON_WORKING_DAYS working days. Shown in the console; sent by e-mail when SMTP is configured.
 */
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { chinaToday } from '../clock.ts';
import { DUE_SOON_WORKING_DAYS, dueState } from '../domain/case-deadline.ts';
import { PENDING_STATUSES } from '../domain/workflow.ts';
import { getAgency } from '../db/repositories/agencies.ts';
import { listCases } from '../db/repositories/cases.ts';
import { staffOf } from '../db/repositories/users.ts';
import type { User } from '../db/repositories/users.ts';
import { caseSettings } from './agency-settings.ts';
import type { Deps } from './deps.ts';
import type { InboxRow } from './inbox.ts';

export interface DigestEntry {
  officer: User | null;
  overdue: InboxRow[];
  dueSoon: InboxRow[];
}

/** Digest entries of an agency, one per officer with something urgent (unassigned cases: officer null). */
export async function digest(deps: Deps, agencyId: number): Promise<DigestEntry[]> {
  const today = chinaToday(deps.clock);
  const { feeClockMode } = await caseSettings(deps.db, agencyId);
  const cases = await listCases(deps.db, agencyId, { statuses: [...PENDING_STATUSES], limit: 5000 });
  const staff = await staffOf(deps.db, agencyId);
  const rows = cases.map((c) => ({ c, due: dueState(c, deps.calendar, feeClockMode, today) })).filter((r) => r.due.overdue || r.due.dueSoon);
  const byOfficer = new Map<number | null, DigestEntry>();
  for (const r of rows) {
    const key = r.c.officerId;
    const e = byOfficer.get(key) ?? { officer: staff.find((u) => u.id === key) ?? null, overdue: [], dueSoon: [] };
    (r.due.overdue ? e.overdue : e.dueSoon).push(r);
    byOfficer.set(key, e);
  }
  const order = (r: InboxRow) => r.due.daysLeft ?? 0;
  for (const e of byOfficer.values()) {
    e.overdue.sort((a, b) => order(a) - order(b));
    e.dueSoon.sort((a, b) => order(a) - order(b));
  }
  return [...byOfficer.values()];
}

/** The plain-text mail body of one digest entry. */
export function digestText(agencyName: string, today: string, e: DigestEntry): string {
  const line = (r: InboxRow) => `  ${r.c.number}  ${r.c.infoTitle}  答复期限 ${r.due.dueOn ?? '—'}（${(r.due.daysLeft ?? 0) < 0 ? `超期${-(r.due.daysLeft ?? 0)}个工作日` : `剩余${r.due.daysLeft}个工作日`}）`;
  return [
    `${e.officer?.displayName ?? '未分配经办人的申请'}：`,
    `截至${today}，${agencyName}依申请公开待办提醒：`,
    e.overdue.length ? `已超期（${e.overdue.length}件）：\n${e.overdue.map(line).join('\n')}` : '',
    e.dueSoon.length ? `${DUE_SOON_WORKING_DAYS}个工作日内到期（${e.dueSoon.length}件）：\n${e.dueSoon.map(line).join('\n')}` : '',
  ].filter(Boolean).join('\n\n');
}

/**
 * Queues the digest of an agency to each officer with an e-mail address (unassigned cases go to
 * reviewers and heads) and sends it when an SMTP URL (or a transport) is given. Returns the number of mails.
 */
export async function sendDigest(deps: Deps, agencyId: number, mail: { smtpUrl?: string | undefined; from?: string; transport?: Transporter }): Promise<{ queued: number; sent: number }> {
  const from = mail.from ?? 'gongkai@localhost';
  const agency = await getAgency(deps.db, agencyId);
  const entries = await digest(deps, agencyId);
  const staff = await staffOf(deps.db, agencyId);
  const today = chinaToday(deps.clock);
  const transport = mail.transport ?? (mail.smtpUrl ? nodemailer.createTransport(mail.smtpUrl) : null);
  let queued = 0;
  let sent = 0;
  for (const e of entries) {
    const to = e.officer ? [e.officer] : staff.filter((u) => u.roles.includes('reviewer') || u.roles.includes('head'));
    for (const u of to.filter((x) => x.email)) {
      const subject = `【到期提醒】${agency?.name ?? ''} ${today}：超期${e.overdue.length}件，即将到期${e.dueSoon.length}件`;
      const body = digestText(agency?.name ?? '', today, e);
      const now = deps.clock.now().toISOString();
      const row = await deps.db.insertInto('mail_outbox').values({ to_address: u.email ?? '', subject, body, created_at: now, sent_at: null, error: null }).returning('id').executeTakeFirstOrThrow();
      queued++;
      if (!transport) continue;
      try {
        await transport.sendMail({ from, to: u.email ?? '', subject, text: body });
        await deps.db.updateTable('mail_outbox').set({ sent_at: deps.clock.now().toISOString() }).where('id', '=', row.id).execute();
        sent++;
      } catch (err) {
        await deps.db.updateTable('mail_outbox').set({ error: String(err) }).where('id', '=', row.id).execute();
      }
    }
  }
  return { queued, sent };
}
