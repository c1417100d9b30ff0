/** Editing the 组配分类 tree: add, rename, remove (only when empty). Managed by 负责人 and 管理员. */
import { DomainError } from '../../domain/errors.ts';
import { can } from '../../domain/roles.ts';
import { deleteColumn, insertColumn, listColumns, renameColumn } from '../../db/repositories/catalog-columns.ts';
import type { CatalogColumn } from '../../db/repositories/catalog-columns.ts';
import type { Actor, Deps } from '../deps.ts';

function requireManager(actor: Actor): void {
  if (!can(actor.roles, 'settings.manage')) throw new DomainError('FORBIDDEN', '仅负责人或管理员可修改组配分类');
}

function cleanName(name: string): string {
  const n = name.trim();
  if (!n) throw new DomainError('VALIDATION', '请填写栏目名称', [{ field: 'name', message: '请填写栏目名称' }]);
  if (n.length > 50) throw new DomainError('VALIDATION', '栏目名称不能超过50个字', [{ field: 'name', message: '不能超过50个字' }]);
  return n;
}

export function columns(deps: Pick<Deps, 'db'>, actor: Actor): Promise<CatalogColumn[]> {
  return listColumns(deps.db, actor.agencyId);
}

export async function addColumn(deps: Pick<Deps, 'db'>, actor: Actor, input: { name: string; parentId: number | null }): Promise<number> {
  requireManager(actor);
  const name = cleanName(input.name);
  const existing = await listColumns(deps.db, actor.agencyId);
  if (input.parentId !== null && !existing.some((c) => c.id === input.parentId)) throw new DomainError('NOT_FOUND', '上级栏目不存在');
  if (existing.some((c) => c.parentId === input.parentId && c.name === name)) throw new DomainError('CONFLICT', `同一级已有栏目“${name}”`);
  return insertColumn(deps.db, actor.agencyId, { parentId: input.parentId, name, sort: existing.length + 1 });
}

export async function renameCatalogColumn(deps: Pick<Deps, 'db'>, actor: Actor, id: number, name: string): Promise<void> {
  requireManager(actor);
  if (!(await renameColumn(deps.db, actor.agencyId, id, cleanName(name)))) throw new DomainError('NOT_FOUND', '栏目不存在');
}

export async function removeColumn(deps: Pick<Deps, 'db'>, actor: Actor, id: number): Promise<void> {
  requireManager(actor);
  const all = await listColumns(deps.db, actor.agencyId);
  const c = all.find((x) => x.id === id);
  if (!c) throw new DomainError('NOT_FOUND', '栏目不存在');
  if (c.items > 0 || all.some((x) => x.parentId === id)) throw new DomainError('CONFLICT', `栏目“${c.name}”下还有信息或子栏目，不能删除`);
  await deleteColumn(deps.db, actor.agencyId, id);
}

/** Columns as an indented list for selects: “公安工作 › 交通管理”. */
export function columnPaths(list: CatalogColumn[]): { id: number; label: string }[] {
  const path = (c: CatalogColumn): string => {
    const parent = list.find((x) => x.id === c.parentId);
    return parent ? `${path(parent)} › ${c.name}` : c.name;
  };
  return list.map((c) => ({ id: c.id, label: path(c) })).sort((a, b) => a.label.localeCompare(b.label, 'zh'));
}
