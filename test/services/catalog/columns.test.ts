import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../src/db/database.ts';
import { addColumn, columnPaths, columns, removeColumn, renameCatalogColumn } from '../../../src/services/catalog/columns.ts';
import { createItem } from '../../../src/services/catalog/items.ts';
import { buildWorld, depsFor } from '../../support/builders.ts';
import type { World } from '../../support/builders.ts';
import { freshDb, testDialects } from '../../support/db.ts';

describe.each(testDialects)('组配分类 on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
  });
  afterAll(async () => database.close());

  it('builds a tree, files items under it, and refuses to delete a column in use', async () => {
    const deps = depsFor(database.db);
    const top = await addColumn(deps, w.headA, { name: '公安工作', parentId: null });
    const sub = await addColumn(deps, w.headA, { name: '交通管理', parentId: top });
    await expect(addColumn(deps, w.headA, { name: '交通管理', parentId: top })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(addColumn(deps, w.handlerA, { name: '其他', parentId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(columnPaths(await columns(deps, w.headA)).map((c) => c.label)).toEqual(['公安工作', '公安工作 › 交通管理']);
    await createItem(deps, w.handlerA, { title: '交通通告', publisher: '甲市公安局', columnId: String(sub) });
    await expect(removeColumn(deps, w.headA, sub)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(removeColumn(deps, w.headA, top)).rejects.toMatchObject({ code: 'CONFLICT' });
    await renameCatalogColumn(deps, w.headA, sub, '道路交通管理');
    expect((await columns(deps, w.headA)).find((c) => c.id === sub)).toMatchObject({ name: '道路交通管理', items: 1 });
    // Another agency can neither see the columns nor file items under them.
    expect(await columns(deps, w.handlerB)).toEqual([]);
    await expect(createItem(deps, w.handlerB, { title: '乙', publisher: '乙市教育局', columnId: String(sub) })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
