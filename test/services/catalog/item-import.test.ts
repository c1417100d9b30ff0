import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../src/db/database.ts';
import { insertColumn } from '../../../src/db/repositories/catalog-columns.ts';
import { searchItems } from '../../../src/db/repositories/item-search.ts';
import { getItem, listItemEvents, listItems } from '../../../src/db/repositories/items.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { addColumn } from '../../../src/services/catalog/columns.ts';
import { importItems } from '../../../src/services/catalog/item-import.ts';
import { createItem, itemAction } from '../../../src/services/catalog/items.ts';
import { buildWorld, depsFor, TestClock } from '../../support/builders.ts';
import type { World } from '../../support/builders.ts';
import { freshDb, testDialects } from '../../support/db.ts';

const HEADER = '索引号,名称,内容概述,组配分类,成文日期,发布日期,文号,有效性,失效或废止日期,正文,所属部门,第二十条类别,规章或规范性文件';
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\r\n'));

async function refused(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

describe.each(testDialects)('catalog import on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock('2026-05-06');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    await addColumn(depsFor(database.db), w.headA, { name: '政策文件', parentId: null });
    await insertColumn(database.db, w.agencyB, { name: '工作动态', parentId: null, sort: 1 });
  });
  afterAll(async () => database.close());
  const deps = () => depsFor(database.db, clock);
  const count = async () => (await listItems(database.db, { agencyId: w.agencyA })).total;

  it('files every row as a published item with its own 发布日期, keeping or generating the 索引号, with an import event', async () => {
    const file = csv(
      '000014349/2018-00222,甲市居住证办理规定,居住证申领条件,政策文件,2018-03-01,2018-03-10,甲公规〔2018〕2号,废止,2024-01-01,"<p>第一条 居住证</p><script>alert(1)</script>",交警大队,（一）,行政规范性文件',
      ',2025年交通管制公告,,,2025-06-01,2025/6/3,,,,"第一段\n第二段",,（十二）,',
    );
    const r = await importItems(deps(), w.adminA, file, '历史信息.csv');
    expect(r.count).toBe(2);
    expect(r.items.map((i) => [i.line, i.indexNumber])).toEqual([[2, '000014349/2018-00222'], [3, 'JIA/2025-00001']]);
    const [a, b] = await Promise.all(r.items.map((i) => getItem(database.db, w.agencyA, i.id)));
    expect(a).toMatchObject({
      status: 'published', publishedOn: '2018-03-10', writtenOn: '2018-03-01', indexNumber: '000014349/2018-00222', validity: '废止',
      validityChangedOn: '2024-01-01', abolishedOn: '2024-01-01', article20: 1, regulationKind: '行政规范性文件', departmentId: w.deptA,
      publisher: '甲市公安局', docNumber: '甲公规〔2018〕2号', authorId: w.adminA.userId,
    });
    expect(a?.columnId).toEqual(expect.any(Number));
    expect(a?.bodyHtml).toBe('<p>第一条 居住证</p>');
    expect(b).toMatchObject({ publishedOn: '2025-06-03', article20: 12, bodyHtml: '<p>第一段</p><p>第二段</p>', bodyText: '第一段\n第二段' });
    const events = await listItemEvents(database.db, r.items[0]?.id ?? 0);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'import', actorLabel: '甲管理', fromStatus: null, toStatus: 'published', onDate: '2026-05-06', data: { filename: '历史信息.csv', line: 2 } });
    expect(String(events[0]?.data.summary)).toContain('索引号 000014349/2018-00222');
    const hits = await searchItems(database.db, { text: '居住证', agencyId: w.agencyA });
    expect(hits.hits.map((h) => h.id)).toEqual([r.items[0]?.id]);
    if (dialect === 'sqlite') {
      const stale = await sql<{ n: number }>`select count(*) as n from item_grams_stale`.execute(database.db);
      expect(Number(stale.rows[0]?.n)).toBe(0);
    }
  });

  it('writes nothing when any row is bad, and names every bad row and column', async () => {
    const before = await count();
    const e = await refused(importItems(deps(), w.headA, csv(
      ',好的一行,,,2025-01-02,2025-01-03,,,,,,,',
      ',成文晚于发布,,,2025-02-05,2025-02-03,,,,,,,',
      ',未知部门和栏目,,人事信息,,2025-02-03,,失效,,,治安大队,（十六）,',
      ',乙局的栏目,,工作动态,,2025-02-03,,,,,,,',
    ), 'bad.csv'));
    expect(e.code).toBe('VALIDATION');
    expect(e.issues.map((i) => i.message)).toEqual([
      '第3行 «成文日期»：成文日期2025-02-05晚于发布日期2025-02-03',
      '第4行 «第二十条类别»：“（十六）”不是第二十条的（一）至（十五）项',
      '第4行 «失效或废止日期»：有效性为“失效”时请填写日期',
      '第4行 «所属部门»：本机关没有名为“治安大队”的部门',
      '第4行 «组配分类»：本机关没有名为“人事信息”的组配分类栏目',
      '第5行 «组配分类»：本机关没有名为“工作动态”的组配分类栏目',
    ]);
    expect(e.message).toMatch(/^导入文件中有3行有误，未写入任何信息/);
    expect(await count()).toBe(before);
  });

  it('refuses a 索引号 already in the database or twice in the file, writing nothing', async () => {
    const before = await count();
    const inDb = await refused(importItems(deps(), w.headA, csv(
      ',新的一条,,,,2025-03-01,,,,,,,',
      '000014349/2018-00222,已导入过,,,,2018-03-10,,,,,,,',
    ), 'again.csv'));
    expect(inDb.issues.map((i) => i.message)).toEqual(['第3行 «索引号»：索引号“000014349/2018-00222”已被其他信息使用（索引号唯一且不可更改）']);
    const twice = await refused(importItems(deps(), w.headA, csv(
      '11370812004339255B/2020-22849,一,,,,2020-05-01,,,,,,,',
      '11370812004339255B/2020-22849,二,,,,2020-05-02,,,,,,,',
    ), 'twice.csv'));
    expect(twice.issues.map((i) => i.message)).toEqual(['第3行 «索引号»：索引号“11370812004339255B/2020-22849”与第2行重复']);
    expect(await count()).toBe(before);
    expect((await listItems(database.db, { agencyId: w.agencyA, year: 2025 })).items.map((i) => i.title)).not.toContain('新的一条');
  });

  it('continues the agency numbering after imported numbers of its own form', async () => {
    const r = await importItems(deps(), w.headA, csv(
      'JIA/2025-00007,自有格式,,,,2025-04-01,,,,,,,',
      ',随后生成,,,,2025-04-02,,,,,,,',
    ), 'own.csv');
    expect(r.items.map((i) => i.indexNumber)).toEqual(['JIA/2025-00007', 'JIA/2025-00008']);
    clock.at('2025-12-01');
    const id = await createItem(deps(), w.handlerA, { title: '年末发布', publisher: '甲市公安局', writtenOn: '2025-11-28' });
    await itemAction(deps(), w.handlerA, id, 'submit', {});
    await itemAction(deps(), w.reviewerA, id, 'approve', {});
    const published = await itemAction(deps(), w.reviewerA, id, 'publish', { publishedOn: '2025-12-01' });
    expect(published.indexNumber).toBe('JIA/2025-00009');
    clock.at('2026-05-06');
  });

  it.each([['a_handler', 'handlerA'], ['a_reviewer', 'reviewerA']] as const)('refuses %s: import is for 负责人 and 管理员', async (_u, who) => {
    const before = await count();
    const e = await refused(importItems(deps(), w[who], csv(',不应写入,,,,2025-03-01,,,,,,,'), 'x.csv'));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toBe('批量导入主动公开信息需由负责人、管理员办理');
    expect(await count()).toBe(before);
  });

  it('refuses an old .xls file and a file without the required columns', async () => {
    expect((await refused(importItems(deps(), w.headA, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'old.xls'))).message).toContain('不支持旧版 .xls 文件');
    expect((await refused(importItems(deps(), w.headA, new TextEncoder().encode('名称\n一条\n'), 'x.csv'))).message).toContain('缺少必需的列：发布日期');
  });
});
