import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, OpenDatabase } from '../../src/db/database.ts';
import { channelCountsForYear } from '../../src/db/repositories/item-channels.ts';
import { halfYearLedger } from '../../src/db/repositories/media-accounts.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { addChannel, channelCounts, channelsOfItem } from '../../src/services/item-channels.ts';
import { mediaAccounts, mediaLedger, recordMediaChange, registerMediaAccount } from '../../src/services/media-accounts.ts';
import { buildWorld, depsFor } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';

async function rejects(p: Promise<unknown>, code: string): Promise<DomainError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(code);
  return err as DomainError;
}

async function insertItem(db: Db, agencyId: number, status = 'published'): Promise<number> {
  const r = await db.insertInto('items').values({
    agency_id: agencyId, title: '关于道路交通管制的通告', publisher: '甲市公安局', status,
    version: 0, validity: '有效', disclosure_method: '主动公开', disclosure_scope: '面向社会', body_html: '', body_text: '',
    created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z',
  }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

describe.each(testDialects)('channels and new-media accounts on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
  });
  afterAll(async () => database.close());
  const deps = () => depsFor(database.db);

  it('counts published items per channel by the date on that channel', async () => {
    const db = database.db;
    const [i1, i2, i3, draft] = [await insertItem(db, w.agencyA), await insertItem(db, w.agencyA), await insertItem(db, w.agencyA), await insertItem(db, w.agencyA, 'draft')];
    const other = await insertItem(db, w.agencyB);
    await addChannel(deps(), w.handlerA, i1, { channel: 'portal', publishedOn: '2025-03-01', url: 'https://gaj.example.gov.cn/1' });
    await addChannel(deps(), w.handlerA, i1, { channel: 'weibo', publishedOn: '2025-03-01' });
    await addChannel(deps(), w.handlerA, i1, { channel: 'weibo', publishedOn: '2025-03-02' }); // reposted: counted once
    await addChannel(deps(), w.handlerA, i2, { channel: 'portal', publishedOn: '2025-12-31' });
    await addChannel(deps(), w.handlerA, i2, { channel: 'board', publishedOn: '2026-01-01' }); // next year
    await addChannel(deps(), w.handlerA, i3, { channel: 'wechat', publishedOn: '2024-12-31' }); // last year
    await addChannel(deps(), w.handlerA, draft, { channel: 'portal', publishedOn: '2025-05-01' }); // not published
    await addChannel(deps(), w.handlerB, other, { channel: 'portal', publishedOn: '2025-05-01' }); // other agency
    const counts = await channelCountsForYear(db, w.agencyA, 2025);
    expect(counts.map((c) => [c.label, c.count])).toEqual([
      ['门户网站', 2], ['政务微博', 1], ['微信公众号', 0], ['其他新媒体', 0], ['公开栏/电子屏', 0], ['其他', 0],
    ]);
    expect((await channelCounts(deps(), w.headA, 2026)).find((c) => c.channel === 'board')?.count).toBe(1);
    expect((await channelsOfItem(deps(), w.handlerA, i1)).map((c) => [c.channel, c.publishedOn, c.url])).toEqual([
      ['portal', '2025-03-01', 'https://gaj.example.gov.cn/1'], ['weibo', '2025-03-01', null], ['weibo', '2025-03-02', null],
    ]);
    await rejects(addChannel(deps(), w.handlerA, other, { channel: 'portal', publishedOn: '2025-05-01' }), 'NOT_FOUND');
    await rejects(channelsOfItem(deps(), w.handlerB, i1), 'NOT_FOUND');
  });

  it('refuses channel records and account changes from an admin-only actor', async () => {
    const item = await insertItem(database.db, w.agencyA);
    await rejects(addChannel(deps(), w.adminA, item, { channel: 'portal', publishedOn: '2025-05-01' }), 'FORBIDDEN');
    await rejects(registerMediaAccount(deps(), w.adminA, { platform: 'weibo', name: '平安甲市', administrator: '张三' }), 'FORBIDDEN');
    expect(await channelsOfItem(deps(), w.adminA, item)).toEqual([]); // reading is open to all staff
  });

  it('keeps accounts with their changes and lists the changes per half year', async () => {
    const weibo = await registerMediaAccount(deps(), w.handlerA, { platform: 'weibo', name: '平安甲市', administrator: '张三', openedOn: '2025-02-10' });
    const wechat = await registerMediaAccount(deps(), w.handlerA, { platform: 'wechat', name: '甲市公安局', administrator: '王五' });
    await registerMediaAccount(deps(), w.handlerB, { platform: 'wechat', name: '乙市教育', administrator: '赵六', openedOn: '2025-03-01' });
    await recordMediaChange(deps(), w.handlerA, weibo.id, { kind: 'administrator', changedOn: '2025-06-30', to: '李四' });
    await recordMediaChange(deps(), w.reviewerA, wechat.id, { kind: 'rename', changedOn: '2025-07-01', to: '甲市公安' });
    const closed = await recordMediaChange(deps(), w.headA, wechat.id, { kind: 'close', changedOn: '2025-11-20', note: '并入市政府公众号' });
    expect(closed).toMatchObject({ name: '甲市公安', closedOn: '2025-11-20' });
    await rejects(recordMediaChange(deps(), w.handlerA, wechat.id, { kind: 'administrator', changedOn: '2025-12-01', to: '钱七' }), 'VALIDATION');
    await rejects(recordMediaChange(deps(), w.handlerB, weibo.id, { kind: 'close', changedOn: '2025-12-01' }), 'NOT_FOUND');

    const accounts = await mediaAccounts(deps(), w.handlerA);
    expect(accounts.map((a) => [a.platformLabel, a.name, a.administrator, a.closedOn, a.changes.map((c) => c.change)])).toEqual([
      ['政务微博', '平安甲市', '李四', null, ['开通（管理员：张三）', '更换管理员 张三→李四']],
      ['微信公众号', '甲市公安', '王五', '2025-11-20', ['更名 甲市公安局→甲市公安', '注销']],
    ]);

    const first = await halfYearLedger(database.db, w.agencyA, 2025, 1);
    expect(first.map((l) => [l.changedOn, l.platformLabel, l.accountName, l.change])).toEqual([
      ['2025-02-10', '政务微博', '平安甲市', '开通（管理员：张三）'],
      ['2025-06-30', '政务微博', '平安甲市', '更换管理员 张三→李四'],
    ]);
    const second = await mediaLedger(deps(), w.headA, 2025, 2);
    expect(second.map((l) => [l.changedOn, l.change, l.note])).toEqual([
      ['2025-07-01', '更名 甲市公安局→甲市公安', null],
      ['2025-11-20', '注销', '并入市政府公众号'],
    ]);
    expect(await mediaLedger(deps(), w.headA, 2024, 2)).toEqual([]);
    await rejects(mediaLedger(deps(), w.headA, 2025, 3), 'VALIDATION');
  });

  it('links a new-media channel to an account of the same platform only', async () => {
    const item = await insertItem(database.db, w.agencyA);
    const acc = await registerMediaAccount(deps(), w.handlerA, { platform: 'other_new_media', name: '甲市公安抖音号', administrator: '孙八' });
    await rejects(addChannel(deps(), w.handlerA, item, { channel: 'weibo', publishedOn: '2025-05-01', accountId: acc.id }), 'VALIDATION');
    const ok = await addChannel(deps(), w.handlerA, item, { channel: 'other_new_media', publishedOn: '2025-05-01', accountId: acc.id });
    expect(ok.accountId).toBe(acc.id);
  });
});
