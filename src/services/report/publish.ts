/**
 * Publishing the signed annual report on the portal: a catalog item under the 组配分类 年度报告
 * (created if the agency has none), 第二十条 class none, titled `<机关名称><年>年政府信息公开工作年度报告`,
 * the report's HTML as its body and its DOCX, PDF and XLSX as attachments — in one transaction
 * with the report becoming published.
 *
 * The item goes through the catalog workflow's steps, each an event of the item (起草, 上传附件,
 * 提交保密审查, 审查通过, 发布), written here rather than through items.ts's use cases, which each
 * open their own transaction and enforce 一事一审 between two people. Shortcut, on purpose: the
 * 负责人's sign-off counts as the item's 保密审查 — the signer is recorded as its reviewer, with a
 * note saying so — because the report was read and signed by the head of the office, the highest
 * review the agency has, and its content (figures and the narrative the office wrote) is exactly
 * what was signed. Only a 负责人 may publish; the publisher is the item's author and publisher.
 */
import { createHash } from 'node:crypto';
import { chinaToday } from '../../clock.ts';
import { numericChineseDate } from '../../domain/dates.ts';
import { DomainError } from '../../domain/errors.ts';
import { reportTitle } from '../../domain/report/headings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { reportTransition } from '../../domain/report/report-status.ts';
import { appendReportVersion, updateReport } from '../../db/repositories/annual-reports.ts';
import { insertColumn, listColumns } from '../../db/repositories/catalog-columns.ts';
import { insertItemAttachment } from '../../db/repositories/item-attachments.ts';
import { reindexItem } from '../../db/repositories/item-search.ts';
import { appendItemEvent, insertItem } from '../../db/repositories/items.ts';
import type { Db } from '../../db/database.ts';
import { renderReport } from '../../report/annual/index.ts';
import { reportToHtml } from '../../report/annual/html.tsx';
import { nextIndexNumber } from '../catalog/items.ts';
import { bodyText, sanitizeBody } from '../catalog/sanitize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadReport } from './annual-reports.ts';

/** The 组配分类 reports are filed under. */
export const REPORT_COLUMN = '年度报告';

/** The agency's column named 年度报告 (at any level), created at the top level if there is none. */
async function reportColumn(trx: Db, agencyId: number): Promise<number> {
  const all = await listColumns(trx, agencyId);
  const found = all.find((c) => c.name === REPORT_COLUMN);
  return found ? found.id : insertColumn(trx, agencyId, { parentId: null, name: REPORT_COLUMN, sort: all.length + 1 });
}

interface File { filename: string; mime: string; bytes: Buffer }

async function outputs(model: AnnualReport): Promise<File[]> {
  const files: File[] = [];
  for (const format of ['docx', 'pdf', 'xlsx'] as const) {
    const r = await renderReport(model, format);
    files.push({ filename: r.fileName, mime: r.contentType, bytes: Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body) });
  }
  return files;
}

/** Publishes the signed report of `year` (负责人 only); returns the catalog item's id. */
export async function publishReport(deps: Deps, actor: Actor, year: number): Promise<number> {
  const today = chinaToday(deps.clock);
  const now = deps.clock.now().toISOString();
  const r = await loadReport(deps.db, actor, year);
  reportTransition(r.status, 'publish', actor.roles);
  const model: AnnualReport = { ...r.model, publishedOn: today };
  // Rendered before the transaction (the PDF takes a while); the version check below makes sure it is still this report.
  const files = await outputs(model);
  return deps.db.transaction().execute(async (trx) => {
    const current = await loadReport(trx, actor, year);
    const to = reportTransition(current.status, 'publish', actor.roles);
    if (current.version !== r.version) throw new DomainError('CONFLICT', '该年度报告已被他人修改，请刷新后重试');
    const title = reportTitle(model.agency.name, year);
    const bodyHtml = sanitizeBody(reportToHtml(model, { headingLevel: 2 }));
    const indexNumber = await nextIndexNumber(trx, actor.agencyId, Number(today.slice(0, 4)));
    const itemId = await insertItem(trx, {
      agencyId: actor.agencyId, indexNumber, title,
      summary: `${model.agency.name}${year}年政府信息公开工作的总体情况、主动公开、依申请公开、行政复议和行政诉讼、存在的主要问题及改进情况。`,
      topic: '综合政务\\政务公开', columnId: await reportColumn(trx, actor.agencyId), publisher: model.agency.name,
      writtenOn: model.reportDate, formedOn: model.reportDate, publishedOn: today, docNumber: null, validity: '有效', validityChangedOn: null,
      disclosureMethod: '主动公开', disclosureScope: '面向社会', keywords: '年度报告,政府信息公开', bodyHtml, bodyText: bodyText(bodyHtml),
      departmentId: null, article20: null, regulationKind: null, abolishedOn: null,
      status: 'published', authorId: actor.userId, reviewerId: current.signedBy, reviewNote: '年度报告经负责人签发，签发视同保密审查',
    }, now);
    for (const f of files) {
      await insertItemAttachment(trx, { itemId, filename: f.filename, mime: f.mime, size: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex'), content: f.bytes, createdAt: now });
    }
    await reindexItem(trx, itemId);
    const event = (action: string, fromStatus: string | null, toStatus: string, summary: string, who: { id: number | null; label: string } = { id: actor.userId, label: actor.displayName }) =>
      appendItemEvent(trx, { itemId, agencyId: actor.agencyId, action, actorUserId: who.id, actorLabel: who.label, occurredAt: now, onDate: today, fromStatus, toStatus, data: { summary } });
    await event('create', null, 'draft', `起草：由${year}年度报告生成`);
    await event('attach', 'draft', 'draft', `上传附件：${files.map((f) => f.filename).join('、')}`);
    await event('submit', 'draft', 'submitted', '提交保密审查');
    await event('approve', 'submitted', 'approved', `审查通过：年度报告已由负责人${current.signedByLabel ?? ''}于${numericChineseDate(current.signedOn ?? today)}签发，签发视同保密审查`, { id: current.signedBy, label: current.signedByLabel ?? actor.displayName });
    await event('publish', 'approved', 'published', `发布（索引号 ${indexNumber}）`);
    await updateReport(trx, actor.agencyId, current.id, current.version, { status: to, model, itemId }, now);
    await appendReportVersion(trx, { reportId: current.id, agencyId: actor.agencyId, action: 'publish', status: to, model, summary: `在门户网站公开（发布日期${numericChineseDate(today)}）`, actorUserId: actor.userId, actorLabel: actor.displayName, occurredAt: now });
    return itemId;
  });
}
