/** Attachments of catalog items (the documents themselves: PDF, OFD, DOCX, XLSX …). */
import type { Db } from '../database.ts';

/** What lists show of an attachment (the content is read only for a download). */
export interface ItemAttachmentInfo {
  id: number;
  filename: string;
  mime: string;
  size: number;
}

/** An attachment with its content, for a download. */
export interface ItemAttachmentFile {
  filename: string;
  mime: string;
  size: number;
  content: Buffer;
}

export async function insertItemAttachment(db: Db, a: { itemId: number; filename: string; mime: string; size: number; sha256: string; content: Buffer; createdAt: string }): Promise<number> {
  const r = await db
    .insertInto('item_attachments')
    .values({ item_id: a.itemId, filename: a.filename, mime: a.mime, size: a.size, sha256: a.sha256, content: a.content, created_at: a.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** The attachments of an item, in the order they were added. */
export async function listItemAttachments(db: Db, itemId: number): Promise<ItemAttachmentInfo[]> {
  return db.selectFrom('item_attachments').select(['id', 'filename', 'mime', 'size']).where('item_id', '=', itemId).orderBy('id').execute();
}

/** Attachment `id` of item `itemId` (never another item's), with its content. */
export async function getItemAttachment(db: Db, itemId: number, id: number): Promise<ItemAttachmentFile | undefined> {
  const r = await db.selectFrom('item_attachments').select(['filename', 'mime', 'size', 'content']).where('item_id', '=', itemId).where('id', '=', id).executeTakeFirst();
  return r && { filename: r.filename, mime: r.mime, size: Number(r.size), content: Buffer.from(r.content) };
}

/** Deletes attachment `id` of item `itemId`; its file name, or undefined when there was none. */
export async function deleteItemAttachment(db: Db, itemId: number, id: number): Promise<string | undefined> {
  const r = await db.deleteFrom('item_attachments').where('item_id', '=', itemId).where('id', '=', id).returning('filename').executeTakeFirst();
  return r?.filename;
}
