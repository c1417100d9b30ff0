/**
 * Taking a workflow action on a case: load → decide in the domain → persist the changes, the pause
 * and the event, in one transaction. A transition that is not allowed changes nothing.
 */
import { chinaToday } from '../clock.ts';
import type { ApplicationCase } from '../domain/case.ts';
import { DomainError } from '../domain/errors.ts';
import type { Payload } from '../domain/payload.ts';
import { can } from '../domain/roles.ts';
import { applyAction } from '../domain/workflow-actions.ts';
import { isAction } from '../domain/workflow.ts';
import { endOpenPause, getCase, startPause, updateCase } from '../db/repositories/cases.ts';
import { appendEvent } from '../db/repositories/events.ts';
import { caseSettings } from './agency-settings.ts';
import type { Actor, Deps } from './deps.ts';

/** Loads a case of the actor's agency or fails with NOT_FOUND (also for other agencies' cases). */
export async function loadCase(deps: Pick<Deps, 'db'>, actor: Actor, caseId: number): Promise<ApplicationCase> {
  if (!can(actor.roles, 'case.view')) throw new DomainError('FORBIDDEN', '您没有查看申请的权限');
  const c = await getCase(deps.db, actor.agencyId, caseId);
  if (!c) throw new DomainError('NOT_FOUND', `未找到编号为 ${caseId} 的申请（或不属于本机关）`);
  return c;
}

function pick(obj: object, keys: string[]): Record<string, unknown> {
  const rec = obj as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, rec[k] ?? null]));
}

/** Performs `action` on case `caseId` for `actor`; returns the case as it is afterwards. */
export async function performAction(deps: Deps, actor: Actor, caseId: number, action: string, payload: Payload): Promise<ApplicationCase> {
  if (!isAction(action)) throw new DomainError('VALIDATION', `未知操作“${action}”`);
  const settings = await caseSettings(deps.db, actor.agencyId);
  const today = chinaToday(deps.clock);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const c = await loadCase({ db: trx }, actor, caseId);
    const r = applyAction(c, action, payload, {
      today, roles: actor.roles, actorUserId: actor.userId, calendar: deps.calendar,
      feeClockMode: settings.feeClockMode, correctionPeriodDays: settings.correctionPeriodDays,
    });
    const changed = Object.keys(r.changes);
    await updateCase(trx, actor.agencyId, caseId, c.version, { ...r.changes, status: r.to }, now);
    if (r.pauseStart) await startPause(trx, caseId, r.pauseStart);
    if (r.pauseEnd) await endOpenPause(trx, caseId, r.pauseEnd.endOn);
    await appendEvent(trx, {
      caseId, agencyId: actor.agencyId, action, actorUserId: actor.userId, actorLabel: actor.displayName,
      occurredAt: now, onDate: today, fromStatus: c.status, toStatus: r.to,
      data: {
        summary: r.summary,
        before: pick(c, changed),
        after: pick(r.changes, changed),
        ...(r.changes.outcome !== undefined ? { outcome: r.changes.outcome } : {}),
        ...(r.pauseStart ? { pause: r.pauseStart } : {}),
        ...(r.pauseEnd ? { pauseEnd: r.pauseEnd } : {}),
      },
    });
  });
  return loadCase(deps, actor, caseId);
}
