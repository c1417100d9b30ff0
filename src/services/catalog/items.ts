/**
 * Catalog items: drafting, 保密审查 (先审查、后公开, 一事一审), publishing with a 索引号, withdrawal
 * and changes of 有效性. Each use case is one transaction with its event.
 */
import { chinaToday } from '../../clock.ts';
import { formatIndexNumber } from '../../domain/catalog/index-number.ts';
import { validateItem } from '../../domain/catalog/item-form.ts';
import type { ItemContent } from '../../domain/catalog/item-form.ts';
import { isItemAction, ITEM_ACTIONS, itemTransition } from '../../domain/catalog/item-workflow.ts';
import { VALIDITIES } from '../../domain/catalog/article20.ts';
import { DomainError } from '../../domain/errors.ts';
import { dateField, optionalText, requireText } from '../../domain/payload.ts';
import type { Payload } from '../../domain/payload.ts';
import { can } from '../../domain/roles.ts';
import { getAgency, listDepartments } from '../../db/repositories/agencies.ts';
import { listColumns } from '../../db/repositories/catalog-columns.ts';
import { appendItemEvent, getItem, insertItem, updateItem } from '../../db/repositories/items.ts';
import { reindexItem } from '../../db/repositories/item-search.ts';
import type { Item } from '../../db/repositories/items.ts';
import { nextCounter } from '../../db/repositories/settings.ts';
import type { Db } from '../../db/database.ts';
import type { Actor, Deps } from '../deps.ts';
import { bodyText, sanitizeBody } from './sanitize.ts';

function clean(content: ItemContent): ItemContent & { bodyText: string } {
  const bodyHtml = sanitizeBody(content.bodyHtml);
  return { ...content, bodyHtml, bodyText: bodyText(bodyHtml) };
}

/** The department and 组配分类 of an item must be the agency's own. */
async function checkRefs(db: Db, actor: Actor, content: ItemContent): Promise<void> {
  if (content.departmentId !== null && !(await listDepartments(db, actor.agencyId)).some((d) => d.id === content.departmentId)) {
    throw new DomainError('VALIDATION', '所属部门不属于本机关', [{ field: 'departmentId', message: '请选择本机关的部门' }]);
  }
  if (content.columnId !== null && !(await listColumns(db, actor.agencyId)).some((c) => c.id === content.columnId)) {
    throw new DomainError('VALIDATION', '组配分类不属于本机关', [{ field: 'columnId', message: '请选择本机关的栏目' }]);
  }
}

/** An item of the actor's agency, or NOT_FOUND. */
export async function loadItem(db: Db, actor: Actor, id: number): Promise<Item> {
  const item = await getItem(db, actor.agencyId, id);
  if (!item) throw new DomainError('NOT_FOUND', `未找到编号为 ${id} 的信息（或不属于本机关）`);
  return item;
}

/** Creates a draft; the author is the actor. */
export async function createItem(deps: Deps, actor: Actor, p: Payload): Promise<number> {
  if (!can(actor.roles, 'item.draft')) throw new DomainError('FORBIDDEN', '您没有起草主动公开信息的权限');
  const content = clean(validateItem(p));
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await checkRefs(trx, actor, content);
    const id = await insertItem(trx, {
      ...content, agencyId: actor.agencyId, indexNumber: null, publishedOn: null, status: 'draft',
      authorId: actor.userId, reviewerId: null, reviewNote: null,
    }, now);
    await reindexItem(trx, id);
    await appendItemEvent(trx, { itemId: id, agencyId: actor.agencyId, action: 'create', actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now, onDate: chinaToday(deps.clock), fromStatus: null, toStatus: 'draft', data: { summary: '起草' } });
    return id;
  });
}

/** Edits a draft or a rejected item (it becomes a draft again). */
export async function editItem(deps: Deps, actor: Actor, id: number, p: Payload): Promise<void> {
  const content = clean(validateItem(p));
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const item = await loadItem(trx, actor, id);
    const to = itemTransition(item, 'edit', actor);
    await checkRefs(trx, actor, content);
    await updateItem(trx, actor.agencyId, id, item.version, { ...content, status: to }, now);
    await reindexItem(trx, id);
    await appendItemEvent(trx, { itemId: id, agencyId: actor.agencyId, action: 'edit', actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now, onDate: chinaToday(deps.clock), fromStatus: item.status, toStatus: to, data: { summary: '修改' } });
  });
}

/** The next 索引号 of the agency for items published in `year`. */
export async function nextIndexNumber(db: Db, agencyId: number, year: number): Promise<string> {
  const agency = await getAgency(db, agencyId);
  const serial = await nextCounter(db, agencyId, `index-${year}`);
  return formatIndexNumber(agency?.orgCode ?? agency?.code ?? String(agencyId), year, serial);
}

/** Takes a review or publication step on an item. */
export async function itemAction(deps: Deps, actor: Actor, id: number, action: string, p: Payload): Promise<Item> {
  if (!isItemAction(action) || action === 'edit') throw new DomainError('VALIDATION', `未知操作“${action}”`);
  const today = chinaToday(deps.clock);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const item = await loadItem(trx, actor, id);
    const to = itemTransition(item, action, actor);
    let changes: Partial<Item> = { status: to };
    let summary: string = ITEM_ACTIONS[action].label;
    if (action === 'approve' || action === 'reject') {
      const note = action === 'reject' ? requireText(p, 'reason', '不通过的理由', 1000) : (optionalText(p, 'note', '审查意见', 1000) ?? null);
      changes = { ...changes, reviewerId: actor.userId, reviewNote: note };
      if (note) summary += `：${note}`;
    }
    if (action === 'publish') {
      const publishedOn = dateField(p, 'publishedOn', '发布日期', { fallback: today, notAfter: today, ...(item.writtenOn ? { notBefore: item.writtenOn } : {}) });
      const indexNumber = item.indexNumber ?? (await nextIndexNumber(trx, actor.agencyId, Number(publishedOn.slice(0, 4))));
      changes = { ...changes, publishedOn, indexNumber };
      summary += `（索引号 ${indexNumber}）`;
    }
    if (action === 'withdraw') summary += `：${requireText(p, 'reason', '撤回理由', 1000)}`;
    if (action === 'change_validity') {
      const validity = optionalText(p, 'validity', '有效性', 10) ?? '';
      if (!(VALIDITIES as readonly string[]).includes(validity)) throw new DomainError('VALIDATION', '有效性应为 有效、失效 或 废止', [{ field: 'validity', message: '请选择有效性' }]);
      const on = dateField(p, 'validityChangedOn', '变更日期', { fallback: today, notAfter: today });
      changes = { ...changes, validity, validityChangedOn: validity === '有效' ? null : on, ...(validity === '废止' ? { abolishedOn: on } : {}) };
      summary = `有效性变更为“${validity}”（${on}）`;
    }
    await updateItem(trx, actor.agencyId, id, item.version, changes, now);
    // The search index follows the item (title, 索引号 and status change here).
    await reindexItem(trx, id);
    await appendItemEvent(trx, { itemId: id, agencyId: actor.agencyId, action, actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now, onDate: today, fromStatus: item.status, toStatus: to, data: { summary } });
  });
  return loadItem(deps.db, actor, id);
}
