/** Public portal routes for applicants: home, the application form, the status query. */
import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { DomainError } from '../../domain/errors.ts';
import { getAgency, listAgencies } from '../../db/repositories/agencies.ts';
import type { Deps } from '../../services/deps.ts';
import { submitOnline } from '../../services/intake.ts';
import { publicStatus } from '../../services/public-status.ts';
import { httpStatus } from '../errors.ts';
import { readForm } from '../form.ts';
import { RateLimiter } from '../rate-limit.ts';
import { errorsOf } from '../views/fields.tsx';
import { ApplyDonePage, ApplyPage } from './apply-page.tsx';
import { HomePage } from './home-page.tsx';
import { StatusPage } from './status-page.tsx';

function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** Default number of applications one client address may submit per minute. */
export const APPLY_RATE_LIMIT = 20;

export interface PublicRouteOptions {
  /** Applications per client address per minute (default {@link APPLY_RATE_LIMIT}); 0 turns the limit off (benchmarks only). */
  applyRateLimit?: number;
}

/** Routes of the public portal. */
export function publicRoutes(deps: Deps, opts: PublicRouteOptions = {}): Hono {
  const app = new Hono();
  const statusLimiter = new RateLimiter(10, 60_000);
  const applyLimit = opts.applyRateLimit ?? APPLY_RATE_LIMIT;
  const applyLimiter = applyLimit > 0 ? new RateLimiter(applyLimit, 60_000) : undefined;
  const agencies = async () => (await listAgencies(deps.db)).filter((a) => a.kind === 'agency');

  app.get('/', async (c) => c.html(<HomePage agencies={await agencies()} />));

  app.get('/apply', async (c) => {
    const list = await agencies();
    const pre = c.req.query('agency');
    const chosen = list.find((a) => a.code === pre || String(a.id) === pre) ?? list[0];
    return c.html(<ApplyPage agencies={list} values={{ agencyId: chosen ? String(chosen.id) : '', idType: 'resident_id' }} errors={{}} />);
  });

  app.post('/apply', async (c) => {
    const { fields, files } = await readForm(c);
    const list = await agencies();
    const render = (error: string, errors: Record<string, string>, status: 422 | 429 | 404 | 503 | 400) =>
      c.html(<ApplyPage agencies={list} values={fields} errors={errors} error={error} />, status);
    if (applyLimiter && !applyLimiter.allow(clientKey(c), Date.now())) return render('提交过于频繁，请稍后再试', {}, 429);
    if (fields.website) return render('提交未通过校验，请刷新页面后重新填写', {}, 400);
    try {
      const agencyId = Number(fields.agencyId);
      if (!list.some((a) => a.id === agencyId)) throw new DomainError('VALIDATION', '请选择受理机关', [{ field: 'agencyId', message: '请选择受理机关' }]);
      const r = await submitOnline(deps, agencyId, fields, files);
      const agency = await getAgency(deps.db, agencyId);
      c.header('Cache-Control', 'no-store');
      return c.html(<ApplyDonePage number={r.number} queryCode={r.queryCode} receivedOn={r.receivedOn} agencyName={agency?.name ?? ''} />, 201);
    } catch (err) {
      if (err instanceof DomainError) return render(`提交未成功：${err.message}`, errorsOf(err.issues), httpStatus(err.code) as 422);
      throw err;
    }
  });

  app.get('/status', (c) => c.html(<StatusPage values={{ number: c.req.query('number') ?? '' }} />));

  app.post('/status', async (c) => {
    const { fields } = await readForm(c);
    const values = { number: fields.number ?? '', code: '' };
    if (!statusLimiter.allow(clientKey(c), Date.now())) return c.html(<StatusPage values={values} error="查询过于频繁，请一分钟后再试" />, 429);
    try {
      const s = await publicStatus(deps, fields.number ?? '', fields.code ?? '');
      c.header('Cache-Control', 'no-store');
      return c.html(<StatusPage values={values} status={s} />);
    } catch (err) {
      if (err instanceof DomainError) return c.html(<StatusPage values={values} error={err.message} />, httpStatus(err.code) as 404);
      throw err;
    }
  });

  return app;
}
