/** Agencies (机关) and their departments. */
import type { Db } from '../database.ts';

export interface Agency {
  id: number;
  code: string;
  name: string;
  orgCode: string | null;
  kind: string;
  supervisorId: number | null;
  address: string | null;
  phone: string | null;
  postalCode: string | null;
}

export interface Department {
  id: number;
  agencyId: number;
  name: string;
}

type AgencyRow = { id: number; code: string; name: string; org_code: string | null; kind: string; supervisor_id: number | null; address: string | null; phone: string | null; postal_code: string | null };

function toAgency(r: AgencyRow): Agency {
  return { id: r.id, code: r.code, name: r.name, orgCode: r.org_code, kind: r.kind, supervisorId: r.supervisor_id, address: r.address, phone: r.phone, postalCode: r.postal_code };
}

const agencyColumns = ['id', 'code', 'name', 'org_code', 'kind', 'supervisor_id', 'address', 'phone', 'postal_code'] as const;

export async function createAgency(db: Db, a: Omit<Agency, 'id'>, now: string): Promise<Agency> {
  const row = await db
    .insertInto('agencies')
    .values({ code: a.code, name: a.name, org_code: a.orgCode, kind: a.kind, supervisor_id: a.supervisorId, address: a.address, phone: a.phone, postal_code: a.postalCode, created_at: now })
    .returning(agencyColumns)
    .executeTakeFirstOrThrow();
  return toAgency(row);
}

export async function getAgency(db: Db, id: number): Promise<Agency | undefined> {
  const r = await db.selectFrom('agencies').select(agencyColumns).where('id', '=', id).executeTakeFirst();
  return r && toAgency(r);
}

export async function listAgencies(db: Db): Promise<Agency[]> {
  const rows = await db.selectFrom('agencies').select(agencyColumns).orderBy('id').execute();
  return rows.map(toAgency);
}

/** Agencies whose applications the public may address (not supervising offices without cases). */
export async function findAgencyByName(db: Db, name: string): Promise<Agency | undefined> {
  const r = await db.selectFrom('agencies').select(agencyColumns).where('name', '=', name).executeTakeFirst();
  return r && toAgency(r);
}

export async function createDepartment(db: Db, agencyId: number, name: string): Promise<Department> {
  const r = await db.insertInto('departments').values({ agency_id: agencyId, name }).returning(['id', 'agency_id', 'name']).executeTakeFirstOrThrow();
  return { id: r.id, agencyId: r.agency_id, name: r.name };
}

export async function listDepartments(db: Db, agencyId: number): Promise<Department[]> {
  const rows = await db.selectFrom('departments').select(['id', 'agency_id', 'name']).where('agency_id', '=', agencyId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, agencyId: r.agency_id, name: r.name }));
}

/** The agencies a supervising office oversees directly (`supervisor_id`), in the order they were created. */
export async function listSubordinates(db: Db, supervisorId: number): Promise<Agency[]> {
  const rows = await db.selectFrom('agencies').select(agencyColumns).where('supervisor_id', '=', supervisorId).orderBy('id').execute();
  return rows.map(toAgency);
}
