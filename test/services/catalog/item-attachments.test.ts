import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../src/db/database.ts';
import { getItem, listItemEvents } from '../../../src/db/repositories/items.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import {
  addItemAttachments,
  MAX_ITEM_ATTACHMENTS,
  publicItemAttachment,
  publicItemAttachments,
  removeItemAttachment,
  staffItemAttachment,
  staffItemAttachments,
} from '../../../src/services/catalog/item-attachments.ts';
import { createItem, itemAction } from '../../../src/services/catalog/items.ts';
import { buildWorld, depsFor, TestClock } from '../../support/builders.ts';
import type { World } from '../../support/builders.ts';
import { freshDb, testDialects } from '../../support/db.ts';

const enc = new TextEncoder();
const pdf = (text = '通知') => enc.encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const exe = () => Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0]);

async function failure(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

describe.each(testDialects)('attachments of catalog items on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock('2026-03-02');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
  });
  afterAll(async () => database.close());
  const deps = () => depsFor(database.db, clock);
  const newDraft = (title: string) => createItem(deps(), w.handlerA, { title, publisher: '甲市公安局', writtenOn: '2026-03-02' });

  it('adds files to a draft with their type, size and hash; staff read them back; the upload is an event', async () => {
    const id = await newDraft('关于户口迁移的通告');
    const bytes = pdf('户口迁移');
    expect(await addItemAttachments(deps(), w.handlerA, id, [{ filename: ' 关于户口迁移的通告（正式稿）.pdf ', bytes }, { filename: '附表.pdf', bytes: pdf() }])).toBe(2);
    const list = await staffItemAttachments(deps(), w.reviewerA, id);
    expect(list).toEqual([
      { id: expect.any(Number), filename: '关于户口迁移的通告（正式稿）.pdf', mime: 'application/pdf', size: bytes.length },
      { id: expect.any(Number), filename: '附表.pdf', mime: 'application/pdf', size: pdf().length },
    ]);
    const file = await staffItemAttachment(deps(), w.reviewerA, id, list[0]?.id ?? 0);
    expect(new Uint8Array(file.content)).toEqual(bytes);
    const row = await database.db.selectFrom('item_attachments').select('sha256').where('id', '=', list[0]?.id ?? 0).executeTakeFirstOrThrow();
    expect(row.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

    const events = await listItemEvents(database.db, id);
    expect(events.map((e) => e.action)).toEqual(['create', 'attach']);
    expect(events[1]).toMatchObject({ actorLabel: '甲经办', fromStatus: 'draft', toStatus: 'draft', data: { summary: '上传附件：关于户口迁移的通告（正式稿）.pdf、附表.pdf' } });
  });

  it('refuses changes once the item is submitted, approved or published — the review covered what it saw', async () => {
    const id = await newDraft('已提交的信息');
    await addItemAttachments(deps(), w.handlerA, id, [{ filename: '正文.pdf', bytes: pdf() }]);
    const [att] = await staffItemAttachments(deps(), w.handlerA, id);
    const steps: [string, typeof w.handlerA][] = [['submit', w.handlerA], ['approve', w.reviewerA], ['publish', w.reviewerA], ['withdraw', w.reviewerA]];
    for (const [action, actor] of steps) {
      await itemAction(deps(), actor, id, action, action === 'withdraw' ? { reason: '内容调整' } : {});
      const add = await failure(addItemAttachments(deps(), w.handlerA, id, [{ filename: '补充.pdf', bytes: pdf() }]));
      expect(add.code, action).toBe('TRANSITION_NOT_ALLOWED');
      expect(add.message).toContain('附件只能在起草阶段');
      expect((await failure(removeItemAttachment(deps(), w.handlerA, id, att?.id ?? 0))).code, action).toBe('TRANSITION_NOT_ALLOWED');
      expect((await failure(addItemAttachments(deps(), w.headA, id, [{ filename: '补充.pdf', bytes: pdf() }]))).code, action).toBe('TRANSITION_NOT_ALLOWED');
    }
    expect((await staffItemAttachments(deps(), w.handlerA, id)).map((a) => a.filename)).toEqual(['正文.pdf']);
  });

  it('a rejected item takes new files and becomes a draft again, as after an edit', async () => {
    const id = await newDraft('被退回的信息');
    await itemAction(deps(), w.handlerA, id, 'submit', {});
    await itemAction(deps(), w.reviewerA, id, 'reject', { reason: '缺少正式文件' });
    const before = await getItem(database.db, w.agencyA, id);
    await addItemAttachments(deps(), w.handlerA, id, [{ filename: '正式文件.pdf', bytes: pdf() }]);
    const after = await getItem(database.db, w.agencyA, id);
    expect(after).toMatchObject({ status: 'draft', version: (before?.version ?? 0) + 1, reviewNote: '缺少正式文件' });
    expect((await listItemEvents(database.db, id)).at(-1)).toMatchObject({ action: 'attach', fromStatus: 'rejected', toStatus: 'draft' });
  });

  it('keeps other agencies and non-drafting roles out', async () => {
    const id = await newDraft('甲机关的草稿');
    expect((await failure(addItemAttachments(deps(), w.handlerB, id, [{ filename: 'a.pdf', bytes: pdf() }]))).code).toBe('NOT_FOUND');
    expect((await failure(addItemAttachments(deps(), w.adminA, id, [{ filename: 'a.pdf', bytes: pdf() }]))).code).toBe('FORBIDDEN');
    await addItemAttachments(deps(), w.handlerA, id, [{ filename: 'a.pdf', bytes: pdf() }]);
    const [att] = await staffItemAttachments(deps(), w.handlerA, id);
    expect((await failure(staffItemAttachments(deps(), w.handlerB, id))).code).toBe('NOT_FOUND');
    expect((await failure(staffItemAttachment(deps(), w.handlerB, id, att?.id ?? 0))).code).toBe('NOT_FOUND');
    expect((await failure(removeItemAttachment(deps(), w.handlerB, id, att?.id ?? 0))).code).toBe('NOT_FOUND');
    // Another item's attachment id is not this item's.
    const other = await newDraft('另一条草稿');
    expect((await failure(staffItemAttachment(deps(), w.handlerA, other, att?.id ?? 0))).code).toBe('NOT_FOUND');
    expect((await failure(removeItemAttachment(deps(), w.handlerA, other, att?.id ?? 0))).code).toBe('NOT_FOUND');
    expect(await staffItemAttachments(deps(), w.handlerA, id)).toHaveLength(1);
  });

  it('refuses bad files by their content and names each; nothing is stored and no event recorded', async () => {
    const id = await newDraft('附件类型检查');
    const err = await failure(addItemAttachments(deps(), w.handlerA, id, [
      { filename: '伪装.pdf', bytes: exe() },
      { filename: '说明.txt', bytes: enc.encode('纯文本') },
      { filename: 'setup.exe', bytes: exe() },
    ]));
    expect(err.code).toBe('VALIDATION');
    expect(err.issues.map((i) => i.message)).toEqual([
      '附件“伪装.pdf”的内容不是PDF文件',
      '附件“说明.txt”的文件类型不受支持，允许的类型：PDF、OFD、DOCX、DOC、XLSX、XLS、PNG、JPEG',
      '附件“setup.exe”的文件类型不受支持，允许的类型：PDF、OFD、DOCX、DOC、XLSX、XLS、PNG、JPEG',
    ]);
    expect((await failure(addItemAttachments(deps(), w.handlerA, id, [{ filename: '正文.pdf', bytes: pdf() }, { filename: '伪装.pdf', bytes: exe() }]))).code).toBe('VALIDATION');
    expect((await failure(addItemAttachments(deps(), w.handlerA, id, []))).code).toBe('VALIDATION');
    expect((await failure(addItemAttachments(deps(), w.handlerA, id, [1, 2, 3, 4].map((n) => ({ filename: `${n}.pdf`, bytes: pdf() }))))).message).toBe('每次最多上传3个附件');
    expect(await staffItemAttachments(deps(), w.handlerA, id)).toEqual([]);
    expect((await listItemEvents(database.db, id)).map((e) => e.action)).toEqual(['create']);
  });

  it(`allows at most ${MAX_ITEM_ATTACHMENTS} attachments an item`, async () => {
    const id = await newDraft('附件数量上限');
    for (let n = 0; n < MAX_ITEM_ATTACHMENTS - 1; n++) await addItemAttachments(deps(), w.handlerA, id, [{ filename: `${n}.pdf`, bytes: pdf() }]);
    const err = await failure(addItemAttachments(deps(), w.handlerA, id, [{ filename: 'a.pdf', bytes: pdf() }, { filename: 'b.pdf', bytes: pdf() }]));
    expect(err.message).toBe(`每条信息最多${MAX_ITEM_ATTACHMENTS}个附件，已有${MAX_ITEM_ATTACHMENTS - 1}个`);
    expect(await addItemAttachments(deps(), w.handlerA, id, [{ filename: 'a.pdf', bytes: pdf() }])).toBe(1);
  });

  it('removes an attachment of a draft, recorded as an event', async () => {
    const id = await newDraft('删除附件');
    await addItemAttachments(deps(), w.handlerA, id, [{ filename: '旧稿.pdf', bytes: pdf() }, { filename: '新稿.pdf', bytes: pdf() }]);
    const [old] = await staffItemAttachments(deps(), w.handlerA, id);
    await removeItemAttachment(deps(), w.handlerA, id, old?.id ?? 0);
    expect((await staffItemAttachments(deps(), w.handlerA, id)).map((a) => a.filename)).toEqual(['新稿.pdf']);
    expect((await failure(removeItemAttachment(deps(), w.handlerA, id, old?.id ?? 0))).code).toBe('NOT_FOUND');
    const events = await listItemEvents(database.db, id);
    expect(events.map((e) => e.action)).toEqual(['create', 'attach', 'detach']);
    expect(events[2]).toMatchObject({ actorLabel: '甲经办', data: { summary: '删除附件：旧稿.pdf' } });
  });

  it('shows attachments publicly only while the item is published', async () => {
    const id = await newDraft('公开附件');
    await addItemAttachments(deps(), w.handlerA, id, [{ filename: '公告.pdf', bytes: pdf('公告') }]);
    const [att] = await staffItemAttachments(deps(), w.handlerA, id);
    const aid = att?.id ?? 0;
    const publicly = async () => ({ list: await publicItemAttachments(deps(), id), file: await publicItemAttachment(deps(), id, aid).then((f) => f.filename, (e: DomainError) => e.code) });
    expect(await publicly()).toEqual({ list: [], file: 'NOT_FOUND' });
    await itemAction(deps(), w.handlerA, id, 'submit', {});
    await itemAction(deps(), w.reviewerA, id, 'approve', {});
    expect(await publicly()).toEqual({ list: [], file: 'NOT_FOUND' });
    await itemAction(deps(), w.reviewerA, id, 'publish', {});
    expect(await publicly()).toEqual({ list: [{ id: aid, filename: '公告.pdf', mime: 'application/pdf', size: pdf('公告').length }], file: '公告.pdf' });
    const other = await newDraft('别的信息');
    expect((await failure(publicItemAttachment(deps(), other, aid))).code).toBe('NOT_FOUND');
    await itemAction(deps(), w.reviewerA, id, 'withdraw', { reason: '已被新文件替代' });
    expect(await publicly()).toEqual({ list: [], file: 'NOT_FOUND' });
  });
});
