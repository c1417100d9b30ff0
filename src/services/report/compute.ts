/**
 * The annual report of an agency and year computed from its records: section 二 from the catalog
 * and the monthly figures, section 三 from the cases and their decision events, section 四 from
 * the 行政复议 and 行政诉讼 records, and, in the 2021
 * format, section 六's 信息处理费 from the fees paid in the year. The narrative is left empty for
 * the office to write; nothing here reads the clock.
 */
import type { Db } from '../../db/database.ts';
import { feesPaidInYear } from '../../db/repositories/fees.ts';
import { withComputedTables } from '../../domain/report/from-figures.ts';
import { emptyReport } from '../../domain/report/model.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { appealsSection } from '../appeals.ts';
import { section2ForYear } from '../figures.ts';
import { yearCounts } from '../year-counts.ts';

export async function computeAnnualReport(db: Db, agency: { id: number; name: string }, year: number): Promise<AnnualReport> {
  const base = emptyReport({ id: agency.id, name: agency.name }, year);
  const s2 = await section2ForYear(db, agency.id, year, base.format);
  const report = { ...withComputedTables(base, s2, await yearCounts(db, agency.id, year)), appeals: await appealsSection(db, agency.id, year) };
  if (report.format !== '2021') return report;
  return { ...report, other: { ...report.other, processingFeeFen: await feesPaidInYear(db, agency.id, year) } };
}
