import OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, OpenDatabase } from '../../src/db/database.ts';
import { reindexItem, reindexStaleItems, searchItems } from '../../src/db/repositories/item-search.ts';
import type { ItemSearchQuery } from '../../src/db/repositories/item-search.ts';
import { gramTokens, highlight, parseSearchText, snippet } from '../../src/db/repositories/item-search-text.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { freshDb, testDialects } from '../support/db.ts';

const NOW = '2026-03-02T02:00:00Z';

interface ItemSpec {
  title: string;
  body?: string;
  summary?: string | null;
  status?: string;
  publishedOn?: string | null;
  docNumber?: string | null;
  indexNumber?: string | null;
  article20?: number | null;
  departmentId?: number | null;
  validity?: string;
  agencyId?: number;
}

async function addAgency(db: Db, code: string, name: string): Promise<number> {
  const a = await db.insertInto('agencies').values({ code, name, org_code: null, kind: 'agency', supervisor_id: null, address: null, phone: null, postal_code: null, created_at: NOW })
    .returning('id').executeTakeFirstOrThrow();
  return a.id;
}

async function addItem(db: Db, agencyId: number, s: ItemSpec): Promise<number> {
  const body = s.body ?? '';
  const r = await db.insertInto('items').values({
    agency_id: s.agencyId ?? agencyId, index_number: s.indexNumber ?? null, title: s.title, summary: s.summary ?? null, topic: null, column_id: null,
    publisher: '甲市公安局', written_on: null, formed_on: null, published_on: s.publishedOn === undefined ? '2025-01-01' : s.publishedOn,
    doc_number: s.docNumber ?? null, validity: s.validity ?? '有效', validity_changed_on: null, disclosure_method: '主动公开', disclosure_scope: '面向社会',
    keywords: null, body_html: `<p>${body}</p>`, body_text: body, department_id: s.departmentId ?? null, article20: s.article20 ?? null,
    regulation_kind: null, abolished_on: null, status: s.status ?? 'published', author_id: null, reviewer_id: null, review_note: null,
    version: 1, created_at: NOW, updated_at: NOW,
  }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

const ids = (hits: { id: number }[]) => hits.map((h) => h.id).sort((a, b) => a - b);

describe.each(testDialects)('item search on %s', (dialect) => {
  let opened: OpenDatabase;
  let db: Db;
  const it$: Record<string, number> = {};
  let agencyA = 0;
  let agencyB = 0;
  let deptHukou = 0;
  let deptTraffic = 0;

  beforeAll(async () => {
    opened = await freshDb(dialect);
    db = opened.db;
    agencyA = await addAgency(db, 'SGAJ', '甲市公安局');
    agencyB = await addAgency(db, 'YGAJ', '乙县公安局');
    deptHukou = (await db.insertInto('departments').values({ agency_id: agencyA, name: '户政科' }).returning('id').executeTakeFirstOrThrow()).id;
    deptTraffic = (await db.insertInto('departments').values({ agency_id: agencyA, name: '交通警察支队' }).returning('id').executeTakeFirstOrThrow()).id;
    const items: Record<string, ItemSpec> = {
      hukou: { title: '户口迁移办理指南', summary: '办理户口迁移的条件、材料和流程', body: '申请人持居民户口簿、居民身份证到派出所户籍窗口办理户口迁移手续，办理时限为5个工作日。', publishedOn: '2025-03-10', docNumber: '示公通〔2025〕12号', indexNumber: '11350100MB0000000X/2025-00001', article20: 12, departmentId: deptHukou },
      traffic: { title: '关于公开2025年交通违法处理情况的通知', summary: null, body: '现将本市2025年上半年交通违法处理情况予以公告，接受社会监督。', publishedOn: '2025-07-01', docNumber: '示公通〔2025〕120号', indexNumber: '11350100MB0000000X/2025-00002', article20: 6, departmentId: deptTraffic },
      exit: { title: '出入境证件办理须知', body: '护照、往来港澳通行证的申请材料与收费标准。', publishedOn: '2024-11-20', indexNumber: '11350100MB0000000X/2024-00031', article20: 12, departmentId: deptHukou, validity: '失效' },
      guide: { title: '甲市公安局政府信息公开指南', body: '本机关依申请公开政府信息的受理机构、办理流程和收费标准。', publishedOn: '2024-01-05', article20: 1 },
      script: { title: '警情通报<script>alert(1)</script>', body: '本周辖区治安总体平稳。', publishedOn: '2025-02-02' },
      other: { title: '乙县户口登记工作规范', body: '户口登记由户籍地派出所办理。', publishedOn: '2025-05-05', agencyId: 0 },
      draft: { title: '户口管理公开草稿', body: '尚未审查的草稿，含关键词户口与公开与秘密字样。', status: 'draft' },
      rejected: { title: '户口统计公开（退回）', body: '保密审查未通过，秘密字样。', status: 'rejected' },
      withdrawn: { title: '户口政策公开解读（已撤回）', body: '已撤回的秘密文件。', status: 'withdrawn', publishedOn: '2025-04-04' },
    };
    for (const [key, spec] of Object.entries(items)) {
      it$[key] = await addItem(db, agencyA, { ...spec, agencyId: spec.agencyId === 0 ? agencyB : agencyA });
    }
    await reindexStaleItems(db);
  });

  afterAll(async () => {
    await opened?.close();
  });

  const search = (text: string, more: Partial<ItemSearchQuery> = {}) => searchItems(db, { text, ...more });

  it.each([
    ['公开', ['traffic', 'guide']],
    ['户口', ['hukou', 'other']],
    ['办理', ['hukou', 'exit', 'guide', 'other']],
    ['出入境', ['exit']],
    ['户口迁移', ['hukou']],
    ['收费标准', ['exit', 'guide']],
    ['户口 迁移', ['hukou']],
    ['户口 派出所', ['hukou', 'other']],
    ['公开 交通违法', ['traffic']],
    ['公开 户口', []],
    ['示公通〔2025〕12号', ['hukou']],
    ['示公通〔2025〕120号', ['traffic']],
    ['11350100MB0000000X/2025-00001', ['hukou']],
    ['mb0000000x/2025', ['hukou', 'traffic']],
    ['2024-00031', ['exit']],
    ['秘密', []],
  ])('%s finds exactly the right published items', async (text, keys) => {
    const r = await search(text);
    expect(ids(r.hits)).toEqual(ids(keys.map((k) => ({ id: it$[k] as number }))));
    expect(r.total).toBe(keys.length);
    expect(r.totalCapped).toBe(false);
  });

  it('never returns draft, rejected or withdrawn items', async () => {
    const hidden = new Set([it$.draft, it$.rejected, it$.withdrawn]);
    for (const text of ['户口', '公开', '户口管理', '户口统计', '政策公开解读', '草稿']) {
      const r = await search(text);
      expect(r.hits.filter((h) => hidden.has(h.id))).toEqual([]);
    }
    expect((await search('草稿')).total).toBe(0);
  });

  it('orders hits newest first and pages with a stable total', async () => {
    const all = await search('办理');
    expect(all.hits.map((h) => h.publishedOn)).toEqual(['2025-05-05', '2025-03-10', '2024-11-20', '2024-01-05']);
    const pages = [await search('办理', { limit: 3 }), await search('办理', { limit: 3, offset: 3 }), await search('办理', { limit: 3, offset: 6 })];
    expect(pages.map((p) => p.total)).toEqual([4, 4, 4]);
    expect(pages.map((p) => p.hits.length)).toEqual([3, 1, 0]);
    expect([...(pages[0]?.hits ?? []), ...(pages[1]?.hits ?? [])].map((h) => h.id)).toEqual(all.hits.map((h) => h.id));
  });

  it('caps the count and then reads frequent terms newest first, in the same order', async () => {
    const sorted = await search('办理', { limit: 1 });
    for (const offset of [0, 1]) {
      const capped = await searchItems(db, { text: '办理', limit: 1, offset }, { countLimit: 2 });
      const full = await search('办理', { limit: 1, offset });
      expect(capped.total).toBe(2);
      expect(capped.totalCapped).toBe(true);
      expect(capped.hits.map((h) => h.id)).toEqual(full.hits.map((h) => h.id));
    }
    expect(sorted.hits[0]?.id).toBe(it$.other);
    await expect(searchItems(db, { text: '办理', offset: 2 }, { countLimit: 2 })).rejects.toThrow(/最多显示前2条/);
  });

  it.each([
    [{ article20: 12 }, ['hukou', 'exit']],
    [{ year: 2024 }, ['exit', 'guide']],
    [{ year: 2025 }, ['hukou', 'other']],
    [{ departmentId: 'hukou' }, ['hukou', 'exit']],
    [{ departmentId: 'traffic' }, []],
    [{ validity: '失效' }, ['exit']],
    [{ validity: '有效' }, ['hukou', 'guide', 'other']],
    [{ agencyId: 'B' }, ['other']],
    [{ agencyId: 'A', year: 2025 }, ['hukou']],
  ] as const)('filters “办理” by %o', async (f, keys) => {
    const q: Partial<ItemSearchQuery> = { ...f } as Partial<ItemSearchQuery>;
    if ('departmentId' in f) q.departmentId = f.departmentId === 'hukou' ? deptHukou : deptTraffic;
    if ('agencyId' in f) q.agencyId = f.agencyId === 'A' ? agencyA : agencyB;
    const r = await search('办理', q);
    expect(ids(r.hits)).toEqual(ids(keys.map((k) => ({ id: it$[k] as number }))));
    expect(r.total).toBe(keys.length);
  });

  it('marks the terms in the snippet and escapes the rest', async () => {
    const [hit] = (await search('户口 迁移', { agencyId: agencyA })).hits;
    expect(hit?.snippet).toBe('办理<mark>户口</mark><mark>迁移</mark>的条件、材料和流程');
    expect(hit).toMatchObject({ title: '户口迁移办理指南', docNumber: '示公通〔2025〕12号', indexNumber: '11350100MB0000000X/2025-00001', publishedOn: '2025-03-10', agencyId: agencyA });
    const [script] = (await search('警情')).hits;
    expect(script?.title).toBe('警情通报<script>alert(1)</script>');
    expect(script?.snippet).toBe('<mark>警情</mark>通报&lt;script&gt;alert(1)&lt;/script&gt;');
    expect((await search('script')).hits[0]?.snippet).toContain('&lt;<mark>script</mark>&gt;');
  });

  it.each([
    ['x'.repeat(101), /不能超过100个字/],
    ['户口 迁 移', /至少两个字/],
    ['  \u0000 ', /请输入搜索词/],
  ])('refuses %j', async (text, message) => {
    const err = await search(text).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(message) as unknown });
  });

  it('accepts 100 characters and strips control characters', async () => {
    expect((await search(`  户口${'　'.repeat(96)}迁移  `)).total).toBe(1);
    expect((await search('户\u0000口\u200b迁移')).hits.map((h) => h.id)).toEqual([it$.hukou]);
  });

  it('finds Simplified items for a Traditional query converted first', async () => {
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    expect(toSimplified('戶口遷移')).toBe('户口迁移');
    expect((await search('戶口遷移')).total).toBe(0);
    expect((await search(toSimplified('戶口遷移'))).hits.map((h) => h.id)).toEqual([it$.hukou]);
    expect((await search(toSimplified('出入境證件 護照'))).hits.map((h) => h.id)).toEqual([it$.exit]);
  });

  it('follows changes to an item: title, unpublishing, publishing', async () => {
    const id = await addItem(db, agencyA, { title: '居住证申领须知', body: '流动人口申领居住证的条件。', publishedOn: '2025-08-08' });
    // Not yet reindexed: two-character terms still find it (SQLite scans queued items).
    expect(ids((await search('居住')).hits)).toEqual([id]);
    await reindexItem(db, id);
    expect(ids((await search('居住')).hits)).toEqual([id]);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('items').set({ title: '暂住登记须知', body_text: '流动人口办理暂住登记的条件。' }).where('id', '=', id).execute();
      await reindexItem(trx, id);
    });
    expect((await search('居住')).total).toBe(0);
    expect((await search('居住证')).total).toBe(0);
    expect(ids((await search('暂住')).hits)).toEqual([id]);
    expect(ids((await search('暂住登记')).hits)).toEqual([id]);
    await db.updateTable('items').set({ status: 'withdrawn' }).where('id', '=', id).execute();
    expect((await search('暂住')).total).toBe(0);
    expect((await search('暂住登记')).total).toBe(0);
    await db.updateTable('items').set({ status: 'published' }).where('id', '=', id).execute();
    expect(ids((await search('暂住')).hits)).toEqual([id]);
    expect(await reindexStaleItems(db)).toBe(dialect === 'sqlite' ? 1 : 0);
    expect(ids((await search('暂住 流动人口')).hits)).toEqual([id]);
    await db.deleteFrom('items').where('id', '=', id).execute();
    expect((await search('暂住')).total).toBe(0);
    expect((await search('暂住登记')).total).toBe(0);
  });

  it('finds a draft once published, at its publication date', async () => {
    const id = await addItem(db, agencyA, { title: '犬只登记办理指南', body: '养犬人办理犬只登记。', status: 'draft', publishedOn: null });
    expect((await search('犬只')).total).toBe(0);
    await db.updateTable('items').set({ status: 'published', published_on: '2025-12-31' }).where('id', '=', id).execute();
    // Queued, not yet reindexed: a mixed query (two- and four-character terms) and a two-character one.
    expect((await search('犬只 办理指南')).hits.map((h) => h.id)).toEqual([id]);
    expect((await search('办理', { limit: 2 })).hits.map((h) => h.id)).toEqual([id, it$.other]);
    expect((await search('办理', { limit: 2, offset: 1 })).hits.map((h) => h.id)).toEqual([it$.other, it$.hukou]);
    expect((await search('办理', { year: 2025 })).total).toBe(3);
    await reindexItem(db, id);
    expect((await search('犬只 办理指南')).hits.map((h) => h.id)).toEqual([id]);
    await db.updateTable('items').set({ published_on: '2023-06-01' }).where('id', '=', id).execute();
    await reindexItem(db, id);
    const all = await search('办理');
    expect(all.hits.at(-1)?.id).toBe(id);
    expect((await search('办理', { year: 2023 })).hits.map((h) => h.id)).toEqual([id]);
    expect((await search('犬只 办理', { year: 2025 })).total).toBe(0);
    await db.deleteFrom('items').where('id', '=', id).execute();
    expect((await search('犬只')).total).toBe(0);
  });
});

describe('search text', () => {
  it('splits on any whitespace and drops repeated terms', () => {
    expect(parseSearchText(' 户口\t迁移　户口\n办理 ')).toEqual(['户口', '迁移', '办理']);
  });

  it('makes one token per distinct character pair, none across whitespace', () => {
    expect(gramTokens('公开 公开A').split(' ')).toEqual(['公开', '开a'].map((p) => Buffer.from(p).toString('hex')));
  });

  it('cuts a window of about 80 characters around the first match', () => {
    const text = `${'甲'.repeat(100)}户口${'乙'.repeat(100)}`;
    const s = snippet([null, text], ['户口']);
    expect(s).toBe(`…${'甲'.repeat(20)}<mark>户口</mark>${'乙'.repeat(58)}…`);
    expect(snippet(['无关内容'], ['户口'])).toBe('无关内容');
    expect(highlight('A&B ab', ['ab'])).toBe('A&amp;B <mark>ab</mark>');
  });
});
