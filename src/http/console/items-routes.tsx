/** Console routes for the catalog: list, draft, edit, review and publication steps, department view. */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { chinaToday } from '../../clock.ts';
import { ITEM_ACTIONS } from '../../domain/catalog/item-workflow.ts';
import type { ItemAction } from '../../domain/catalog/item-workflow.ts';
import { isLate, publishBy } from '../../domain/catalog/timeliness.ts';
import { DomainError } from '../../domain/errors.ts';
import { can } from '../../domain/roles.ts';
import { listDepartments } from '../../db/repositories/agencies.ts';
import { listItemEvents, listItems } from '../../db/repositories/items.ts';
import type { Item } from '../../db/repositories/items.ts';
import { departmentView } from '../../services/catalog/department-view.ts';
import { addColumn, columnPaths, columns, removeColumn, renameCatalogColumn } from '../../services/catalog/columns.ts';
import { attachmentsEditable, staffItemAttachments } from '../../services/catalog/item-attachments.ts';
import { createItem, editItem, itemAction, loadItem } from '../../services/catalog/items.ts';
import { channelsOfItem } from '../../services/item-channels.ts';
import { mediaAccounts } from '../../services/media-accounts.ts';
import type { Actor, Deps } from '../../services/deps.ts';
import { httpStatus } from '../errors.ts';
import { readForm } from '../form.ts';
import { errorsOf } from '../views/fields.tsx';
import { ColumnsPage, DepartmentsPage, ItemFormPage, ItemListPage, ItemPage } from './items-pages.tsx';
import type { ConsoleEnv } from './session.ts';

function formValues(i: Item): Record<string, string> {
  const v: Record<string, string> = {};
  for (const [k, x] of Object.entries(i)) if (x !== null && x !== undefined) v[k] = String(x);
  return v;
}

export function itemRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();

  app.get('/', async (c) => {
    const actor = c.get('actor');
    const status = c.req.query('status') ?? '';
    const { total, items } = await listItems(deps.db, { agencyId: actor.agencyId, ...(status ? { statuses: [status] } : {}), limit: 200 });
    const lateIds = new Set(items.filter((i) => isLate(deps.calendar, i.formedOn, i.publishedOn)).map((i) => i.id));
    return c.html(<ItemListPage actor={actor} items={items} total={total} status={status} lateIds={lateIds} notice={c.req.query('notice')} />);
  });

  app.get('/departments', async (c) => {
    const actor = c.get('actor');
    const y = Number(c.req.query('year'));
    const year = Number.isInteger(y) && y >= 2019 && y <= 2100 ? y : Number(chinaToday(deps.clock).slice(0, 4));
    return c.html(<DepartmentsPage actor={actor} year={year} rows={await departmentView(deps, actor, year)} />);
  });

  const columnsPage = async (c: Context<ConsoleEnv>, msg: { error?: string; notice?: string | undefined }, status: 200 | 403 | 404 | 409 | 422 = 200) => {
    const actor = c.get('actor');
    const list = await columns(deps, actor);
    return c.html(<ColumnsPage actor={actor} columns={list} paths={columnPaths(list)} canEdit={can(actor.roles, 'settings.manage')} error={msg.error} notice={msg.notice} />, status);
  };
  const columnAction = (run: (c: Context<ConsoleEnv>, f: Record<string, string>) => Promise<unknown>) => async (c: Context<ConsoleEnv>) => {
    const { fields } = await readForm(c);
    try {
      await run(c, fields);
      return c.redirect(`/console/items/columns?notice=${encodeURIComponent('已保存')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      return columnsPage(c, { error: `未保存：${err.message}` }, httpStatus(err.code) as 422);
    }
  };
  app.get('/columns', (c) => columnsPage(c, { notice: c.req.query('notice') }));
  app.post('/columns', columnAction((c, f) => addColumn(deps, c.get('actor'), { name: f.name ?? '', parentId: f.parentId ? Number(f.parentId) : null })));
  app.post('/columns/:id{[0-9]+}/rename', columnAction((c, f) => renameCatalogColumn(deps, c.get('actor'), Number(c.req.param('id')), f.name ?? '')));
  app.post('/columns/:id{[0-9]+}/delete', columnAction((c) => removeColumn(deps, c.get('actor'), Number(c.req.param('id')))));

  app.get('/new', async (c) => {
    const actor = c.get('actor');
    return c.html(<ItemFormPage actor={actor} values={{ publisher: actor.agencyName, writtenOn: chinaToday(deps.clock) }} errors={{}} departments={await listDepartments(deps.db, actor.agencyId)} columns={columnPaths(await columns(deps, actor))} />);
  });

  app.post('/new', async (c) => {
    const actor = c.get('actor');
    const { fields } = await readForm(c);
    try {
      const id = await createItem(deps, actor, fields);
      return c.redirect(`/console/items/${id}?notice=${encodeURIComponent('草稿已保存')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      return c.html(<ItemFormPage actor={actor} values={fields} errors={errorsOf(err.issues)} departments={await listDepartments(deps.db, actor.agencyId)} columns={columnPaths(await columns(deps, actor))} error={`未保存：${err.message}`} />, httpStatus(err.code));
    }
  });

  app.get('/:id{[0-9]+}', async (c) => c.html(await renderItem(deps, c.get('actor'), Number(c.req.param('id')), { notice: c.req.query('notice'), error: c.req.query('error') })));

  app.get('/:id{[0-9]+}/edit', async (c) => {
    const actor = c.get('actor');
    const item = await loadItem(deps.db, actor, Number(c.req.param('id')));
    return c.html(<ItemFormPage actor={actor} id={item.id} values={formValues(item)} errors={{}} departments={await listDepartments(deps.db, actor.agencyId)} columns={columnPaths(await columns(deps, actor))} />);
  });

  app.post('/:id{[0-9]+}/edit', async (c) => {
    const actor = c.get('actor');
    const id = Number(c.req.param('id'));
    const { fields } = await readForm(c);
    try {
      await editItem(deps, actor, id, fields);
      return c.redirect(`/console/items/${id}?notice=${encodeURIComponent('已保存')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND') throw err;
      return c.html(<ItemFormPage actor={actor} id={id} values={fields} errors={errorsOf(err.issues)} departments={await listDepartments(deps.db, actor.agencyId)} columns={columnPaths(await columns(deps, actor))} error={`未保存：${err.message}`} />, httpStatus(err.code));
    }
  });

  app.post('/:id{[0-9]+}/actions/:action', async (c) => {
    const actor = c.get('actor');
    const id = Number(c.req.param('id'));
    const { fields } = await readForm(c);
    try {
      await itemAction(deps, actor, id, c.req.param('action'), fields);
      return c.redirect(`/console/items/${id}?notice=${encodeURIComponent('已办理')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND') throw err;
      return c.html(await renderItem(deps, actor, id, { error: `未能办理：${err.message}` }), httpStatus(err.code));
    }
  });

  return app;
}

/** The console page of an item of the actor's agency, with an error or notice. */
export async function renderItem(deps: Deps, actor: Actor, id: number, msg: { error?: string | undefined; notice?: string | undefined }) {
  const item = await loadItem(deps.db, actor, id);
  const [events, channels, accounts, attachments] = await Promise.all([listItemEvents(deps.db, id), channelsOfItem(deps, actor, id), mediaAccounts(deps, actor), staffItemAttachments(deps, actor, id)]);
  const canAttach = attachmentsEditable(item.status) && can(actor.roles, 'item.draft');
  const actions = (Object.keys(ITEM_ACTIONS) as ItemAction[]).filter((a) => a !== 'edit' && (ITEM_ACTIONS[a].from as readonly string[]).includes(item.status) && can(actor.roles, ITEM_ACTIONS[a].permission) && !((a === 'approve' || a === 'reject') && item.authorId === actor.userId));
  return <ItemPage actor={actor} item={item} actions={actions} attachments={attachments} canAttach={canAttach} events={events} channels={channels} accounts={accounts} publishBy={publishBy(deps.calendar, item.formedOn)} late={isLate(deps.calendar, item.formedOn, item.publishedOn)} error={msg.error} notice={msg.notice} />;
}
