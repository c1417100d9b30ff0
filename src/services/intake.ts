/**
 * Intake of applications: online on the portal (no account; returns an application number and a
 * private query code) and by staff for letters, in person, fax, e-mail and oral requests, with the
 * date of receipt fixed by 第三十一条 for each channel. One transaction: the case, its attachments
 * and its first event, or nothing.
 */
import { createHash, randomInt } from 'node:crypto';
import { chinaToday } from '../clock.ts';
import { validateApplication } from '../domain/application-form.ts';
import { DomainError } from '../domain/errors.ts';
import type { Payload } from '../domain/payload.ts';
import { channelLabel, receiptDate } from '../domain/receipt.ts';
import { can } from '../domain/roles.ts';
import { checkUploads } from '../domain/uploads.ts';
import { getAgency } from '../db/repositories/agencies.ts';
import { insertAttachment, insertCase } from '../db/repositories/cases.ts';
import { appendEvent } from '../db/repositories/events.ts';
import { nextCounter } from '../db/repositories/settings.ts';
import type { Actor, Deps } from './deps.ts';

export interface UploadFile {
  filename: string;
  bytes: Uint8Array;
}

export interface IntakeResult {
  caseId: number;
  number: string;
  /** Shown once to the applicant; only its hash is stored. */
  queryCode: string;
  receivedOn: string;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newQueryCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** Hash of a query code as stored; the code is case-insensitive. */
export function queryCodeHash(number: string, code: string): string {
  return createHash('sha256').update(`${number}:${code.trim().toUpperCase()}`).digest('hex');
}

/** An application submitted by the public on the portal. */
export async function submitOnline(deps: Deps, agencyId: number, p: Payload, files: UploadFile[]): Promise<IntakeResult> {
  const today = chinaToday(deps.clock);
  const r = receiptDate('online', { submittedOn: today, confirmedOn: today }, today);
  return createCase(deps, agencyId, 'online', r.receivedOn, r.rule, p, files, null);
}

/** An application entered by staff for a letter, visit, fax, e-mail or oral request. */
export async function submitByStaff(deps: Deps, actor: Actor, p: Payload, files: UploadFile[]): Promise<IntakeResult> {
  if (!can(actor.roles, 'case.intake')) throw new DomainError('FORBIDDEN', '您没有登记申请的权限');
  const today = chinaToday(deps.clock);
  const channel = typeof p.channel === 'string' ? p.channel : '';
  const facts = {
    submittedOn: str(p.submittedOn),
    signedOn: str(p.signedOn),
    confirmedOn: str(p.confirmedOn),
    ordinaryLetter: p.ordinaryLetter === 'on' || p.ordinaryLetter === 'true' || p.ordinaryLetter === true,
  };
  const r = receiptDate(channel, facts, today);
  return createCase(deps, actor.agencyId, channel, r.receivedOn, r.rule, p, files, actor);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

async function createCase(deps: Deps, agencyId: number, channel: string, receivedOn: string, rule: string, p: Payload, files: UploadFile[], actor: Actor | null): Promise<IntakeResult> {
  const today = chinaToday(deps.clock);
  const content = validateApplication(p, today);
  const checked = checkUploads(files.map((f) => ({ filename: f.filename, bytes: f.bytes })));
  const agency = await getAgency(deps.db, agencyId);
  if (!agency || agency.kind !== 'agency') throw new DomainError('NOT_FOUND', '未找到受理申请的机关');
  const now = deps.clock.now().toISOString();
  const queryCode = newQueryCode();
  return deps.db.transaction().execute(async (trx) => {
    const year = receivedOn.slice(0, 4);
    const seq = await nextCounter(trx, agencyId, `case-${year}`);
    const number = `${year}-${agency.code}-${String(seq).padStart(5, '0')}`;
    const caseId = await insertCase(trx, {
      ...content, agencyId, number, queryCodeHash: queryCodeHash(number, queryCode), channel, receivedOn, receiptNote: rule, submittedAt: now,
      status: 'received', departmentId: null, officerId: actor && actor.roles.includes('handler') ? actor.userId : null,
      correctionRequestedOn: null, correctionItems: null, correctionDueOn: null, supplementedOn: null,
      extensionDays: 0, extensionReason: null, extensionApprovedBy: null,
      feeMethod: null, feeUnits: null, feePriorUnits: null, feeAmountFen: null, feeNoticeOn: null, feeDueOn: null, feePaidOn: null,
      outcome: null, outcomeBasis: null, outcomeReason: null, decidedOn: null, firstDecidedOn: null,
      repliedOn: null, replyMethod: null, closedOn: null, repeatOfCaseId: null,
    }, now);
    for (const [i, f] of checked.entries()) {
      const bytes = Buffer.from(files[i]?.bytes ?? new Uint8Array());
      await insertAttachment(trx, { caseId, filename: f.filename, mime: f.mime, size: f.size, sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes, createdAt: now });
    }
    await appendEvent(trx, {
      caseId, agencyId, action: 'submit', actorUserId: actor?.userId ?? null, actorLabel: actor ? actor.displayName : '申请人（网上申请）',
      occurredAt: now, onDate: today, fromStatus: null, toStatus: 'received',
      data: { summary: actor ? `登记申请（${channelLabel(channel)}），收到日期 ${receivedOn}` : `网上提交申请，收到日期 ${receivedOn}`, rule, attachments: checked.length },
    });
    return { caseId, number, queryCode, receivedOn };
  });
}
