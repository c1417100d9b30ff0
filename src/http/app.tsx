/** The web application: public portal, staff console, static assets; errors mapped once here. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { contextStorage } from 'hono/context-storage';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors.ts';
import type { Deps } from '../services/deps.ts';
import { consoleRoutes } from './console/routes.tsx';
import { prefsRoutes } from './prefs/large-text.tsx';
import { httpStatus } from './errors.ts';
import { portalRoutes } from './portal/routes.tsx';
import { publicRoutes } from './public/routes.tsx';
import type { PublicRouteOptions } from './public/routes.tsx';
import { hantMirror } from './script/hant.ts';
import { APP_CSS } from './static/app-css.ts';
import { Flash, PublicLayout } from './views/layout.tsx';

/** Options of the web application; `applyRateLimit` is passed to the public portal's routes. */
export interface AppOptions extends PublicRouteOptions {
  logger?: Logger;
}

/** The whole web application for `deps`. */
/** The largest request body accepted. */
export const MAX_BODY_BYTES = 60 * 1024 * 1024;

export function createApp(deps: Deps, opts: AppOptions = {}): Hono {
  const app = new Hono();
  // /hant/<path> is <path> in Traditional script: dispatched again through the whole app, then converted.
  app.use('/hant/*', hantMirror((req, env) => app.fetch(req, env)));
  // Pages read the current address (the 简 / 繁 switch) from the request context.
  app.use('*', contextStorage());
  app.use('*', secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'"], scriptSrc: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"] },
    referrerPolicy: 'same-origin',
  }));
  // Forms post only from our own pages (Origin check).
  app.use('*', csrf());
  // Five attachments of 10 MB to an application, three of 20 MB to a catalog item, and the form
  // itself; anything larger is refused before parsing, with the limits of the form that was sent.
  app.use('*', bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      const limits = new URL(c.req.url).pathname.startsWith('/console/items/') ? '信息附件每次最多3个、每个不超过20MB' : '申请附件每个不超过10MB，最多5个';
      return c.html(<PublicLayout title="提交内容过大"><h1>提交内容过大</h1><Flash error={`提交的内容超过60MB：${limits}`} /></PublicLayout>, 413);
    },
  }));

  app.get('/static/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/healthz', (c) => c.json({ ok: true }));

  app.route('/console', consoleRoutes(deps));
  app.route('/prefs', prefsRoutes());
  app.route('/', portalRoutes(deps));
  app.route('/', publicRoutes(deps, opts));

  app.notFound((c) => c.html(<PublicLayout title="未找到"><h1>页面不存在</h1><p><a href="/">返回首页</a></p></PublicLayout>, 404));
  app.onError((err, c) => {
    if (err instanceof DomainError) {
      const status = httpStatus(err.code);
      if (c.req.header('accept')?.includes('application/json')) return c.json({ error: { code: err.code, message: err.message } }, status);
      return c.html(<PublicLayout title="无法完成"><h1>无法完成操作</h1><Flash error={err.message} /><p><a href="/console">返回工作台</a></p></PublicLayout>, status);
    }
    if (err instanceof HTTPException) {
      const message = err.status === 403 ? '请求来源无效：请从本站页面提交表单' : '请求无效';
      return c.html(<PublicLayout title="无法完成"><h1>无法完成操作</h1><Flash error={message} /></PublicLayout>, err.status);
    }
    opts.logger?.error({ err, url: c.req.url }, 'unexpected error');
    return c.html(<PublicLayout title="出错了"><h1>服务器出错了</h1><p>请稍后再试。</p></PublicLayout>, 500);
  });
  return app;
}
