/**
 * The demo organisation: a fictional supervising office (示例市人民政府办公室), the police bureau
 * 示例市公安局 and the education bureau 示例市教育局, their departments, and one staff account per
 * role. Every name, code and number here is invented; 190100 is not a real 行政区划代码.
 */
import { usccCheckChar } from '../../domain/identity.ts';
import { roleLabel } from '../../domain/roles.ts';
import { createAgency, createDepartment } from '../../db/repositories/agencies.ts';
import { addMembership, createUser } from '../../db/repositories/users.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../deps.ts';

/** The one password of every demo account. */
export const DEMO_PASSWORD = 'Demo@2026';

/** The fictional 行政区划代码 of 示例市 used in demo identity numbers and 统一社会信用代码. */
export const DEMO_REGION = '190100';

export type AgencyKey = 'zf' | 'ga' | 'jy';

interface AgencySpec {
  key: AgencyKey;
  code: string;
  name: string;
  kind: 'government_office' | 'agency';
  /** The 9-character 主体标识码 of the agency's 统一社会信用代码. */
  serial: string;
  address: string;
  phone: string;
  postalCode: string;
  departments: string[];
}

const AGENCIES: readonly AgencySpec[] = [
  {
    key: 'zf', code: 'SZFB', name: '示例市人民政府办公室', kind: 'government_office', serial: '000010001',
    address: '示例市中心区人民大道1号', phone: '0990-6100001', postalCode: '190001', departments: ['政务公开科'],
  },
  {
    key: 'ga', code: 'SGAJ', name: '示例市公安局', kind: 'agency', serial: '000020110',
    address: '示例市中心区建设路110号', phone: '0990-6110110', postalCode: '190002',
    departments: ['办公室（政务公开科）', '指挥中心', '刑警大队', '交警大队', '出入境管理支队', '治安大队', '法制大队', '户政管理支队', '网络安全保卫支队'],
  },
  {
    key: 'jy', code: 'SJYJ', name: '示例市教育局', kind: 'agency', serial: '000030025',
    address: '示例市中心区文化路25号', phone: '0990-6120025', postalCode: '190003',
    departments: ['办公室', '基础教育科', '职业教育与成人教育科', '学生资助管理中心'],
  },
];

interface AccountSpec {
  username: string;
  displayName: string;
  agency: AgencyKey;
  role: 'handler' | 'reviewer' | 'head' | 'admin';
}

const ACCOUNTS: readonly AccountSpec[] = [
  { username: 'ga_jingban', displayName: '李明', agency: 'ga', role: 'handler' },
  { username: 'ga_jingban2', displayName: '王芳', agency: 'ga', role: 'handler' },
  { username: 'ga_shenhe', displayName: '赵强', agency: 'ga', role: 'reviewer' },
  { username: 'ga_fuze', displayName: '陈静', agency: 'ga', role: 'head' },
  { username: 'ga_admin', displayName: '周伟', agency: 'ga', role: 'admin' },
  { username: 'jy_jingban', displayName: '刘洋', agency: 'jy', role: 'handler' },
  { username: 'jy_shenhe', displayName: '孙丽', agency: 'jy', role: 'reviewer' },
  { username: 'jy_fuze', displayName: '杨帆', agency: 'jy', role: 'head' },
  { username: 'jy_admin', displayName: '吴刚', agency: 'jy', role: 'admin' },
  { username: 'zf_admin', displayName: '郑华', agency: 'zf', role: 'admin' },
];

function agencySpec(key: AgencyKey): AgencySpec {
  const a = AGENCIES.find((x) => x.key === key);
  if (!a) throw new Error(`unknown demo agency ${key}`);
  return a;
}

/** The demo accounts as printed at first start (one password for all). */
export const DEMO_ACCOUNTS: { username: string; password: string; displayName: string; agency: string; role: string; roleLabel: string }[] = ACCOUNTS.map((a) => ({
  username: a.username,
  password: DEMO_PASSWORD,
  displayName: a.displayName,
  agency: agencySpec(a.agency).name,
  role: a.role,
  roleLabel: roleLabel(a.role),
}));

/** A 统一社会信用代码 (GB 32100-2015) with a valid check character. */
export function demoUscc(prefix: string, serial: string): string {
  const first17 = `${prefix}${DEMO_REGION}${serial}`;
  return first17 + usccCheckChar(first17);
}

/** The staff who act on one agency's cases. */
export interface AgencyStaff {
  id: number;
  name: string;
  handlers: Actor[];
  reviewer: Actor;
  head: Actor;
  /** Department ids by name. */
  departments: Map<string, number>;
}

/** What the seed created: the two case-handling agencies with their staff, and the number of agencies. */
export interface DemoOrganisation {
  ga: AgencyStaff;
  jy: AgencyStaff;
  agencyCount: number;
}

/** Creates the agencies, departments, accounts and memberships; `passwordHash` is shared by all. */
export async function createDemoOrganisation(db: Db, passwordHash: string, now: string): Promise<DemoOrganisation> {
  const ids = new Map<AgencyKey, number>();
  const departments = new Map<AgencyKey, Map<string, number>>();
  for (const spec of AGENCIES) {
    const a = await createAgency(db, {
      code: spec.code, name: spec.name, kind: spec.kind, orgCode: demoUscc('11', spec.serial),
      supervisorId: spec.key === 'zf' ? null : (ids.get('zf') ?? null), address: spec.address, phone: spec.phone, postalCode: spec.postalCode,
    }, now);
    ids.set(spec.key, a.id);
    const depts = new Map<string, number>();
    for (const name of spec.departments) depts.set(name, (await createDepartment(db, a.id, name)).id);
    departments.set(spec.key, depts);
  }
  const actors: Actor[] = [];
  for (const acc of ACCOUNTS) {
    const spec = agencySpec(acc.agency);
    const agencyId = ids.get(acc.agency) ?? 0;
    const u = await createUser(db, { username: acc.username, displayName: acc.displayName, email: `${acc.username}@example.gov.cn`, passwordHash }, now);
    await addMembership(db, { userId: u.id, agencyId, role: acc.role, departmentId: departments.get(acc.agency)?.get(spec.departments[0] ?? '') ?? null });
    actors.push({ userId: u.id, username: acc.username, displayName: acc.displayName, agencyId, agencyName: spec.name, roles: [acc.role], agencies: [{ id: agencyId, name: spec.name }] });
  }
  const staff = (key: AgencyKey): AgencyStaff => {
    const mine = actors.filter((a) => a.agencyId === ids.get(key));
    const one = (role: string): Actor => {
      const a = mine.find((x) => x.roles.includes(role));
      if (!a) throw new Error(`demo agency ${key} has no ${role}`);
      return a;
    };
    return { id: ids.get(key) ?? 0, name: agencySpec(key).name, handlers: mine.filter((x) => x.roles.includes('handler')), reviewer: one('reviewer'), head: one('head'), departments: departments.get(key) ?? new Map() };
  };
  return { ga: staff('ga'), jy: staff('jy'), agencyCount: AGENCIES.length };
}
