/**
 * Reports for the read-back tests: every cell of every table holds a distinct non-zero figure, so
 * a figure printed in the wrong cell is caught; a narrative in every part; dated.
 */
import { allCellRefs, cellDef } from '../../../src/domain/report/labels.ts';
import { emptyReport, setCell } from '../../../src/domain/report/model.ts';
import type { AnnualReport } from '../../../src/domain/report/model.ts';
import type { CellRef } from '../../../src/domain/report/table-defs.ts';

/**
 * The figure of the i-th cell: counts 101, 102 …; 本年增/减 negative on every other cell; amounts
 * in fen chosen so that the printed 万元 (four decimals) or 元 differ: 12345670000 + i × 1010000 fen.
 */
function figure(unit: string, i: number): number {
  if (unit === 'fen') return 12_345_670_000 + i * 1_010_000;
  if (unit === 'change') return i % 2 === 0 ? -(100 + i) : 100 + i;
  return 100 + i;
}

/** A report for `year` (2020 → 2019 trial format, 2025 → 2021 format) with distinct figures in every cell. */
export function distinctReport(year: number, name = '示例市某某局'): AnnualReport {
  let r = emptyReport({ name, id: 7 }, year);
  allCellRefs(r.format).forEach((ref, i) => {
    const unit = cellDef(r.format, ref)?.column.unit ?? 'count';
    r = setCell(r, ref, figure(unit, i + 1));
  });
  return {
    ...r,
    reportDate: `${year + 1}-01-15`,
    publishedOn: `${year + 1}-01-20`,
    overview: {
      general: `${year}年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。\n第二段总体情况。`,
      parts: {
        proactive: '主动公开段落甲。',
        on_application: '依申请公开段落乙。',
        management: '政府信息管理段落丙。',
        platform: '平台建设段落丁。',
        supervision: '监督保障段落戊。',
      },
    },
    problems: '存在问题段落己。\n改进措施段落庚。',
    other: r.format === '2021' ? { text: '其他事项段落辛。', processingFeeFen: 394_000 } : { text: '其他事项段落辛。' },
  };
}

export const REPORTS: [string, AnnualReport][] = [
  ['2020 (2019 trial format)', distinctReport(2020)],
  ['2025 (2021 format)', distinctReport(2025)],
];

export const refKey = (ref: CellRef): string => `${ref.section}/${ref.row}/${ref.column}`;
