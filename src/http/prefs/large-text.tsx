/**
 * 适老化: a larger-text mode for older readers, kept in a cookie and switched by a plain link, so it
 * works without JavaScript. The layout reads the cookie through Hono's context storage.
 */
import { Hono } from 'hono';
import { tryGetContext } from 'hono/context-storage';
import { getCookie, setCookie } from 'hono/cookie';

export const LARGE_TEXT_COOKIE = 'gk_large';

/** True when the current request asked for large text. */
export function largeTextOn(): boolean {
  const c = tryGetContext();
  return c ? getCookie(c, LARGE_TEXT_COOKIE) === '1' : false;
}

function safeBack(s: string | undefined): string {
  return s && s.startsWith('/') && !s.startsWith('//') ? s : '/';
}

/** `/prefs/large-text?on=1&back=/catalog` sets the mode and returns to the page. */
export function prefsRoutes(): Hono {
  const app = new Hono();
  app.get('/large-text', (c) => {
    const on = c.req.query('on') === '1';
    setCookie(c, LARGE_TEXT_COOKIE, on ? '1' : '0', { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 86_400 });
    return c.redirect(safeBack(c.req.query('back')), 303);
  });
  return app;
}

/** The header link that turns the mode on or off for the current page. */
export function LargeTextToggle() {
  const c = tryGetContext();
  const url = c ? new URL(c.req.url) : undefined;
  const back = encodeURIComponent(url ? url.pathname + url.search : '/');
  const on = largeTextOn();
  return <a class="large-toggle" href={`/prefs/large-text?on=${on ? '0' : '1'}&back=${back}`}>{on ? '标准字号' : '大字版'}</a>;
}
