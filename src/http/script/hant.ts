/**
 * The Traditional-script mirror of the public portal (issue 3): a request for `/hant<path>` is
 * dispatched again to `<path>` in the same application, and an HTML answer is converted to
 * Traditional script on its way out. Routes therefore know nothing of scripts, and every public
 * page — present and future — has its mirror. Status codes and headers are kept; other content
 * types (CSS, JSON, attachments, feeds) pass through unchanged. POST works the same way, so a form
 * sent from a Traditional page is answered in Traditional script. The console is never converted.
 */
import type { MiddlewareHandler } from 'hono';
import { convertHtml } from './convert.ts';
import type { HtmlAttr, HtmlTag } from './html.ts';
import { HANT_PREFIX, hantUrl, isMirrored } from './paths.ts';
import { SWITCH_PATTERN, scriptSwitchHtml } from './switch.ts';

/** Runs a request through the whole application (its `fetch`). */
export type Dispatch = (req: Request, env: unknown) => Response | Promise<Response>;

/** Link attributes that keep the reader in Traditional script, by element. */
const LINK_ATTRS: Record<string, string> = { a: 'href', area: 'href', form: 'action', button: 'formaction', input: 'formaction' };

/**
 * Attribute rewrites of a Traditional page: `lang` of <html>, and internal links to their /hant/
 * mirror. A link with `hreflang` names its script on purpose and is left alone.
 */
function hantAttr(tag: HtmlTag, attr: HtmlAttr): string | undefined {
  if (tag.name === 'html' && attr.name === 'lang') return 'zh-Hant';
  if (attr.value === null || LINK_ATTRS[tag.name] !== attr.name) return undefined;
  if (tag.attrs.some((a) => a.name === 'hreflang')) return undefined;
  return hantUrl(attr.value);
}

/** A Simplified page in Traditional script; `path` is the page's own address (path and query). */
export function hantHtml(html: string, path: string): string {
  const converted = convertHtml(html, { rewriteAttr: hantAttr });
  return converted.replace(SWITCH_PATTERN, () => scriptSwitchHtml('hant', path));
}

/** The answer to a /hant/ request: `res` with its HTML converted and its redirect kept under /hant/. */
export async function hantResponse(res: Response, path: string): Promise<Response> {
  const headers = new Headers(res.headers);
  const location = headers.get('location');
  const target = location ? hantUrl(location) : undefined;
  if (target) headers.set('location', target);
  const type = headers.get('content-type') ?? '';
  if (!/^text\/html\b/i.test(type) || res.body === null) {
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
  const body = hantHtml(await res.text(), path);
  headers.delete('content-length');
  headers.set('content-language', 'zh-Hant');
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}

/**
 * Middleware for `/hant/*`, mounted before all others: it does not call `next`, the inner request
 * runs the whole chain (headers, CSRF check, body limit) itself. `/hant/console…` and other
 * addresses without a mirror are redirected (308, method kept) to the address without /hant.
 */
export function hantMirror(dispatch: Dispatch): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const inner = url.pathname.slice(HANT_PREFIX.length) || '/';
    if (!url.pathname.startsWith(HANT_PREFIX) || !inner.startsWith('/')) return next();
    const path = inner + url.search;
    if (!isMirrored(path)) return c.redirect(path, 308);
    url.pathname = inner;
    const res = await dispatch(new Request(url, c.req.raw), c.env);
    return hantResponse(res, path);
  };
}
