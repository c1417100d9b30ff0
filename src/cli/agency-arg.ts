/** Resolves an `--agency` argument (id, code or exact name) to an agency. */
import { DomainError } from '../domain/errors.ts';
import { listAgencies } from '../db/repositories/agencies.ts';
import type { Agency } from '../db/repositories/agencies.ts';
import type { Db } from '../db/database.ts';

export async function resolveAgency(db: Db, arg: string | undefined): Promise<Agency> {
  const all = await listAgencies(db);
  if (!arg) {
    const agencies = all.filter((a) => a.kind === 'agency');
    if (agencies.length === 1 && agencies[0]) return agencies[0];
    throw new DomainError('VALIDATION', `请用 --agency 指定机关（可选：${all.map((a) => `${a.id} ${a.name}`).join('；') || '数据库中没有机关'}）`);
  }
  const found = all.find((a) => String(a.id) === arg || a.code === arg.toUpperCase() || a.name === arg);
  if (!found) throw new DomainError('NOT_FOUND', `未找到机关“${arg}”（可选：${all.map((a) => `${a.id} ${a.name}`).join('；')}）`);
  return found;
}
