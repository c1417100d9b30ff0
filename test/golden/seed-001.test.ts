/**
 * Golden test (issue 4): seed 001 — 六盘水市公安局's real 2020 report in the 2019 trial format — from
 * records. The records are derived from the fixture's figures by loops over its cells (never typed
 * per cell) and created through the real services — intake, case actions, catalog items, period
 * figures, review and litigation records — with a TestClock moving through 2019, 2020 and into 2021
 * (China dates). Then `computeAnnualReport(2020)` must equal the fixture in every table cell of the
 * 2019 format; a mismatch is reported by its statutory place (`cellPlace`).
 *
 * How each figure becomes records (docs/annual-report.md, “The seed 001 golden test”):
 * - 二 第二十条（一）: per kind, (对外公开总数量 − 本年新公开数量) items written and published in 2019,
 *   本年新公开数量 items published in 2020 — written in 2020 as far as 本年新制作数量 goes, the rest
 *   written in 2019 — and, if 本年新制作数量 is larger, items written in 2020 but published in 2021.
 * - 二 项目数量: the yearly figure for 2019 is 上一年项目数量, for 2020 上一年项目数量 + 本年增/减 (the seed's
 *   “减2” / “减3” are −2 and −3: 12 → 10 and 11 → 8). A decrease below zero could not be entered
 *   (项目数量 ≥ 0) and would fail here with an explanation; seed 001 has none.
 * - 二 处理决定数量, 采购项目数量, 采购总金额: monthly figures of 2020 adding up to the year's figure.
 * - 三: per applicant column, 二 cases received in December 2019 and carried over, 一 cases received in
 *   2020; 四 of them (the latest received) left open at the end of 2020 and decided in 2021; the
 *   others decided in 2020 with one outcome per case, as many per outcome row as the fixture says.
 *   The 2019 format's single （六）其他处理 row is produced with the outcome 其他 (6.3).
 * - 四: per row (行政复议, 未经复议直接起诉, 复议后起诉) and result column, that many records accepted in
 *   2020; decided ones decided in 2020; 尚未审结 ones decided only in 2021.
 * Around them, records that must not count in agency 甲's 2020 report: a case, a review and monthly
 * figures of 2019; a draft 规章 never published; a case, an item, a review and figures of agency 乙;
 * a case and a lawsuit of 2021. Seed 001 has zeros in most cells (one application, no 规章, no
 * review or lawsuit), so these are what make the zeros meaningful; the 2019 report is checked to
 * count its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { APPLICANT_TYPES } from '../../src/domain/applicants.ts';
import { APPEAL_KINDS, APPEAL_RESULTS } from '../../src/domain/appeals.ts';
import { FIGURE_KINDS } from '../../src/domain/catalog/figures.ts';
import type { FigureKind } from '../../src/domain/catalog/figures.ts';
import { DECIDABLE_OUTCOMES } from '../../src/domain/outcomes.ts';
import { applicationsRowFor } from '../../src/domain/report/applications-labels.ts';
import { SECTION_HEADINGS } from '../../src/domain/report/headings.ts';
import { allCellRefs, cellPlace, sectionTables } from '../../src/domain/report/labels.ts';
import { getCell, setCell } from '../../src/domain/report/model.ts';
import type { AnnualReport } from '../../src/domain/report/model.ts';
import type { Actor, Deps } from '../../src/services/deps.ts';
import { decideAppeal, recordAppeal } from '../../src/services/appeals.ts';
import { performAction } from '../../src/services/case-actions.ts';
import { createItem, itemAction } from '../../src/services/catalog/items.ts';
import { enterFigure } from '../../src/services/figures.ts';
import { submitOnline } from '../../src/services/intake.ts';
import { computeAnnualReport } from '../../src/services/report/compute.ts';
import { seed001 } from '../fixtures/report/seed-001.ts';
import { applicationPayload, buildWorld, depsFor, TestClock, VALID_USCC } from '../support/builders.ts';
import type { World } from '../support/builders.ts';
import { freshDb, testDialects } from '../support/db.ts';

const SEED = seed001();
const YEAR = SEED.year; // 2020
const FORMAT = SEED.format; // '2019'
const PREV = YEAR - 1;
const NEXT = YEAR + 1;

/** The fixture's value of a cell, as a count (a blank seed cell would be a fixture error). */
function seedValue(section: 'proactive' | 'applications' | 'appeals', row: string, column: string): number {
  const v = getCell(SEED, { section, row, column });
  if (v === null) throw new Error(`seed 001 has a blank cell ${section}/${row}/${column}`);
  return v;
}

/** `total` split over the twelve months as evenly as whole numbers allow (remainders early in the year). */
function monthly(total: number): number[] {
  const base = Math.floor(total / 12);
  return Array.from({ length: 12 }, (_, i) => base + (i < total % 12 ? 1 : 0));
}

/** A day of the year `y` as a civil date. */
const d = (y: number, mmdd: string) => `${y}-${mmdd}`;

/**
 * Steps of the timeline, each run with the clock at its date. Steps are collected, then run in date
 * order (stable: steps of one date keep the order they were added in), so the clock only moves forward.
 */
class Timeline {
  private steps: { on: string; run: () => Promise<void> }[] = [];
  at(on: string, run: () => Promise<void>): void {
    this.steps.push({ on, run });
  }
  async play(clock: TestClock): Promise<void> {
    const ordered = this.steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.on.localeCompare(b.on) || a.i - b.i);
    for (const s of ordered) {
      clock.at(s.on);
      await s.run();
    }
  }
}

/** An application payload for an applicant column (a person or an organisation of that kind). */
function payloadFor(type: string, n: number, title: string): Record<string, string> {
  const info = { infoTitle: `${title}（${n}）`, infoDescription: `申请公开${title}` };
  if (type === 'natural_person') return applicationPayload({ applicantName: `申请人${n}`, ...info });
  const label = APPLICANT_TYPES.find((a) => a.code === type)?.label ?? type;
  return applicationPayload({ applicantType: type, applicantName: `${label}申请单位${n}`, orgCode: VALID_USCC, contactPerson: '李联系', idNumber: '', ...info });
}

/** The 2019-format outcome row (三.x) → an outcome a staff member may decide that is counted there. */
function outcomeForRow(row: string): string {
  const o = DECIDABLE_OUTCOMES.find((x) => applicationsRowFor(FORMAT, `三.${x.row}`) === row);
  if (!o) throw new Error(`no decidable outcome is counted in row ${row} of the ${FORMAT} format`);
  return o.code;
}

const decision = (outcome: string) => (outcome === 'disclose' ? { outcome } : { outcome, reason: '依据《中华人民共和国政府信息公开条例》作出答复' });

/** Section 三: carried-over, new, decided and open cases per applicant column, from the fixture. */
function planCases(t: Timeline, deps: () => Deps, w: World): void {
  const [table] = sectionTables(FORMAT, 'applications');
  if (!table) throw new Error('no section 三 table');
  const outcomeRows = table.rows.map((r) => r.code).filter((code) => code.startsWith('三.') && code !== '三.7');
  let serial = 0;
  for (const { code: type } of APPLICANT_TYPES) {
    const fresh = seedValue('applications', '一', type);
    const carried = seedValue('applications', '二', type);
    const open = seedValue('applications', '四', type);
    const outcomes = outcomeRows.flatMap((row) => Array.from({ length: seedValue('applications', row, type) }, () => outcomeForRow(row)));
    if (fresh + carried !== outcomes.length + open) throw new Error(`seed 001 column ${type}: 一 + 二 ≠ 三（七） + 四`);
    // The latest received stay open: new cases first, then carried-over ones if 四 is larger.
    const freshOpen = Math.min(open, fresh);
    const carriedOpen = open - freshOpen;
    const toDecide = [...outcomes];
    for (let i = 0; i < carried; i++) {
      const n = ++serial;
      let id = 0;
      t.at(d(PREV, '12-16'), async () => {
        id = (await submitOnline(deps(), w.agencyA, payloadFor(type, n, '上年结转申请'), [])).caseId;
      });
      const outcome = i < carried - carriedOpen ? toDecide.shift() : undefined;
      // Decided early in the year, or — still open at the end of it — only in the next.
      t.at(outcome ? d(YEAR, '01-06') : d(NEXT, '01-11'), async () => {
        await performAction(deps(), w.reviewerA, id, 'decide', decision(outcome ?? 'disclose'));
      });
    }
    for (let i = 0; i < fresh; i++) {
      const n = ++serial;
      let id = 0;
      const outcome = i < fresh - freshOpen ? toDecide.shift() : undefined;
      t.at(outcome ? d(YEAR, '03-02') : d(YEAR, '12-28'), async () => {
        id = (await submitOnline(deps(), w.agencyA, payloadFor(type, n, '本年申请'), [])).caseId;
      });
      t.at(outcome ? d(YEAR, '04-01') : d(NEXT, '01-11'), async () => {
        await performAction(deps(), w.reviewerA, id, 'decide', decision(outcome ?? 'disclose'));
      });
    }
    expect(toDecide).toEqual([]);
  }
}

/** Section 二 第二十条（一）: 规章 and 规范性文件 as published catalog items, from the fixture. */
function planRegulations(t: Timeline, deps: () => Deps, w: World): void {
  const [table] = sectionTables(FORMAT, 'proactive');
  // The 2019 row 规范性文件 is the catalog's 行政规范性文件.
  const kindOf: Record<string, string> = { rules: '规章', normative_documents: '行政规范性文件' };
  let serial = 0;
  for (const row of table?.rows ?? []) {
    const kind = kindOf[row.code];
    if (!kind) throw new Error(`第二十条（一） row ${row.code} has no catalog kind`);
    const made = seedValue('proactive', row.code, 'made');
    const published = seedValue('proactive', row.code, 'published');
    const total = seedValue('proactive', row.code, 'published_total');
    if (total < published) throw new Error(`seed 001 ${row.label}: 对外公开总数量 < 本年新公开数量`);
    const item = (writtenOn: string, publishedOn: string) => {
      const n = ++serial;
      let id = 0;
      t.at(writtenOn, async () => {
        id = await createItem(deps(), w.handlerA, { title: `${row.label}第${n}号`, publisher: '甲市公安局', writtenOn, summary: row.label, bodyHtml: '<p>正文</p>', article20: '1', regulationKind: kind });
        await itemAction(deps(), w.handlerA, id, 'submit', {});
        await itemAction(deps(), w.reviewerA, id, 'approve', {});
      });
      t.at(publishedOn, async () => {
        await itemAction(deps(), w.reviewerA, id, 'publish', { publishedOn });
      });
    };
    for (let i = 0; i < total - published; i++) item(d(PREV, '03-01'), d(PREV, '03-05'));
    for (let i = 0; i < published; i++) item(i < made ? d(YEAR, '05-06') : d(PREV, '11-01'), d(YEAR, '05-08'));
    for (let i = published; i < made; i++) item(d(YEAR, '12-01'), d(NEXT, '01-11'));
  }
}

/** The figure kind of the 2019 format for a row label and report column. */
function figureKindFor(rowLabel: string, column: { code: string; label: string }): FigureKind {
  const yearly = column.code === 'items_last_year' || column.code === 'items_change';
  const k = FIGURE_KINDS.find((x) => x.row === rowLabel && (x.formats as readonly string[]).includes(FORMAT) && (yearly ? x.period === 'year' : x.period === 'month' && x.column === column.label));
  if (!k) throw new Error(`no figure kind for ${rowLabel} / ${column.label}`);
  return k.code;
}

/** Section 二 第二十条（五）（六）（八）（九）: yearly 项目数量 and monthly figures, from the fixture. */
function planFigures(t: Timeline, deps: () => Deps, w: World): void {
  const enter = (actor: Actor, year: number, month: number, kind: FigureKind, value: number) => enterFigure(deps(), actor, { year, month, kind, value });
  for (const table of sectionTables(FORMAT, 'proactive').slice(1)) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        if (column.code === 'items_change') continue; // with items_last_year
        const kind = figureKindFor(row.label, column);
        const value = seedValue('proactive', row.code, column.code);
        if (column.code === 'items_last_year') {
          const now = value + seedValue('proactive', row.code, 'items_change');
          // 项目数量 is a count: a decrease larger than last year's number has no records behind it.
          if (now < 0) throw new Error(`seed 001 ${row.label}: 上一年项目数量 ${value} with 本年增/减 ${now - value} would leave a negative count`);
          t.at(d(YEAR, '01-06'), async () => void (await enter(w.handlerA, PREV, 0, kind, value)));
          t.at(d(NEXT, '01-04'), async () => void (await enter(w.handlerA, YEAR, 0, kind, now)));
          continue;
        }
        // Entered at the start of the following month, as offices do.
        monthly(value).forEach((v, i) => {
          const on = i === 11 ? d(NEXT, '01-04') : d(YEAR, `${String(i + 2).padStart(2, '0')}-01`);
          t.at(on, async () => void (await enter(w.headA, YEAR, i + 1, kind, v)));
        });
      }
    }
  }
}

/** Section 四: records per row and result column, from the fixture. */
function planAppeals(t: Timeline, deps: () => Deps, w: World): void {
  let serial = 0;
  for (const kind of APPEAL_KINDS) {
    for (const result of APPEAL_RESULTS) {
      for (let i = 0; i < seedValue('appeals', kind.code, result.code); i++) {
        const n = ++serial;
        let id = 0;
        t.at(d(YEAR, '06-01'), async () => {
          id = await recordAppeal(deps(), w.handlerA, { kind: kind.code, claimant: `申请人${n}`, body: kind.code === 'review' ? '甲市人民政府' : '甲市中级人民法院', receivedOn: d(YEAR, '06-01'), result: 'pending' });
        });
        // 尚未审结 at the end of the year: decided only in the next one (still pending in this report).
        const decided = result.code === 'pending' ? { on: d(NEXT, '02-01'), result: 'upheld' } : { on: d(YEAR, '09-01'), result: result.code };
        t.at(decided.on, async () => {
          await decideAppeal(deps(), w.reviewerA, id, { result: decided.result, decidedOn: decided.on });
        });
      }
    }
  }
}

/** Records that must not count in agency 甲's 2020 report. */
function planDistractors(t: Timeline, deps: () => Deps, w: World): void {
  let lastYearCase = 0;
  let lastYearReview = 0;
  let draftRule = 0;
  // A case received and decided in 2019.
  t.at(d(PREV, '06-03'), async () => {
    lastYearCase = (await submitOnline(deps(), w.agencyA, payloadFor('commercial', 900, '上年已办结申请'), [])).caseId;
  });
  t.at(d(PREV, '06-17'), async () => void (await performAction(deps(), w.reviewerA, lastYearCase, 'decide', decision('disclose'))));
  // A review accepted in 2019 and decided in 2020: it counts in 2019 only.
  t.at(d(PREV, '09-02'), async () => {
    lastYearReview = await recordAppeal(deps(), w.handlerA, { kind: 'review', claimant: '王五', body: '甲市人民政府', receivedOn: d(PREV, '09-02'), result: 'pending' });
  });
  t.at(d(YEAR, '03-10'), async () => void (await decideAppeal(deps(), w.reviewerA, lastYearReview, { result: 'corrected', decidedOn: d(YEAR, '03-10') })));
  // 2019's monthly figures.
  t.at(d(YEAR, '01-06'), async () => {
    for (let m = 1; m <= 12; m++) await enterFigure(deps(), w.handlerA, { year: PREV, month: m, kind: 'permit_decisions', value: 1000 + m });
  });
  // A draft 规章 written in 2020 and never published.
  t.at(d(YEAR, '07-01'), async () => {
    draftRule = await createItem(deps(), w.handlerA, { title: '未发布的规章草稿', publisher: '甲市公安局', writtenOn: d(YEAR, '07-01'), summary: '草稿', bodyHtml: '<p>草稿</p>', article20: '1', regulationKind: '规章' });
    expect(draftRule).toBeGreaterThan(0);
  });
  // Agency 乙: a case, a 规范性文件, a review and figures of 2020.
  t.at(d(YEAR, '03-02'), async () => {
    await submitOnline(deps(), w.agencyB, payloadFor('natural_person', 901, '乙局申请'), []);
    await enterFigure(deps(), w.handlerB, { year: YEAR, month: 3, kind: 'permit_decisions', value: 77 });
    await enterFigure(deps(), w.handlerB, { year: YEAR, month: 0, kind: 'permit_items', value: 5 });
    const id = await createItem(deps(), w.handlerB, { title: '乙局规范性文件', publisher: '乙市教育局', writtenOn: d(YEAR, '03-02'), summary: '乙', bodyHtml: '<p>乙</p>', article20: '1', regulationKind: '行政规范性文件' });
    expect(id).toBeGreaterThan(0);
    await recordAppeal(deps(), w.handlerB, { kind: 'litigation_direct', claimant: '赵六', body: '乙市人民法院', receivedOn: d(YEAR, '03-02'), result: 'pending' });
  });
  // A case and a lawsuit of 2021.
  t.at(d(NEXT, '01-11'), async () => {
    await submitOnline(deps(), w.agencyA, payloadFor('research', 902, '次年申请'), []);
    await recordAppeal(deps(), w.handlerA, { kind: 'litigation_after_review', claimant: '王五', body: '甲市中级人民法院', receivedOn: d(NEXT, '01-11'), result: 'pending' });
  });
}

/** Every table cell of the format where the computed report differs from seed 001, by statutory place. */
function mismatches(computed: AnnualReport): string[] {
  return allCellRefs(FORMAT).flatMap((ref) => {
    const got = getCell(computed, ref);
    const want = getCell(SEED, ref);
    return got === want ? [] : [`${SECTION_HEADINGS[ref.section]} ${cellPlace(FORMAT, ref)}：计算得 ${String(got)}，seed 001 为 ${String(want)}`];
  });
}

describe('seed 001 comparison', () => {
  it('names a differing cell by its statutory place', () => {
    const off = setCell(SEED, { section: 'applications', row: '三.3.2', column: 'natural_person' }, 0);
    expect(mismatches(SEED)).toEqual([]);
    expect(mismatches(off)).toEqual(['三、收到和处理政府信息公开申请情况 “三、本年度办理结果（三）不予公开2.其他法律行政法规禁止公开”行“自然人”列：计算得 0，seed 001 为 1']);
  });
});

describe.each(testDialects)('seed 001 (六盘水市公安局 2020, 2019 trial format) from records on %s', (dialect) => {
  let database: OpenDatabase;
  let w: World;
  const clock = new TestClock(d(PREV, '01-02'));
  const deps = () => depsFor(database.db, clock);

  beforeAll(async () => {
    database = await freshDb(dialect);
    w = await buildWorld(database.db);
    const t = new Timeline();
    planRegulations(t, deps, w);
    planFigures(t, deps, w);
    planCases(t, deps, w);
    planAppeals(t, deps, w);
    planDistractors(t, deps, w);
    await t.play(clock);
  }, 120_000);
  afterAll(async () => database?.close());

  it('computes the 2020 report with every table cell equal to seed 001', async () => {
    expect(SEED.format).toBe('2019');
    const computed = await computeAnnualReport(database.db, { id: w.agencyA, name: SEED.agency.name }, YEAR);
    expect(computed.format).toBe(FORMAT);
    const refs = allCellRefs(FORMAT);
    // 二: 5 sub-tables (6 + 6 + 6 + 2 + 2 cells), 三: 23 rows × 7 columns, 四: 3 rows × 5 columns.
    expect(refs.length).toBe(22 + 23 * 7 + 15);
    expect(mismatches(computed)).toEqual([]);
  });

  it('counts the records of other years in their own reports (the 2019 report)', async () => {
    const r2019 = await computeAnnualReport(database.db, { id: w.agencyA, name: SEED.agency.name }, PREV);
    const carried = seedValue('applications', '二', 'total');
    expect(getCell(r2019, { section: 'applications', row: '一', column: 'total' })).toBe(1 + carried);
    expect(getCell(r2019, { section: 'applications', row: '四', column: 'total' })).toBe(carried);
    expect(getCell(r2019, { section: 'appeals', row: 'review', column: 'total' })).toBe(1);
    expect(getCell(r2019, { section: 'appeals', row: 'review', column: 'pending' })).toBe(1);
    expect(getCell(r2019, { section: 'proactive', row: 'permits', column: 'decisions' })).toBe(12 * 1000 + 78);
    expect(getCell(r2019, { section: 'proactive', row: 'permits', column: 'items_last_year' })).toBe(null); // no 2018 figure
  });
});
