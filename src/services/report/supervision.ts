/**
 * Supervision (监督): a supervising office (政府信息公开工作主管部门 / 政务公开办) sees, for a year,
 * the annual-report status of every agency it oversees directly (`supervisor_id`) and the summed
 * report of all of them — the same model, cell by cell (`sumReports`).
 *
 * The sum is computed from the records of each subordinate (`computeAnnualReport`). The status comes
 * from the stored report, else the catalog (`reportStatusOf`).
 */
import { DomainError } from '../../domain/errors.ts';
import { reportTitle } from '../../domain/report/headings.ts';
import { emptyReport } from '../../domain/report/model.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { sumReports } from '../../domain/report/sum.ts';
import type { ReportSum } from '../../domain/report/sum.ts';
import type { Db } from '../../db/database.ts';
import { getAgency, listSubordinates } from '../../db/repositories/agencies.ts';
import type { Agency } from '../../db/repositories/agencies.ts';
import { findReport } from '../../db/repositories/annual-reports.ts';
import { publishedItemTitled } from '../../db/repositories/dashboard.ts';
import type { Actor } from '../deps.ts';
import { computeAnnualReport } from './compute.ts';

/** Where an agency's report for a year stands (the stored statuses with the labels of src/domain/report/report-status.ts). */
export const SUPERVISED_STATUSES = [
  { code: 'not_started', label: '未开始' },
  { code: 'draft', label: '起草中' },
  { code: 'checked', label: '已核对' },
  { code: 'signed', label: '负责人已签发' },
  { code: 'published', label: '已发布' },
  { code: 'late', label: '逾期发布' },
] as const;

export type SupervisedStatus = (typeof SUPERVISED_STATUSES)[number]['code'];

export function supervisedStatusLabel(s: SupervisedStatus): string {
  return SUPERVISED_STATUSES.find((x) => x.code === s)?.label ?? s;
}

export interface ReportStatusInfo {
  status: SupervisedStatus;
  /** The day the report was published, if it was. */
  publishedOn: string | null;
  /** The catalog item that published it, if any. */
  itemId: number | null;
}

/**
 * The publication deadline of a department's report: 1月31日 of the following year (条例 第四十九条,
 * 县级以上人民政府部门). The supervising office's subordinates are departments.
 */
export function reportDeadline(year: number): string {
  return `${year + 1}-01-31`;
}

/**
 * The status of an agency's report for a year. A report kept in gongkai (/console/reports) gives
 * its own: 起草中 / 已核对 / 负责人已签发, and once published 已发布 — or 逾期发布 when published after
 * 1月31日 of the following year. Without one, the catalog tells whether the report was published
 * some other way (an item titled `<机关名称><年>年政府信息公开工作年度报告`, e.g. imported); else 未开始.
 */
export async function reportStatusOf(db: Db, agency: { id: number; name: string }, year: number): Promise<ReportStatusInfo> {
  const stored = await findReport(db, agency.id, year);
  const item = await publishedItemTitled(db, agency.id, reportTitle(agency.name, year));
  if (stored && stored.status !== 'published') return { status: stored.status, publishedOn: null, itemId: null };
  if (!item?.publishedOn) return { status: stored ? 'published' : 'not_started', publishedOn: null, itemId: stored?.itemId ?? null };
  return { status: item.publishedOn > reportDeadline(year) ? 'late' : 'published', publishedOn: item.publishedOn, itemId: item.id };
}

export interface SubordinateReport extends ReportStatusInfo {
  agency: Agency;
  statusLabel: string;
  /** The report computed from the agency's records. */
  report: AnnualReport;
}

export interface Supervision {
  office: Agency;
  year: number;
  subordinates: SubordinateReport[];
  /** The cell-by-cell sum of the subordinates' reports (all zeros when there are none). */
  sum: ReportSum;
}

/** The name the summed report carries (and its files: `<name><年>年政府信息公开工作年度报告.xlsx`). */
export function sumName(office: { name: string }): string {
  return `${office.name}所辖机关汇总`;
}

/**
 * The actor's agency as a supervising office, with the agencies it oversees. Staff of an ordinary
 * agency (`kind` 'agency') are refused with FORBIDDEN, whatever their role.
 */
export async function requireSupervisingOffice(db: Db, actor: Actor): Promise<{ office: Agency; subordinates: Agency[] }> {
  const office = await getAgency(db, actor.agencyId);
  if (!office || office.kind === 'agency') throw new DomainError('FORBIDDEN', '只有政府信息公开工作主管部门的工作人员可以查看所辖机关的年度报告');
  return { office, subordinates: await listSubordinates(db, office.id) };
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2019 || year > 2100) throw new DomainError('VALIDATION', '年份应为2019年以后的整数', [{ field: 'year', message: '年份应为2019年以后的整数' }]);
}

/** For staff of a supervising office: each subordinate's status and report for `year`, and their sum. */
export async function supervisedReports(db: Db, actor: Actor, year: number): Promise<Supervision> {
  checkYear(year);
  const { office, subordinates } = await requireSupervisingOffice(db, actor);
  const rows: SubordinateReport[] = [];
  for (const agency of subordinates) {
    const [status, report] = [await reportStatusOf(db, agency, year), await computeAnnualReport(db, agency, year)];
    rows.push({ agency, ...status, statusLabel: supervisedStatusLabel(status.status), report });
  }
  const name = sumName(office);
  const sum = rows.length ? sumReports(rows.map((r) => r.report), name) : { report: emptyReport({ name }, year), count: 0, blanks: [] };
  return { office, year, subordinates: rows, sum };
}
