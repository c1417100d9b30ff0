import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../src/db/database.ts';
import { getItem, listItemEvents, listItems } from '../../../src/db/repositories/items.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { createItem, editItem, itemAction } from '../../../src/services/catalog/items.ts';
import { buildWorld, depsFor, TestClock } from '../../support/builders.ts';
import type { World } from '../../support/builders.ts';
import { freshDb, testDialects } from '../../support/db.ts';

const draft = (over: Record<string, string> = {}) => ({
  title: '示例市公安局关于户口迁移办理的公告', publisher: '甲市公安局', writtenOn: '2026-03-02', summary: '户口迁移办理须知',
  bodyHtml: '<p>为方便群众办理户口迁移，现将有关事项公告如下。</p><script>alert(1)</script><a href="javascript:alert(1)">链接</a>',
  article20: '1', regulationKind: '行政规范性文件', ...over,
});

async function code(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(DomainError);
  return (e as DomainError).code;
}

describe.each(testDialects)('catalog items on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock('2026-03-02');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
  });
  afterAll(async () => database.close());
  const deps = () => depsFor(database.db, clock);

  it('drafts, reviews (never by the author) and publishes with an index number; every step is an event', async () => {
    clock.at('2026-03-03');
    const id = await createItem(deps(), w.handlerA, draft());
    let item = await getItem(database.db, w.agencyA, id);
    expect(item?.bodyHtml).not.toContain('script');
    expect(item?.bodyHtml).not.toContain('javascript:');
    expect(item?.bodyText).toContain('户口迁移');
    await itemAction(deps(), w.handlerA, id, 'submit', {});
    expect(await code(itemAction(deps(), w.handlerA, id, 'approve', {}))).toBe('FORBIDDEN');
    await itemAction(deps(), w.reviewerA, id, 'approve', { note: '不涉密' });
    item = await itemAction(deps(), w.reviewerA, id, 'publish', {});
    expect(item).toMatchObject({ status: 'published', publishedOn: '2026-03-03', indexNumber: 'JIA/2026-00001', reviewerId: w.reviewerA.userId });
    const events = await listItemEvents(database.db, id);
    expect(events.map((e) => e.action)).toEqual(['create', 'submit', 'approve', 'publish']);
    expect(events[2]).toMatchObject({ actorLabel: '甲审核', fromStatus: 'submitted', toStatus: 'approved' });
  });

  it('never publishes a rejected item; the author may revise and resubmit', async () => {
    const id = await createItem(deps(), w.handlerA, draft({ title: '含敏感内容的草稿' }));
    await itemAction(deps(), w.handlerA, id, 'submit', {});
    expect(await code(itemAction(deps(), w.headA, id, 'reject', {}))).toBe('VALIDATION');
    await itemAction(deps(), w.headA, id, 'reject', { reason: '涉及个人隐私' });
    expect(await code(itemAction(deps(), w.headA, id, 'publish', {}))).toBe('TRANSITION_NOT_ALLOWED');
    const pub = await listItems(database.db, { statuses: ['published'] });
    expect(pub.items.map((i) => i.id)).not.toContain(id);
    await editItem(deps(), w.handlerA, id, draft({ title: '修改后的草稿' }));
    expect((await getItem(database.db, w.agencyA, id))?.status).toBe('draft');
  });

  it('rejects bad input naming the field, and keeps index numbers unique', async () => {
    expect(await code(createItem(deps(), w.handlerA, draft({ title: '' })))).toBe('VALIDATION');
    expect(await code(createItem(deps(), w.handlerA, draft({ formedOn: '2026-01-01' })))).toBe('VALIDATION');
    expect(await code(createItem(deps(), w.adminA, draft()))).toBe('FORBIDDEN');
    const a = await createItem(deps(), w.handlerA, draft({ title: '甲' }));
    const b = await createItem(deps(), w.handlerA, draft({ title: '乙' }));
    for (const id of [a, b]) {
      await itemAction(deps(), w.handlerA, id, 'submit', {});
      await itemAction(deps(), w.reviewerA, id, 'approve', {});
      await itemAction(deps(), w.reviewerA, id, 'publish', {});
    }
    const numbers = [(await getItem(database.db, w.agencyA, a))?.indexNumber, (await getItem(database.db, w.agencyA, b))?.indexNumber];
    expect(new Set(numbers).size).toBe(2);
    await expect(database.db.updateTable('items').set({ index_number: numbers[0] ?? '' }).where('id', '=', b).execute()).rejects.toThrow();
  });

  it('keeps another agency out', async () => {
    const id = await createItem(deps(), w.handlerA, draft({ title: '隔离' }));
    expect(await code(itemAction(deps(), w.handlerB, id, 'submit', {}))).toBe('NOT_FOUND');
    expect(await code(editItem(deps(), w.handlerB, id, draft()))).toBe('NOT_FOUND');
  });
});
