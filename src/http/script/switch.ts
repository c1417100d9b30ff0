/** The 简 / 繁 switch in the portal's header: the current script in bold, the other one a link. */
import { tryGetContext } from 'hono/context-storage';
import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { HANT_PREFIX, isMirrored } from './paths.ts';

/** Simplified (`hans`, the pages as written) or Traditional (`hant`, the /hant/ mirror). */
export type Script = 'hans' | 'hant';

/** The switch's markup; it contains no nested <span>, so the /hant/ layer can find and replace it. */
export const SWITCH_PATTERN = /<span class="script-switch">[\s\S]*?<\/span>/;

const escapeAttr = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The switch for the page at `path` (path and query, without /hant) shown in `script`;
 * empty for addresses without a Traditional mirror (the console).
 */
export function scriptSwitchHtml(script: Script, path: string): string {
  if (!isMirrored(path)) return '';
  if (script === 'hans') {
    const href = escapeAttr(`${HANT_PREFIX}${path}`);
    return `<span class="script-switch"><strong>简</strong> / <a href="${href}" hreflang="zh-Hant" lang="zh-Hant" title="繁體中文">繁</a></span>`;
  }
  return `<span class="script-switch"><a href="${escapeAttr(path)}" hreflang="zh-Hans" lang="zh-Hans" title="简体中文">简</a> / <strong>繁</strong></span>`;
}

/**
 * The switch of a Simplified page, for the page layout: the current address comes from the request
 * (Hono's context storage); the /hant/ layer turns it into the Traditional page's switch.
 */
export function ScriptSwitch(): HtmlEscapedString {
  const c = tryGetContext();
  const url = c ? new URL(c.req.url) : undefined;
  return raw(scriptSwitchHtml('hans', url ? url.pathname + url.search : '/'));
}

/**
 * `<link rel="alternate">` tags naming the page in both scripts (and the catalog's Atom feed), for
 * search engines and feed readers. `hreflang` keeps the /hant/ layer from rewriting them.
 */
export function ScriptAlternates(): HtmlEscapedString {
  const c = tryGetContext();
  const url = c ? new URL(c.req.url) : undefined;
  const path = url ? url.pathname + url.search : '/';
  const feed = '<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="最新公开信息" />';
  if (!isMirrored(path)) return raw(feed);
  return raw(`<link rel="alternate" hreflang="zh-Hans" href="${escapeAttr(path)}" />`
    + `<link rel="alternate" hreflang="zh-Hant" href="${escapeAttr(`${HANT_PREFIX}${path}`)}" />${feed}`);
}
