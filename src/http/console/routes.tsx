/** Console routes: login, inbox, case page and actions, intake, letters, attachments. */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '../../domain/errors.ts';
import { listDepartments } from '../../db/repositories/agencies.ts';
import { getAttachment } from '../../db/repositories/cases.ts';
import { staffOf } from '../../db/repositories/users.ts';
import { login, logout, switchAgency } from '../../services/auth.ts';
import { loadCase, performAction } from '../../services/case-actions.ts';
import { appealsOfApplication } from '../../services/appeals.ts';
import { caseView } from '../../services/case-view.ts';
import type { Deps } from '../../services/deps.ts';
import { inbox } from '../../services/inbox.ts';
import type { InboxFilter } from '../../services/inbox.ts';
import { submitByStaff } from '../../services/intake.ts';
import { caseLetter } from '../../services/letters.ts';
import { httpStatus } from '../errors.ts';
import { readForm } from '../form.ts';
import { errorsOf } from '../views/fields.tsx';
import { CasePage } from './case-page.tsx';
import { InboxPage } from './inbox-page.tsx';
import { IntakePage } from './intake-page.tsx';
import { LoginPage } from './login-page.tsx';
import { adminRoutes } from './admin-routes.tsx';
import { appealRoutes } from './appeals-routes.tsx';
import { dashboardRoutes } from './dashboard-routes.tsx';
import { itemAttachmentRoutes } from './item-attachments-routes.tsx';
import { itemImportRoutes } from './item-import-routes.tsx';
import { itemRoutes } from './items-routes.tsx';
import { proactiveRoutes } from './proactive-routes.tsx';
import { reportRoutes } from './reports-routes.tsx';
import { clearSessionCookie, requireActor, SESSION_COOKIE, setSessionCookie } from './session.ts';
import type { ConsoleEnv } from './session.ts';

function safeNext(n: string | undefined): string {
  return n && n.startsWith('/console') && !n.startsWith('//') ? n : '/console';
}

function num(s: string | undefined): number | undefined {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function consoleRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();

  app.get('/login', (c) => c.html(<LoginPage next={safeNext(c.req.query('next'))} />));
  app.post('/login', async (c) => {
    const { fields } = await readForm(c);
    try {
      const { token } = await login(deps, fields.username ?? '', fields.password ?? '');
      setSessionCookie(c, token);
      return c.redirect(safeNext(fields.next), 303);
    } catch (err) {
      if (err instanceof DomainError) return c.html(<LoginPage next={safeNext(fields.next)} username={fields.username ?? ''} error={err.message} />, 401);
      throw err;
    }
  });
  app.post('/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(deps, token);
    clearSessionCookie(c);
    return c.redirect('/console/login', 303);
  });

  app.use('*', requireActor(deps));

  app.post('/switch-agency', async (c) => {
    const { fields } = await readForm(c);
    await switchAgency(deps, c.get('token'), Number(fields.agencyId));
    return c.redirect('/console', 303);
  });

  const inboxHandler = async (c: Context<ConsoleEnv>) => {
    const actor = c.get('actor');
    const q = c.req.query();
    const filter: InboxFilter = {
      view: (['open', 'overdue', 'due_soon', 'all', 'closed'] as const).find((v) => v === q.view) ?? 'open',
      ...(q.status ? { status: q.status } : {}),
      ...(num(q.officer) ? { officerId: num(q.officer) } : {}),
      ...(num(q.department) ? { departmentId: num(q.department) } : {}),
      ...(q.q ? { q: q.q } : {}),
    };
    const [rows, departments, staff] = await Promise.all([inbox(deps, actor, filter), listDepartments(deps.db, actor.agencyId), staffOf(deps.db, actor.agencyId)]);
    return c.html(<InboxPage actor={actor} rows={rows} filter={filter} departments={departments} staff={staff} notice={q.notice} />);
  };
  app.get('/', inboxHandler);
  app.get('/cases', inboxHandler);

  app.get('/cases/:id{[0-9]+}', async (c) => {
    const v = await caseView(deps, c.get('actor'), Number(c.req.param('id')));
    return c.html(<CasePage actor={c.get('actor')} v={v} appeals={await appealsOfApplication(deps, c.get('actor'), v.c.id)} notice={c.req.query('notice')} />);
  });

  app.post('/cases/:id{[0-9]+}/actions/:action', async (c) => {
    const actor = c.get('actor');
    const id = Number(c.req.param('id'));
    const { fields } = await readForm(c);
    try {
      await performAction(deps, actor, id, c.req.param('action'), fields);
      return c.redirect(`/console/cases/${id}?notice=${encodeURIComponent('已办理')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND') throw err;
      const v = await caseView(deps, actor, id);
      return c.html(<CasePage actor={actor} v={v} error={`未能办理：${err.message}`} />, httpStatus(err.code));
    }
  });

  app.get('/cases/:id{[0-9]+}/letters/:file{[a-z_]+\\.(docx|pdf)}', async (c) => {
    const [kind = '', format = ''] = c.req.param('file').split('.');
    const r = await caseLetter(deps, c.get('actor'), Number(c.req.param('id')), kind, format as 'docx' | 'pdf');
    c.header('Content-Type', format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(r.filename)}`);
    return c.body(new Uint8Array(r.bytes));
  });

  app.get('/cases/:id{[0-9]+}/attachments/:aid{[0-9]+}', async (c) => {
    const actor = c.get('actor');
    const cs = await loadCase(deps, actor, Number(c.req.param('id')));
    const a = await getAttachment(deps.db, cs.id, Number(c.req.param('aid')));
    if (!a) throw new DomainError('NOT_FOUND', '未找到该附件');
    c.header('Content-Type', a.mime);
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.filename)}`);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(a.content));
  });

  app.get('/intake', (c) => c.html(<IntakePage actor={c.get('actor')} values={{ channel: 'letter', idType: 'resident_id' }} errors={{}} />));
  app.post('/intake', async (c) => {
    const actor = c.get('actor');
    const { fields, files } = await readForm(c);
    try {
      const r = await submitByStaff(deps, actor, fields, files);
      return c.redirect(`/console/cases/${r.caseId}?notice=${encodeURIComponent(`已登记，申请编号 ${r.number}，查询码 ${r.queryCode}（请告知申请人）`)}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      return c.html(<IntakePage actor={actor} values={fields} errors={errorsOf(err.issues)} error={`登记未成功：${err.message}`} />, httpStatus(err.code));
    }
  });

  app.route('/', proactiveRoutes(deps));
  app.route('/items', itemImportRoutes(deps));
  app.route('/items', itemRoutes(deps));
  app.route('/items', itemAttachmentRoutes(deps));
  app.route('/reviews', appealRoutes(deps));
  app.route('/reports', reportRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', dashboardRoutes(deps));
  return app;
}
