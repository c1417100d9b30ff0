/**
 * Fills the model from what the rest of the domain already computes: section 二 from the catalog's
 * 第二十条 figures (src/domain/catalog/section2.ts), section 三 from the year counts of the cases
 * (src/domain/year-counts.ts). Section 二 is matched by label — article, 信息内容 and column — so
 * a label that drifts between the two is an error here, not a silently empty cell.
 */
import { yuanToFen } from '../catalog/figures.ts';
import type { Cell, Section2 } from '../catalog/section2.ts';
import type { YearCounts } from '../year-counts.ts';
import { applicationsRowFor } from './applications-labels.ts';
import { sectionTables } from './labels.ts';
import type { AnnualReport, CellValue, TableCells } from './model.ts';
import type { CellUnit } from './table-defs.ts';

/** 万元 text with up to four decimals ('96171.6000') → fen. */
function wanYuanToFen(text: string): number | undefined {
  const m = /^(\d+)(?:\.(\d{1,4}))?$/.exec(text.trim());
  if (!m) return undefined;
  return (Number(m[1]) * 10000 + Number((m[2] ?? '').padEnd(4, '0'))) * 100;
}

function cellValue(cell: Cell, unit: CellUnit, columnLabel: string): CellValue {
  if (cell === null || typeof cell === 'number') return cell;
  if (unit !== 'fen') return null;
  return (columnLabel.includes('万元') ? wanYuanToFen(cell) : yuanToFen(cell)) ?? null;
}

/** The section 二 cells of a computed Section2; throws if a label has no place in the model. */
export function proactiveCells(s2: Section2): TableCells {
  const defs = sectionTables(s2.format, 'proactive');
  const cells: TableCells = {};
  for (const t of s2.tables) {
    const def = defs.find((d) => d.title === t.article);
    if (!def) throw new Error(`section 二: no table ${t.article} in the ${s2.format} format`);
    for (const r of t.rows) {
      const rowDef = def.rows.find((x) => x.label === r.label);
      if (!rowDef) throw new Error(`section 二 ${t.article}: no row ${r.label}`);
      const out: Record<string, CellValue> = {};
      for (const label of t.columns) {
        const colDef = def.columns.find((x) => x.label === label);
        if (!colDef) throw new Error(`section 二 ${t.article}: no column ${label}`);
        out[colDef.code] = cellValue((r.cells as Record<string, Cell>)[label] ?? null, colDef.unit, label);
      }
      cells[rowDef.code] = out;
    }
  }
  return cells;
}

/** The section 三 cells of the year counts, folded into the rows of the report's format. */
export function applicationsCells(report: AnnualReport, counts: YearCounts): TableCells {
  const [def] = sectionTables(report.format, 'applications');
  const cells: TableCells = Object.fromEntries((def?.rows ?? []).map((r) => [r.code, Object.fromEntries(def?.columns.map((c) => [c.code, 0]) ?? [])]));
  for (const [key, row] of Object.entries(counts)) {
    const target = cells[applicationsRowFor(report.format, key)];
    if (!target) continue;
    for (const [col, n] of Object.entries(row)) target[col] = (target[col] ?? 0) + n;
  }
  return cells;
}

/** The report with section 二 and section 三 replaced by the computed figures. */
export function withComputedTables(report: AnnualReport, s2: Section2, counts: YearCounts): AnnualReport {
  if (s2.format !== report.format || s2.year !== report.year) throw new Error('section 二 computed for another format or year');
  return { ...report, proactive: proactiveCells(s2), applications: applicationsCells(report, counts) };
}
