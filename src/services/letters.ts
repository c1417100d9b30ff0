/**
 * The letters of a case — 补正告知书, 延期答复告知书, 信息处理费缴费通知书 and the reply
 * (政府信息公开申请答复告知书) — built from the agency's templates and rendered to DOCX or PDF.
 */
import { caseDeadline } from '../domain/case-deadline.ts';
import type { ApplicationCase } from '../domain/case.ts';
import { DomainError } from '../domain/errors.ts';
import { buildLetter, LETTER_TITLES } from '../domain/letters.ts';
import type { LetterBase, LetterDocument } from '../domain/letters.ts';
import { getAgency } from '../db/repositories/agencies.ts';
import { listEvents } from '../db/repositories/events.ts';
import { letterToDocx } from '../report/letters/docx.ts';
import { letterToPdf } from '../report/letters/pdf.ts';
import { caseSettings } from './agency-settings.ts';
import type { CaseSettings } from './agency-settings.ts';
import { loadCase } from './case-actions.ts';
import type { Actor, Deps } from './deps.ts';

export type LetterFormat = 'docx' | 'pdf';

const FEE_PAYMENT_METHOD = '请持本通知书到本机关政府信息公开工作机构办理缴费，或按非税收入缴款通知书载明的方式缴纳';

function requestOf(c: ApplicationCase): string {
  return c.infoDocNumber ? `${c.infoTitle}（${c.infoDocNumber}）` : c.infoTitle;
}

/** The letter of `kind` for a case, as data. */
export async function caseLetterDocument(deps: Deps, c: ApplicationCase, kind: string, settings: CaseSettings): Promise<LetterDocument> {
  const agency = await getAgency(deps.db, c.agencyId);
  const base: LetterBase = {
    agency: { name: agency?.name ?? '', phone: agency?.phone ?? '', address: agency?.address ?? '', reviewBody: settings.reviewBody },
    applicant: c.applicantName,
    receivedDate: c.receivedOn,
    request: requestOf(c),
    date: c.receivedOn,
    docNumber: `申请编号：${c.number}`,
    templates: settings.letterTemplates,
  };
  const missing = (what: string) => new DomainError('NOT_FOUND', `本案尚无${what}，不能生成该文书`);
  switch (kind) {
    case 'reply':
      if (!c.outcome || !c.decidedOn) throw missing('答复决定');
      return buildLetter('reply', { ...base, receivedDate: c.supplementedOn ?? c.receivedOn, date: c.repliedOn ?? c.decidedOn, outcome: c.outcome, ...(c.outcomeReason ? { reasons: c.outcomeReason } : {}) });
    case 'correction':
      if (!c.correctionRequestedOn || !c.correctionItems || !c.correctionDueOn) throw missing('补正告知');
      return buildLetter('correction', { ...base, date: c.correctionRequestedOn, items: c.correctionItems, deadline: c.correctionDueOn });
    case 'extension': {
      if (!c.extensionDays) throw missing('延期');
      const events = await listEvents(deps.db, c.id);
      const on = events.find((e) => e.action === 'extend')?.onDate ?? c.receivedOn;
      const due = caseDeadline(c, deps.calendar, settings.feeClockMode).dueOn;
      if (!due) throw new DomainError('CONFLICT', '征求意见期间答复期限暂停，恢复计时后再生成延期告知书');
      return buildLetter('extension', { ...base, date: on, reasons: c.extensionReason ?? '', extensionDays: c.extensionDays, newDueDate: due });
    }
    case 'fee': {
      if (!c.feeNoticeOn || !c.feeMethod || !c.feeUnits) throw missing('收费通知');
      const fee = c.feeMethod === 'per_item'
        ? { method: 'per_item' as const, previousItemsThisMonth: c.feePriorUnits ?? 0, items: c.feeUnits }
        : { method: 'per_page' as const, pages: c.feeUnits };
      return buildLetter('fee_notice', { ...base, date: c.feeNoticeOn, fee, paymentMethod: FEE_PAYMENT_METHOD });
    }
    default:
      throw new DomainError('NOT_FOUND', `没有“${kind}”这种文书`);
  }
}

/** A letter of a case of the actor's agency, rendered. */
export async function caseLetter(deps: Deps, actor: Actor, caseId: number, kind: string, format: LetterFormat): Promise<{ filename: string; bytes: Buffer }> {
  const c = await loadCase(deps, actor, caseId);
  const settings = await caseSettings(deps.db, actor.agencyId);
  const doc = await caseLetterDocument(deps, c, kind, settings);
  const bytes = format === 'pdf' ? await letterToPdf(doc) : await letterToDocx(doc);
  const title = kind === 'fee' ? LETTER_TITLES.fee_notice : (LETTER_TITLES as Record<string, string>)[kind] ?? kind;
  return { filename: `${c.number}-${title}.${format}`, bytes };
}
