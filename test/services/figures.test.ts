import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, OpenDatabase } from '../../src/db/database.ts';
import { listFigures } from '../../src/db/repositories/period-figures.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { enterFigure, figuresForYear, section2ForYear } from '../../src/services/figures.ts';
import { decodeText, importFigures } from '../../src/services/figures-import.ts';
import { buildWorld, depsFor, TestClock } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';

async function rejects(p: Promise<unknown>, code: string): Promise<DomainError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(code);
  return err as DomainError;
}

/** GBK bytes of `text`, from the reverse of the WHATWG GBK decoder (ASCII passes through). */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const dec = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

let itemSeq = 0;
/** Inserts a catalog item directly (the item services belong to another module). */
async function insertItem(db: Db, agencyId: number, over: { regulation_kind: string; status?: string; written_on?: string | null; published_on?: string | null; abolished_on?: string | null; article20?: number }) {
  itemSeq += 1;
  await db.insertInto('items').values({
    agency_id: agencyId, title: `规范性文件${itemSeq}`, publisher: '甲市公安局', status: 'published', article20: 1,
    version: 0, validity: '有效', disclosure_method: '主动公开', disclosure_scope: '面向社会', body_html: '', body_text: '',
    created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', ...over,
  }).execute();
}

describe.each(testDialects)('period figures on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock('2026-01-10');
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
  });
  afterAll(async () => database.close());
  const deps = () => depsFor(database.db, clock);

  it('enters a monthly figure with who entered it, and a second entry replaces the first', async () => {
    const f = await enterFigure(deps(), w.handlerA, { year: 2025, month: 3, kind: 'penalty_decisions', value: 7 });
    expect(f).toMatchObject({ year: 2025, month: 3, kind: 'penalty_decisions', value: 7, enteredBy: '甲经办' });
    clock.at('2026-01-12');
    await enterFigure(deps(), w.reviewerA, { year: 2025, month: 3, kind: 'penalty_decisions', value: 9 });
    const all = await figuresForYear(deps(), w.headA, 2025);
    expect(all).toEqual([{ year: 2025, month: 3, kind: 'penalty_decisions', value: 9, enteredBy: '甲审核', enteredAt: '2026-01-12T02:00:00.000Z' }]);
    expect(await figuresForYear(deps(), w.handlerB, 2025)).toEqual([]); // other agency sees none
  });

  it('keeps amounts beyond 32 bits exact (fen)', async () => {
    await enterFigure(deps(), w.handlerA, { year: 2024, month: 12, kind: 'fee_amount', value: 987_654_321_012 });
    expect((await listFigures(database.db, w.agencyA, [2024])).find((f) => f.kind === 'fee_amount')?.value).toBe(987_654_321_012);
  });

  it('refuses bad entries with the field named, and an admin-only actor', async () => {
    const e = await rejects(enterFigure(deps(), w.handlerA, { year: 2025, month: 13, kind: 'coercion_decisions', value: -1 }), 'VALIDATION');
    expect(e.issues.map((i) => i.field)).toEqual(['month', 'value']);
    expect(e.message).toContain('月份应为1至12的整数');
    const f = await rejects(enterFigure(deps(), w.adminA, { year: 2025, month: 1, kind: 'coercion_decisions', value: 1 }), 'FORBIDDEN');
    expect(f.message).toBe('录入统计数据需由经办人、审核人、负责人办理');
    await rejects(importFigures(deps(), w.adminA, utf8('年,月,项目,数值\n2025,1,行政强制,1\n'), 'f.csv'), 'FORBIDDEN');
    expect((await listFigures(database.db, w.agencyA, [2025])).some((x) => x.kind === 'coercion_decisions')).toBe(false);
  });

  it('imports a UTF-8 CSV with BOM, amounts in 元 stored as fen', async () => {
    const csv = '\uFEFF年,月,项目,数值\r\n2025,1,行政许可,12\r\n2025,2,行政许可,30\r\n2025年,2月,行政事业性收费,"1,234.56"\r\n\r\n2025,,行政许可项目数量,23\r\n';
    const r = await importFigures(deps(), w.handlerA, utf8(csv), '2025年统计.csv');
    expect(r.count).toBe(4);
    const got = await listFigures(database.db, w.agencyA, [2025]);
    expect(got.filter((f) => f.kind !== 'penalty_decisions').map((f) => [f.kind, f.month, f.value, f.enteredBy])).toEqual([
      ['fee_amount', 2, 123456, '甲经办'],
      ['permit_decisions', 1, 12, '甲经办'],
      ['permit_decisions', 2, 30, '甲经办'],
      ['permit_items', 0, 23, '甲经办'],
    ]);
  });

  it('imports a GBK CSV as Excel saves it on Chinese Windows', async () => {
    const bytes = encodeGbk('项目,年,月,数值\r\n行政强制,2025,4,5\r\n其他对外管理服务事项,2025,4,86\r\n');
    expect([...bytes.slice(0, 2)]).toEqual([0xcf, 0xee]); // 项 in GBK: not UTF-8
    expect(decodeText(bytes).startsWith('项目,年,月,数值')).toBe(true);
    await importFigures(deps(), w.headA, bytes, 'gbk.csv');
    const got = await listFigures(database.db, w.agencyA, [2025]);
    expect(got.filter((f) => f.month === 4).map((f) => [f.kind, f.value, f.enteredBy])).toEqual([
      ['coercion_decisions', 5, '甲负责'],
      ['other_service_decisions', 86, '甲负责'],
    ]);
  });

  it('imports an XLSX file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('统计');
    ws.addRow(['年', '月', '项目', '数值']);
    ws.addRow([2025, 5, '行政处罚', 11]);
    ws.addRow([2025, 5, '政府集中采购总金额', 17538.02]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await importFigures(deps(), w.handlerA, bytes, 'figures.xlsx')).count).toBe(2);
    const got = await listFigures(database.db, w.agencyA, [2025]);
    expect(got.filter((f) => f.month === 5).map((f) => [f.kind, f.value])).toEqual([['penalty_decisions', 11], ['procurement_amount', 1_753_802]]);
  });

  it('writes nothing when one row is bad, and names every bad line', async () => {
    const before = await listFigures(database.db, w.agencyA, [2025]);
    const csv = '年,月,项目,数值\n2025,6,行政许可,1\n2025,13,行政许可,2\n2025,7,行政复议,3\n2025,6,行政许可,4\n2025,8,行政事业性收费,1.234\n';
    const e = await rejects(importFigures(deps(), w.handlerA, utf8(csv), 'bad.csv'), 'VALIDATION');
    expect(e.issues).toEqual([
      { field: 'line.3', message: '第3行：月份应为1至12的整数' },
      { field: 'line.4', message: '第4行：项目“行政复议”不是可录入的统计项目' },
      { field: 'line.5', message: '第5行：与第2行重复（2025年6月 行政许可）' },
      { field: 'line.6', message: '第6行：金额“1.234”应为以元为单位、最多两位小数的数' },
    ]);
    expect(e.message).toMatch(/^导入文件中有4行有误，未写入任何数据。第3行：/);
    expect(await listFigures(database.db, w.agencyA, [2025])).toEqual(before);
  });

  it('refuses a file without the needed columns, or of another type', async () => {
    const e = await rejects(importFigures(deps(), w.handlerA, utf8('年份,项目,金额\n2025,行政许可,1\n'), 'x.csv'), 'VALIDATION');
    expect(e.message).toBe('第1行表头缺少列：月（应有 年、月、项目、数值 四列）');
    await rejects(importFigures(deps(), w.handlerA, utf8('x'), 'x.pdf'), 'VALIDATION');
  });
});

describe.each(testDialects)('section 二 query on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    const db = database.db;
    const a = w.agencyA;
    await insertItem(db, a, { regulation_kind: '规章', written_on: '2020-04-01', published_on: '2020-04-03' });
    await insertItem(db, a, { regulation_kind: '规章', written_on: '2021-05-01', published_on: '2021-05-08', abolished_on: '2023-03-01' });
    await insertItem(db, a, { regulation_kind: '规章', written_on: '2023-06-01', published_on: '2023-06-02' });
    await insertItem(db, a, { regulation_kind: '行政规范性文件', written_on: '2023-12-29', published_on: '2024-01-05' });
    await insertItem(db, a, { regulation_kind: '行政规范性文件', written_on: '2023-02-01', published_on: null, status: 'draft' });
    await insertItem(db, a, { regulation_kind: '规章', written_on: '2023-07-01', published_on: '2023-07-02', article20: 5 });
    await insertItem(db, w.agencyB, { regulation_kind: '规章', written_on: '2023-07-01', published_on: '2023-07-02' });
    const deps = depsFor(db, new TestClock('2024-01-10'));
    for (const m of [1, 6, 12]) await enterFigure(deps, w.handlerA, { year: 2023, month: m, kind: 'permit_decisions', value: m * 10 });
    await enterFigure(deps, w.handlerA, { year: 2022, month: 12, kind: 'permit_decisions', value: 500 });
    await enterFigure(deps, w.handlerA, { year: 2023, month: 2, kind: 'penalty_decisions', value: 4 });
    await enterFigure(deps, w.handlerA, { year: 2023, month: 3, kind: 'fee_amount', value: 123_456_789 }); // 1 234 567.89 元
    await enterFigure(deps, w.handlerA, { year: 2022, month: 0, kind: 'permit_items', value: 23 });
    await enterFigure(deps, w.handlerA, { year: 2023, month: 0, kind: 'permit_items', value: 21 });
    await enterFigure(deps, w.handlerB, { year: 2023, month: 1, kind: 'penalty_decisions', value: 1000 });
  });
  afterAll(async () => database.close());

  it('picks the format the year uses unless told', async () => {
    expect((await section2ForYear(database.db, w.agencyA, 2023)).format).toBe('2021');
    expect((await section2ForYear(database.db, w.agencyA, 2020)).format).toBe('2019');
  });

  it('gives the 2021 format with 现行有效件数 carried across years', async () => {
    const s = await section2ForYear(database.db, w.agencyA, 2023, '2021');
    const [t1, t5, t6, t8] = s.tables;
    expect(t1.rows.map((r) => [r.label, r.cells])).toEqual([
      ['规章', { 本年制发件数: 1, 本年废止件数: 1, 现行有效件数: 2 }],
      ['行政规范性文件', { 本年制发件数: 1, 本年废止件数: 0, 现行有效件数: 1 }],
    ]);
    expect(t5.rows[0]?.cells.本年处理决定数量).toBe(190);
    expect(t6.rows.map((r) => r.cells.本年处理决定数量)).toEqual([4, 0]);
    expect(t8.rows[0]?.cells['本年收费金额（单位：万元）']).toBe('123.4568');
  });

  it.each([
    [2021, { 本年制发件数: 1, 本年废止件数: 0, 现行有效件数: 2 }],
    [2022, { 本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 2 }],
    [2024, { 本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 2 }],
  ])('规章 in %i', async (year, cells) => {
    const s = await section2ForYear(database.db, w.agencyA, year, '2021');
    expect(s.tables[0].rows[0]?.cells).toEqual(cells);
  });

  it('gives the 2019 trial format for the same year on request', async () => {
    const s = await section2ForYear(database.db, w.agencyA, 2023, '2019');
    const [t1, t5] = s.tables;
    expect(t1.rows.map((r) => [r.label, r.cells])).toEqual([
      ['规章', { 本年新制作数量: 1, 本年新公开数量: 1, 对外公开总数量: 3 }],
      ['规范性文件', { 本年新制作数量: 1, 本年新公开数量: 0, 对外公开总数量: 0 }],
    ]);
    expect(t5.rows[0]?.cells).toEqual({ 上一年项目数量: 23, '本年增/减': -2, 处理决定数量: 190 });
    expect(s.tables[4].rows[0]?.cells).toEqual({ 采购项目数量: 0, 采购总金额: '0元' });
  });
});
