/** Small builders for service tests: two agencies with staff, actors, and application payloads. */
import { fixedClock } from '../../src/clock.ts';
import type { Clock } from '../../src/clock.ts';
import type { Db } from '../../src/db/database.ts';
import { createAgency, createDepartment } from '../../src/db/repositories/agencies.ts';
import { addMembership, createUser } from '../../src/db/repositories/users.ts';
import { hashPassword } from '../../src/services/auth.ts';
import { loadCalendar } from '../../src/services/calendar-source.ts';
import type { Actor, Deps } from '../../src/services/deps.ts';

export const VALID_ID = '11010519491231002X';
export const VALID_USCC = '91350100M000100Y43';
export const PASSWORD = 'Test@2026pass';

/** A clock that tests can move: `at('2026-03-02')` sets 10:00 Beijing time that day. */
export class TestClock implements Clock {
  private t: Date;
  constructor(date: string) {
    this.t = new Date(`${date}T02:00:00Z`);
  }
  now(): Date {
    return new Date(this.t);
  }
  at(date: string): this {
    this.t = new Date(`${date}T02:00:00Z`);
    return this;
  }
}

export function depsFor(db: Db, clock: Clock = fixedClock('2026-03-02T02:00:00Z')): Deps {
  return { db, clock, calendar: loadCalendar() };
}

export interface World {
  agencyA: number;
  agencyB: number;
  deptA: number;
  handlerA: Actor;
  reviewerA: Actor;
  headA: Actor;
  adminA: Actor;
  handlerB: Actor;
}

let passwordHash: string | undefined;

/** Two agencies (甲 and 乙) and their staff. */
export async function buildWorld(db: Db): Promise<World> {
  const now = '2026-01-01T00:00:00Z';
  passwordHash ??= await hashPassword(PASSWORD);
  const a = await createAgency(db, { code: 'JIA', name: '甲市公安局', orgCode: null, kind: 'agency', supervisorId: null, address: '甲市人民路1号', phone: '0100-12345678', postalCode: '100000' }, now);
  const b = await createAgency(db, { code: 'YI', name: '乙市教育局', orgCode: null, kind: 'agency', supervisorId: null, address: null, phone: null, postalCode: null }, now);
  const dept = await createDepartment(db, a.id, '交警大队');
  const mk = async (username: string, name: string, agency: { id: number; name: string }, role: string): Promise<Actor> => {
    const u = await createUser(db, { username, displayName: name, email: `${username}@example.gov.cn`, passwordHash: passwordHash ?? '' }, now);
    await addMembership(db, { userId: u.id, agencyId: agency.id, role });
    return { userId: u.id, username, displayName: name, agencyId: agency.id, agencyName: agency.name, roles: [role], agencies: [{ id: agency.id, name: agency.name }] };
  };
  return {
    agencyA: a.id,
    agencyB: b.id,
    deptA: dept.id,
    handlerA: await mk('a_handler', '甲经办', a, 'handler'),
    reviewerA: await mk('a_reviewer', '甲审核', a, 'reviewer'),
    headA: await mk('a_head', '甲负责', a, 'head'),
    adminA: await mk('a_admin', '甲管理', a, 'admin'),
    handlerB: await mk('b_handler', '乙经办', b, 'handler'),
  };
}

/** A valid application payload (自然人 with a valid 居民身份证 number); override any field. */
export function applicationPayload(over: Record<string, string> = {}): Record<string, string> {
  return {
    applicantType: 'natural_person',
    applicantName: '张三',
    idType: 'resident_id',
    idNumber: VALID_ID,
    phone: '13800138000',
    email: 'zhangsan@example.com',
    address: '甲市和平路8号',
    postalCode: '100001',
    infoTitle: '2025年交通事故认定书',
    infoDocNumber: '',
    infoDescription: '本人于2025年6月3日在人民路发生交通事故，申请公开该事故的认定书',
    formWanted: 'paper',
    deliveryWanted: 'post',
    ...over,
  };
}
