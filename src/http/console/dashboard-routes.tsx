/**
 * Console routes: the agency's dashboard (/console/dashboard) and, for a supervising office's staff,
 * the subordinates' report status, the summed report and its downloads (/console/supervision).
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { chinaToday } from '../../clock.ts';
import { getAgency } from '../../db/repositories/agencies.ts';
import { renderReport } from '../../report/annual/index.ts';
import type { ReportOutput } from '../../report/annual/index.ts';
import { agencyDashboard, supervisionDashboard } from '../../services/dashboard.ts';
import type { Deps } from '../../services/deps.ts';
import { supervisedReports } from '../../services/report/supervision.ts';
import { DashboardPage, SupervisionPage } from './dashboard-pages.tsx';
import type { ConsoleEnv } from './session.ts';

export function dashboardRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  // Without ?year: the current year for the dashboard, last year (the report being prepared and published) for supervision.
  const yearOf = (c: Context<ConsoleEnv>, back: 0 | 1) => {
    const y = Number(c.req.query('year'));
    return Number.isInteger(y) && y >= 2019 && y <= 2100 ? y : Number(chinaToday(deps.clock).slice(0, 4)) - back;
  };

  app.get('/dashboard', async (c) => {
    const actor = c.get('actor');
    const [data, agency] = [await agencyDashboard(deps, actor, yearOf(c, 0)), await getAgency(deps.db, actor.agencyId)];
    return c.html(<DashboardPage actor={actor} data={data} supervises={!!agency && agency.kind !== 'agency'} />);
  });

  app.get('/supervision', async (c) => {
    const actor = c.get('actor');
    const year = yearOf(c, 1);
    const s = await supervisedReports(deps.db, actor, year);
    const dashboard = await supervisionDashboard(deps, actor, year);
    return c.html(<SupervisionPage actor={actor} s={s} dashboard={dashboard} />);
  });

  app.get('/supervision/:file{[0-9]{4}\\.(json|docx|pdf|xlsx)}', async (c) => {
    const [year = '', format = ''] = c.req.param('file').split('.');
    const s = await supervisedReports(deps.db, c.get('actor'), Number(year));
    const r = await renderReport(s.sum.report, format as ReportOutput);
    c.header('Content-Type', r.contentType);
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(r.fileName)}`);
    return typeof r.body === 'string' ? c.body(r.body) : c.body(new Uint8Array(r.body));
  });
  return app;
}
