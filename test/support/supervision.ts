/**
 * A supervising office over the two agencies of `buildWorld` (甲市公安局, 乙市教育局), with a few
 * 2025 applications on each, and another office with an agency of its own — for the supervision
 * and dashboard tests.
 */
import type { Db } from '../../src/db/database.ts';
import { createAgency } from '../../src/db/repositories/agencies.ts';
import { addMembership, createUser } from '../../src/db/repositories/users.ts';
import { hashPassword } from '../../src/services/auth.ts';
import { performAction } from '../../src/services/case-actions.ts';
import type { Actor } from '../../src/services/deps.ts';
import { submitByStaff, submitOnline } from '../../src/services/intake.ts';
import { addChannel } from '../../src/services/item-channels.ts';
import { applicationPayload, buildWorld, depsFor, PASSWORD, TestClock } from './builders.ts';
import type { World } from './builders.ts';

export interface SupervisionWorld extends World {
  office: number;
  officeAdmin: Actor;
  otherOffice: number;
  otherAdmin: Actor;
  agencyD: number;
  reviewerB: Actor;
}

async function member(db: Db, username: string, name: string, agency: { id: number; name: string }, role: string): Promise<Actor> {
  const u = await createUser(db, { username, displayName: name, email: `${username}@example.gov.cn`, passwordHash: await hashPassword(PASSWORD) }, '2025-01-01T00:00:00Z');
  await addMembership(db, { userId: u.id, agencyId: agency.id, role });
  return { userId: u.id, username, displayName: name, agencyId: agency.id, agencyName: agency.name, roles: [role], agencies: [{ id: agency.id, name: agency.name }] };
}

export async function insertItem(db: Db, agencyId: number, title: string, status: string, publishedOn: string | null, extra: { formedOn?: string; departmentId?: number } = {}): Promise<number> {
  const r = await db.insertInto('items').values({
    agency_id: agencyId, title, publisher: '本机关', status, published_on: publishedOn, formed_on: extra.formedOn ?? null, department_id: extra.departmentId ?? null,
    version: 0, validity: '有效', disclosure_method: '主动公开', disclosure_scope: '面向社会', body_html: '', body_text: '',
    created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z',
  }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/**
 * 甲 (A): 2025-03-03 online, answered 03-10 (on time); 2025-04-01 online, answered 06-30 (late);
 * 2025-05-06 oral, still open; its 2025 report published on 2026-01-20 (已发布).
 * 乙 (B): 2025-03-04 online, 不予公开 on 03-20 (on time); 2025-11-03 online, open; its report
 * published on 2026-02-15 (逾期发布). Catalog: A has items on the portal and on Weibo, one
 * published late under 交警大队 (formed 2025-01-02, published 2025-03-03).
 */
export async function buildSupervision(db: Db): Promise<SupervisionWorld> {
  const w = await buildWorld(db);
  const now = '2025-01-01T00:00:00Z';
  const office = await createAgency(db, { code: 'BZF', name: '丙市人民政府办公室', orgCode: null, kind: 'government_office', supervisorId: null, address: null, phone: null, postalCode: null }, now);
  const other = await createAgency(db, { code: 'WZF', name: '戊市人民政府办公室', orgCode: null, kind: 'government_office', supervisorId: null, address: null, phone: null, postalCode: null }, now);
  const d = await createAgency(db, { code: 'DING', name: '丁市交通局', orgCode: null, kind: 'agency', supervisorId: other.id, address: null, phone: null, postalCode: null }, now);
  await db.updateTable('agencies').set({ supervisor_id: office.id }).where('id', 'in', [w.agencyA, w.agencyB]).execute();
  const officeAdmin = await member(db, 'office_admin', '丙管理', office, 'admin');
  const otherAdmin = await member(db, 'other_admin', '戊管理', other, 'admin');
  const reviewerB = await member(db, 'b_reviewer', '乙审核', { id: w.agencyB, name: '乙市教育局' }, 'reviewer');

  const clock = new TestClock('2025-03-03');
  const deps = depsFor(db, clock);
  const a1 = await submitOnline(deps, w.agencyA, applicationPayload(), []);
  clock.at('2025-03-04');
  const b1 = await submitOnline(deps, w.agencyB, applicationPayload({ infoTitle: '2025年学校招生计划' }), []);
  clock.at('2025-03-10');
  await performAction(deps, w.reviewerA, a1.caseId, 'decide', { outcome: 'disclose' });
  await performAction(deps, w.handlerA, a1.caseId, 'reply', { method: '邮寄' });
  clock.at('2025-03-20');
  await performAction(deps, reviewerB, b1.caseId, 'decide', { outcome: 'withhold_third_party', reason: '涉及第三方个人信息' });
  await performAction(deps, reviewerB, b1.caseId, 'reply', { method: '邮寄' });
  clock.at('2025-04-01');
  const a2 = await submitOnline(deps, w.agencyA, applicationPayload({ infoTitle: '2024年道路事故统计' }), []);
  clock.at('2025-05-06');
  await submitByStaff(deps, w.handlerA, { ...applicationPayload({ infoTitle: '户籍办理指南' }), channel: 'oral', submittedOn: '2025-05-06' }, []);
  clock.at('2025-06-30');
  await performAction(deps, w.reviewerA, a2.caseId, 'decide', { outcome: 'partial', reason: '部分内容涉及个人隐私' });
  await performAction(deps, w.handlerA, a2.caseId, 'reply', { method: '邮寄' });
  clock.at('2025-11-03');
  await submitOnline(deps, w.agencyB, applicationPayload({ infoTitle: '校车线路' }), []);

  await insertItem(db, w.agencyA, '甲市公安局2025年政府信息公开工作年度报告', 'published', '2026-01-20');
  await insertItem(db, w.agencyB, '乙市教育局2025年政府信息公开工作年度报告', 'published', '2026-02-15');
  await insertItem(db, w.agencyA, '甲市公安局2024年政府信息公开工作年度报告', 'draft', null);
  await insertItem(db, d.id, '丁市交通局2025年政府信息公开工作年度报告', 'published', '2026-01-10');
  const late = await insertItem(db, w.agencyA, '关于道路交通管制的通告', 'published', '2025-03-03', { formedOn: '2025-01-02', departmentId: w.deptA });
  const timely = await insertItem(db, w.agencyA, '关于春运期间交通安全的提示', 'published', '2025-01-20', { formedOn: '2025-01-15', departmentId: w.deptA });
  await addChannel(deps, w.handlerA, late, { channel: 'portal', publishedOn: '2025-03-03' });
  await addChannel(deps, w.handlerA, timely, { channel: 'portal', publishedOn: '2025-01-20' });
  await addChannel(deps, w.handlerA, timely, { channel: 'weibo', publishedOn: '2025-01-20' });
  return { ...w, office: office.id, officeAdmin, otherOffice: other.id, otherAdmin, agencyD: d.id, reviewerB };
}
