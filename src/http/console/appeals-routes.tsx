/** Console routes of the review and litigation records under /console/reviews. */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { chinaToday } from '../../clock.ts';
import { DomainError } from '../../domain/errors.ts';
import { can } from '../../domain/roles.ts';
import { caseSettings } from '../../services/agency-settings.ts';
import { appealFilterOf, appealPayload, appeals, appealView, decideAppeal, editAppeal, loadAppeal, recordAppeal, requireAppealRecording } from '../../services/appeals.ts';
import type { Deps } from '../../services/deps.ts';
import { httpStatus } from '../errors.ts';
import { readForm } from '../form.ts';
import { errorsOf } from '../views/fields.tsx';
import { AppealFormPage, AppealListPage, AppealPage } from './appeals-pages.tsx';
import type { ConsoleEnv } from './session.ts';

export function appealRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const idOf = (c: Context<ConsoleEnv>) => Number(c.req.param('id'));

  app.get('/', async (c) => {
    const actor = c.get('actor');
    const filter = appealFilterOf(c.req.query());
    const rows = await appeals(deps, actor, filter);
    return c.html(<AppealListPage actor={actor} rows={rows} filter={filter} canRecord={can(actor.roles, 'appeal.record')} notice={c.req.query('notice')} />);
  });

  app.get('/new', async (c) => {
    const actor = c.get('actor');
    requireAppealRecording(actor);
    const reviewBody = (await caseSettings(deps.db, actor.agencyId)).reviewBody;
    const values = { kind: 'review', body: reviewBody, receivedOn: chinaToday(deps.clock), result: 'pending', applicationNumber: c.req.query('application') ?? '' };
    return c.html(<AppealFormPage actor={actor} values={values} errors={{}} />);
  });

  app.post('/new', async (c) => {
    const actor = c.get('actor');
    const { fields } = await readForm(c);
    try {
      const id = await recordAppeal(deps, actor, fields);
      return c.redirect(`/console/reviews/${id}?notice=${encodeURIComponent('已登记')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'FORBIDDEN') throw err;
      return c.html(<AppealFormPage actor={actor} values={fields} errors={errorsOf(err.issues)} error={`未保存：${err.message}`} />, httpStatus(err.code));
    }
  });

  app.get('/:id{[0-9]+}', async (c) => {
    const actor = c.get('actor');
    return c.html(<AppealPage actor={actor} v={await appealView(deps, actor, idOf(c))} notice={c.req.query('notice')} />);
  });

  app.get('/:id{[0-9]+}/edit', async (c) => {
    const actor = c.get('actor');
    requireAppealRecording(actor);
    const a = await loadAppeal(deps.db, actor, idOf(c));
    return c.html(<AppealFormPage actor={actor} id={a.id} values={appealPayload(a)} errors={{}} />);
  });

  app.post('/:id{[0-9]+}/edit', async (c) => {
    const actor = c.get('actor');
    const id = idOf(c);
    const { fields } = await readForm(c);
    try {
      await editAppeal(deps, actor, id, fields);
      return c.redirect(`/console/reviews/${id}?notice=${encodeURIComponent('已保存')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN') throw err;
      return c.html(<AppealFormPage actor={actor} id={id} values={fields} errors={errorsOf(err.issues)} error={`未保存：${err.message}`} />, httpStatus(err.code));
    }
  });

  app.post('/:id{[0-9]+}/decide', async (c) => {
    const actor = c.get('actor');
    const id = idOf(c);
    const { fields } = await readForm(c);
    try {
      await decideAppeal(deps, actor, id, fields);
      return c.redirect(`/console/reviews/${id}?notice=${encodeURIComponent('已登记审结结果')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN') throw err;
      return c.html(<AppealPage actor={actor} v={await appealView(deps, actor, id)} error={`未登记：${err.message}`} />, httpStatus(err.code));
    }
  });

  return app;
}
