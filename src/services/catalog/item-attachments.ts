/**
 * Attachments of catalog items: the published documents themselves (PDF, OFD, DOCX, XLSX, images).
 * They are part of what the reviewer checks (先审查、后公开), so they are added and removed only
 * while the item is a draft or was rejected — like an edit, which they are: a rejected item becomes
 * a draft again, the item's version moves (a concurrent submit fails instead of sending unchecked
 * files to review) and the change is an event of the item. The portal shows them only while the
 * item is published.
 */
import { createHash } from 'node:crypto';
import { chinaToday } from '../../clock.ts';
import { itemTransition } from '../../domain/catalog/item-workflow.ts';
import type { ItemStatus } from '../../domain/catalog/item-workflow.ts';
import { DomainError } from '../../domain/errors.ts';
import { can } from '../../domain/roles.ts';
import { CATALOG_UPLOAD_LIMITS, checkUploads } from '../../domain/uploads.ts';
import { appendItemEvent, getPublishedItem, updateItem } from '../../db/repositories/items.ts';
import type { Item } from '../../db/repositories/items.ts';
import { deleteItemAttachment, getItemAttachment, insertItemAttachment, listItemAttachments } from '../../db/repositories/item-attachments.ts';
import type { ItemAttachmentFile, ItemAttachmentInfo } from '../../db/repositories/item-attachments.ts';
import type { Db } from '../../db/database.ts';
import type { Actor, Deps } from '../deps.ts';
import type { UploadFile } from '../intake.ts';
import { loadItem } from './items.ts';

/** The most attachments one item may have. */
export const MAX_ITEM_ATTACHMENTS = 20;

/** Whether attachments of an item in `status` may be changed (by someone who may draft). */
export function attachmentsEditable(status: string): boolean {
  return status === 'draft' || status === 'rejected';
}

/** Loads the item for a change of its attachments: permission and status checked; returns it and its next status. */
async function itemForChange(trx: Db, actor: Actor, itemId: number): Promise<{ item: Item; to: ItemStatus }> {
  if (!can(actor.roles, 'item.draft')) throw new DomainError('FORBIDDEN', '您没有修改主动公开信息的权限');
  const item = await loadItem(trx, actor, itemId);
  if (!attachmentsEditable(item.status)) {
    throw new DomainError('TRANSITION_NOT_ALLOWED', '附件只能在起草阶段（草稿或审查未通过）增删，随信息一并进行保密审查');
  }
  return { item, to: itemTransition(item, 'edit', actor) };
}

/** Adds files to a draft or rejected item of the actor's agency; returns how many were added. */
export async function addItemAttachments(deps: Deps, actor: Actor, itemId: number, files: UploadFile[]): Promise<number> {
  if (!files.length) throw new DomainError('VALIDATION', '请选择要上传的附件', [{ field: 'attachments', message: '请选择文件' }]);
  const max = CATALOG_UPLOAD_LIMITS.maxFiles;
  if (files.length > max) throw new DomainError('VALIDATION', `每次最多上传${max}个附件`, [{ field: 'attachments', message: `每次最多上传${max}个附件` }]);
  // checkUploads throws unless every file passes, so its answers are the files, in order.
  const checked = checkUploads(files, CATALOG_UPLOAD_LIMITS).map((f, i) => ({ ...f, bytes: Buffer.from(files[i]?.bytes ?? []) }));
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const { item, to } = await itemForChange(trx, actor, itemId);
    const existing = (await listItemAttachments(trx, itemId)).length;
    if (existing + checked.length > MAX_ITEM_ATTACHMENTS) {
      throw new DomainError('VALIDATION', `每条信息最多${MAX_ITEM_ATTACHMENTS}个附件，已有${existing}个`, [{ field: 'attachments', message: `最多还能上传${Math.max(0, MAX_ITEM_ATTACHMENTS - existing)}个附件` }]);
    }
    await updateItem(trx, actor.agencyId, itemId, item.version, { status: to }, now);
    for (const f of checked) {
      await insertItemAttachment(trx, { itemId, filename: f.filename, mime: f.mime, size: f.size, sha256: createHash('sha256').update(f.bytes).digest('hex'), content: f.bytes, createdAt: now });
    }
    await appendItemEvent(trx, { itemId, agencyId: actor.agencyId, action: 'attach', actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now, onDate: chinaToday(deps.clock), fromStatus: item.status, toStatus: to, data: { summary: `上传附件：${checked.map((f) => f.filename).join('、')}`, files: checked.map((f) => f.filename) } });
  });
  return checked.length;
}

/** Removes an attachment of a draft or rejected item of the actor's agency. */
export async function removeItemAttachment(deps: Deps, actor: Actor, itemId: number, attachmentId: number): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const { item, to } = await itemForChange(trx, actor, itemId);
    const filename = await deleteItemAttachment(trx, itemId, attachmentId);
    if (filename === undefined) throw new DomainError('NOT_FOUND', '未找到该附件');
    await updateItem(trx, actor.agencyId, itemId, item.version, { status: to }, now);
    await appendItemEvent(trx, { itemId, agencyId: actor.agencyId, action: 'detach', actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now, onDate: chinaToday(deps.clock), fromStatus: item.status, toStatus: to, data: { summary: `删除附件：${filename}`, files: [filename] } });
  });
}

/** The attachments of an item of the actor's agency (any status: the reviewer checks them). */
export async function staffItemAttachments(deps: Pick<Deps, 'db'>, actor: Actor, itemId: number): Promise<ItemAttachmentInfo[]> {
  await loadItem(deps.db, actor, itemId);
  return listItemAttachments(deps.db, itemId);
}

/** An attachment of an item of the actor's agency, for download; NOT_FOUND otherwise. */
export async function staffItemAttachment(deps: Pick<Deps, 'db'>, actor: Actor, itemId: number, id: number): Promise<ItemAttachmentFile> {
  await loadItem(deps.db, actor, itemId);
  const a = await getItemAttachment(deps.db, itemId, id);
  if (!a) throw new DomainError('NOT_FOUND', '未找到该附件');
  return a;
}

/** An attachment of a published item, for the portal; NOT_FOUND for any other item or attachment. */
export async function publicItemAttachment(deps: Pick<Deps, 'db'>, itemId: number, id: number): Promise<ItemAttachmentFile> {
  const item = await getPublishedItem(deps.db, itemId);
  const a = item ? await getItemAttachment(deps.db, itemId, id) : undefined;
  if (!a) throw new DomainError('NOT_FOUND', '未找到该附件');
  return a;
}

/** The attachments of a published item, for its portal page; none for any other item. */
export async function publicItemAttachments(deps: Pick<Deps, 'db'>, itemId: number): Promise<ItemAttachmentInfo[]> {
  return (await getPublishedItem(deps.db, itemId)) ? listItemAttachments(deps.db, itemId) : [];
}
