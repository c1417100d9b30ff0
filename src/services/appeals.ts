/**
 * Review and litigation records (行政复议、行政诉讼) of the actor's agency: record, edit, decide, list
 * and view, each change one transaction with its event; and section 四 of the annual report
 * computed from them (src/domain/report/from-appeals.ts).
 */
import { chinaToday } from '../clock.ts';
import { APPEAL_KINDS, appealKindLabel, appealResultLabel, isAppealKind, isAppealResult, validateAppeal } from '../domain/appeals.ts';
import type { AppealInput, AppealKind, AppealResult } from '../domain/appeals.ts';
import { DomainError, validationError } from '../domain/errors.ts';
import type { FieldIssue } from '../domain/errors.ts';
import type { Payload } from '../domain/payload.ts';
import { appealsCells, countsInYear, resultAtYearEnd } from '../domain/report/from-appeals.ts';
import type { TableCells } from '../domain/report/model.ts';
import { can, rolesFor } from '../domain/roles.ts';
import type { Db } from '../db/database.ts';
import {
  appendAppealEvent, findApplication, getAppeal, insertAppeal, listAppealEvents, listAppeals, updateAppeal,
} from '../db/repositories/appeals.ts';
import type { Appeal, AppealEvent, AppealFields, LinkedApplication } from '../db/repositories/appeals.ts';
import type { Actor, Deps } from './deps.ts';

/** Fails with FORBIDDEN unless the actor may record reviews and lawsuits (经办人、审核人、负责人). */
export function requireAppealRecording(actor: Actor): void {
  if (!can(actor.roles, 'appeal.record')) throw new DomainError('FORBIDDEN', `登记复议诉讼情况需由${rolesFor('appeal.record')}办理`);
}

function requireStaff(actor: Actor): void {
  if (!can(actor.roles, 'case.view')) throw new DomainError('FORBIDDEN', '您不是本机关的工作人员');
}

/** A record of the actor's agency, or NOT_FOUND (also for another agency's record). */
export async function loadAppeal(db: Db, actor: Actor, id: number): Promise<Appeal> {
  const a = await getAppeal(db, actor.agencyId, id);
  if (!a) throw new DomainError('NOT_FOUND', `未找到编号为 ${id} 的复议诉讼记录（或不属于本机关）`);
  return a;
}

/** Resolves the 申请编号 to an application of the agency, received no later than the case. */
async function linkOf(db: Db, actor: Actor, input: AppealInput): Promise<number | null> {
  if (input.applicationNumber === null) return null;
  const app = await findApplication(db, actor.agencyId, { number: input.applicationNumber });
  const issues: FieldIssue[] = [];
  if (!app) issues.push({ field: 'applicationNumber', message: `关联申请“${input.applicationNumber}”不是本机关的申请编号` });
  else if (app.receivedOn > input.receivedOn) issues.push({ field: 'receivedOn', message: `受理（立案）日期（${input.receivedOn}）不能早于关联申请的收到日期（${app.receivedOn}）` });
  if (issues.length > 0) throw validationError(issues);
  return app?.id ?? null;
}

function fieldsOf(input: AppealInput, applicationCaseId: number | null): AppealFields {
  const { applicationNumber: _n, ...rest } = input;
  return { ...rest, applicationCaseId };
}

/** The fields of a record as a payload (for merging a decision, and for the edit form). */
export function appealPayload(a: Appeal): Record<string, string> {
  return {
    kind: a.kind, caseNumber: a.caseNumber ?? '', claimant: a.claimant, body: a.body, receivedOn: a.receivedOn, result: a.result,
    decidedOn: a.decidedOn ?? '', applicationNumber: a.applicationNumber ?? '', notes: a.notes ?? '', version: String(a.version),
  };
}

const LABELS: Record<keyof AppealFields, string> = {
  kind: '类别', caseNumber: '案号', claimant: '申请人（原告）', body: '复议机关（法院）', receivedOn: '受理（立案）日期',
  result: '结果', decidedOn: '审结日期', applicationCaseId: '关联申请', notes: '备注',
};

function changed(before: Appeal, after: AppealFields): (keyof AppealFields)[] {
  return (Object.keys(LABELS) as (keyof AppealFields)[]).filter((k) => (before[k] ?? null) !== (after[k] ?? null));
}

function resultText(result: AppealResult, decidedOn: string | null): string {
  return result === 'pending' ? appealResultLabel(result) : `${appealResultLabel(result)}（${decidedOn ?? ''}审结）`;
}

/** Records a 行政复议 or 行政诉讼 of the actor's agency (pending, or already decided); returns its id. */
export async function recordAppeal(deps: Deps, actor: Actor, p: Payload): Promise<number> {
  requireAppealRecording(actor);
  const today = chinaToday(deps.clock);
  const input = validateAppeal(p, today);
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const fields = fieldsOf(input, await linkOf(trx, actor, input));
    const id = await insertAppeal(trx, actor.agencyId, fields, now);
    const summary = `登记${appealKindLabel(input.kind)}：${resultText(input.result, input.decidedOn)}${input.applicationNumber ? `，关联申请 ${input.applicationNumber}` : ''}`;
    await appendAppealEvent(trx, { appealId: id, agencyId: actor.agencyId, action: 'create', actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now, onDate: today, data: { summary, after: { ...fields } } });
    return id;
  });
}

function checkVersion(a: Appeal, p: Payload): void {
  const v = p.version;
  if (v !== undefined && v !== null && v !== '' && Number(v) !== a.version) throw new DomainError('CONFLICT', '该复议诉讼记录已被他人修改，请刷新后重试');
}

async function change(deps: Deps, actor: Actor, id: number, action: 'edit' | 'decide', build: (a: Appeal) => { p: Payload; note?: string | undefined }): Promise<void> {
  requireAppealRecording(actor);
  const today = chinaToday(deps.clock);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const a = await loadAppeal(trx, actor, id);
    const { p, note } = build(a);
    checkVersion(a, p);
    const input = validateAppeal(p, today);
    const fields = fieldsOf(input, await linkOf(trx, actor, input));
    const keys = changed(a, fields);
    if (keys.length === 0 && !note) return;
    await updateAppeal(trx, actor.agencyId, id, a.version, fields, now);
    const before = Object.fromEntries(keys.map((k) => [k, a[k]]));
    const after = Object.fromEntries(keys.map((k) => [k, fields[k]]));
    const summary = action === 'decide'
      ? `审结：${resultText(fields.result, fields.decidedOn)}${fields.caseNumber ? `，${fields.caseNumber}` : ''}${note ? `。${note}` : ''}`
      : `修改${keys.map((k) => LABELS[k]).join('、')}`;
    await appendAppealEvent(trx, { appealId: id, agencyId: actor.agencyId, action, actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now, onDate: today, data: { summary, before, after } });
  });
}

/** Corrects any field of a record; `version` (when given) must be the one the form was built from. */
export async function editAppeal(deps: Deps, actor: Actor, id: number, p: Payload): Promise<void> {
  await change(deps, actor, id, 'edit', () => ({ p }));
}

/**
 * Records the decision, judgment or ruling: `result` (upheld, corrected, other), `decidedOn`, and
 * optionally the document's number (`caseNumber`) and a `note` for the history.
 */
export async function decideAppeal(deps: Deps, actor: Actor, id: number, p: Payload): Promise<void> {
  const note = typeof p.note === 'string' && p.note.trim() !== '' ? p.note.trim().slice(0, 500) : undefined;
  await change(deps, actor, id, 'decide', (a) => {
    if (p.result === 'pending' || p.result === '' || p.result === undefined) {
      throw new DomainError('VALIDATION', '请选择审结结果（结果维持、结果纠正或其他结果）', [{ field: 'result', message: '请选择审结结果' }]);
    }
    const caseNumber = typeof p.caseNumber === 'string' && p.caseNumber.trim() !== '' ? p.caseNumber : a.caseNumber ?? '';
    return { p: { ...appealPayload(a), result: p.result, decidedOn: p.decidedOn, caseNumber, ...(p.version !== undefined ? { version: p.version } : {}) }, note };
  });
}

export interface AppealListFilter {
  /** Records accepted or filed in this year (the year they count in). */
  year?: number;
  kind?: AppealKind;
  /** With a year: the result as counted for that year (as at 31 December); without: the current result. */
  result?: AppealResult;
}

/** A record in a list, with the result it counts with in the filter's year (or its current result). */
export interface AppealRow extends Appeal {
  countedResult: AppealResult;
}

/** Reads a list filter from query text, ignoring what is not a valid year, kind or result. */
export function appealFilterOf(q: { year?: string | undefined; kind?: string | undefined; result?: string | undefined }): AppealListFilter {
  const y = Number(q.year);
  return {
    ...(Number.isInteger(y) && y >= 2008 && y <= 2100 ? { year: y } : {}),
    ...(isAppealKind(q.kind) ? { kind: q.kind } : {}),
    ...(isAppealResult(q.result) ? { result: q.result } : {}),
  };
}

/** The actor's agency's records, newest first, filtered. */
export async function appeals(deps: Pick<Deps, 'db'>, actor: Actor, f: AppealListFilter = {}): Promise<AppealRow[]> {
  requireStaff(actor);
  const rows = await listAppeals(deps.db, actor.agencyId, { ...(f.year ? { year: f.year } : {}), ...(f.kind ? { kind: f.kind } : {}) });
  return rows
    .map((a) => ({ ...a, countedResult: f.year ? resultAtYearEnd(a, f.year) : a.result }))
    .filter((a) => !f.result || a.countedResult === f.result);
}

/** A record with its history and the application it is linked to. */
export interface AppealView {
  appeal: Appeal;
  events: AppealEvent[];
  application: LinkedApplication | null;
  canEdit: boolean;
}

export async function appealView(deps: Pick<Deps, 'db'>, actor: Actor, id: number): Promise<AppealView> {
  requireStaff(actor);
  const appeal = await loadAppeal(deps.db, actor, id);
  const [events, application] = await Promise.all([
    listAppealEvents(deps.db, actor.agencyId, id),
    appeal.applicationCaseId ? findApplication(deps.db, actor.agencyId, { id: appeal.applicationCaseId }) : Promise.resolve(undefined),
  ]);
  return { appeal, events, application: application ?? null, canEdit: can(actor.roles, 'appeal.record') };
}

/** The records linked to one application of the actor's agency. */
export async function appealsOfApplication(deps: Pick<Deps, 'db'>, actor: Actor, caseId: number): Promise<Appeal[]> {
  requireStaff(actor);
  return listAppeals(deps.db, actor.agencyId, { applicationCaseId: caseId });
}

/** Section 四 of `year` for an agency: the cells by kind and result, from the records accepted or filed that year. */
export async function appealsSection(db: Db, agencyId: number, year: number): Promise<TableCells> {
  const records = await listAppeals(db, agencyId, { year });
  return appealsCells(records.filter((r) => countsInYear(r, year)), year);
}

/** The kinds in the order of the table, for forms and filters. */
export const APPEAL_KIND_OPTIONS = APPEAL_KINDS.map((k) => ({ code: k.code, label: k.label }));
