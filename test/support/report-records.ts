/** Records of agency 甲 in 2025 for the annual-report tests: applications, an item with its channel, a review. */
import type { Db } from '../../src/db/database.ts';
import { recordAppeal } from '../../src/services/appeals.ts';
import { performAction } from '../../src/services/case-actions.ts';
import { createItem, itemAction } from '../../src/services/catalog/items.ts';
import { addChannel } from '../../src/services/item-channels.ts';
import { submitOnline } from '../../src/services/intake.ts';
import { applicationPayload, depsFor } from './builders.ts';
import type { TestClock, World } from './builders.ts';

/**
 * Three applications received in 2025 (two answered 予以公开, one still open at the year's end),
 * one item published on the portal, one 行政复议 still pending — leaves `clock` at `after`.
 */
export async function seedReportRecords(db: Db, w: World, clock: TestClock, after = '2026-01-10'): Promise<{ caseIds: number[] }> {
  const deps = depsFor(db, clock);
  clock.at('2025-03-03');
  const caseIds: number[] = [];
  for (const n of [1, 2, 3]) caseIds.push((await submitOnline(deps, w.agencyA, applicationPayload({ infoTitle: `2025年申请${n}`, infoDescription: '申请公开有关文件' }), [])).caseId);
  clock.at('2025-03-20');
  for (const id of caseIds.slice(0, 2)) await performAction(deps, w.reviewerA, id, 'decide', { outcome: 'disclose' });
  const item = await createItem(deps, w.handlerA, { title: '甲市公安局2025年工作要点', publisher: '甲市公安局', writtenOn: '2025-03-01', summary: '工作要点', bodyHtml: '<p>正文</p>' });
  await itemAction(deps, w.handlerA, item, 'submit', {});
  await itemAction(deps, w.reviewerA, item, 'approve', {});
  await itemAction(deps, w.reviewerA, item, 'publish', { publishedOn: '2025-03-20' });
  await addChannel(deps, w.handlerA, item, { channel: 'portal', publishedOn: '2025-03-20', url: 'https://example.gov.cn/a.html' });
  clock.at('2025-06-02');
  await recordAppeal(deps, w.handlerA, { kind: 'review', claimant: '张三', body: '甲市人民政府', receivedOn: '2025-06-01', result: 'pending' });
  clock.at(after);
  return { caseIds };
}
