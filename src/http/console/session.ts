/** The session cookie and the middleware that puts the logged-in actor on the context. */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { resolveSession, SESSION_HOURS } from '../../services/auth.ts';
import type { Actor, Deps } from '../../services/deps.ts';

export const SESSION_COOKIE = 'gk_session';

export type ConsoleEnv = { Variables: { actor: Actor; token: string } };

/** Secure where browsers accept it: HTTPS, or localhost (a secure context) — unless told otherwise. */
function secureFor(c: Context): boolean {
  if (process.env.COOKIE_SECURE === 'false') return false;
  if (process.env.COOKIE_SECURE === 'true') return true;
  const url = new URL(c.req.url);
  return url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1';
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure: secureFor(c), sameSite: 'Lax', path: '/', maxAge: SESSION_HOURS * 3600 });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureFor(c) });
}

/** Requires a valid session; otherwise redirects to the login page. */
export function requireActor(deps: Deps): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const actor = token ? await resolveSession(deps, token) : undefined;
    if (!actor || !token) {
      const next_ = new URL(c.req.url).pathname;
      return c.redirect(`/console/login?next=${encodeURIComponent(next_)}`, 303);
    }
    c.set('actor', actor);
    c.set('token', token);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}
