/**
 * Simplified ⇄ Traditional script for the public portal (issue 3: every public page also exists
 * under /hant/). Conversion is character-level, never vocabulary-level: a disclosure notice must
 * say the same thing in both scripts, so 程序 stays 程序 (not 程式), 文件 stays 文件 (not 檔案),
 * 粉丝 becomes 粉絲 (not 冬粉).
 *
 * Choice of converter — opencc-js `{ from: 'cn', to: 'tw' }` (OpenCC s2tw):
 * - s2tw is s2t (characters, plus the phrase table OpenCC uses only to pick between one-to-many
 *   characters such as 发 → 發/髮) followed by Taiwan *variant* characters (裏 → 裡, 麪 → 麵). It
 *   contains no vocabulary table, so 粉丝 程序 文件 短信 应用 优化 窗口 keep their words and meaning
 *   (checked in test/http/script-convert.test.ts).
 * - `'t'` (OpenCC's own standard) would keep the meaning as well, but its glyphs (裏, 麪, 着) are an
 *   intermediate form; the Taiwan glyph set is what most Traditional readers and fonts expect.
 * - `'twp'` is forbidden: it swaps vocabulary (程序 → 程式, 文件 → 檔案, 短信 → 簡訊, 应用 → 套用).
 * The reverse direction (`tw` → `cn`) reads both Taiwan and OpenCC-standard glyphs (裡 and 裏 → 里),
 * so a query typed in either finds Simplified text.
 */
import OpenCC from 'opencc-js';
import { rewriteHtml } from './html.ts';
import type { HtmlAttr, HtmlTag } from './html.ts';

type Convert = (text: string) => string;

// Building a converter loads its dictionaries (~0.2 s), so each is built once, on first use.
let s2t: Convert | undefined;
let t2s: Convert | undefined;

/** Text without any non-ASCII character has nothing to convert. */
const NON_ASCII = /[^\p{ASCII}]/u;

/** Simplified → Traditional, character by character (OpenCC s2tw; see the module comment). */
export function toTraditional(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const convert = (s2t ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convert(text);
}

/** Traditional (Taiwan or OpenCC-standard glyphs) → Simplified; used to search with a Traditional query. */
export function toSimplified(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const convert = (t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}

/** Attributes a reader sees or hears, on any element. */
const READABLE_ATTRS = new Set(['title', 'alt', 'placeholder', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
/** `<input type=…>` whose value is a button label, not what the user typed. */
const BUTTON_INPUTS = new Set(['submit', 'button', 'reset']);
/** `<meta name|property=…>` whose content is text for people (search results, link previews). */
const READABLE_META = new Set(['description', 'keywords', 'application-name', 'og:title', 'og:description', 'og:site_name', 'twitter:title', 'twitter:description']);

const attrValue = (tag: HtmlTag, name: string): string => (tag.attrs.find((a) => a.name === name)?.value ?? '').toLowerCase();

/**
 * Whether `attr` of `tag` is human-readable text. Never URLs (href, src, action), ids, classes,
 * names, form values the user typed or codes submitted with the form (option and button values).
 */
export function isReadableAttr(tag: HtmlTag, attr: HtmlAttr): boolean {
  if (READABLE_ATTRS.has(attr.name)) return true;
  switch (attr.name) {
    case 'value': return tag.name === 'input' && BUTTON_INPUTS.has(attrValue(tag, 'type'));
    case 'content': return tag.name === 'meta' && (READABLE_META.has(attrValue(tag, 'name')) || READABLE_META.has(attrValue(tag, 'property')));
    case 'label': return tag.name === 'option' || tag.name === 'optgroup' || tag.name === 'track';
    default: return false;
  }
}

/** Options of {@link convertHtml}. */
export interface ConvertHtmlOptions {
  /** The text converter; {@link toTraditional} by default. */
  convert?: Convert;
  /** Runs first on every attribute: a returned value is written as is (not converted). */
  rewriteAttr?: (tag: HtmlTag, attr: HtmlAttr) => string | undefined;
}

/**
 * Converts the script of a page: text (except in <script>, <style> and <textarea>) and the
 * human-readable attributes of {@link isReadableAttr}. Tags, URLs, ids, classes, names, comments
 * and the values of form fields are kept byte for byte. A phrase split by a tag (`<b>头</b>发`) is
 * converted in two pieces, which for a character-level converter rarely matters.
 */
export function convertHtml(html: string, opts: ConvertHtmlOptions = {}): string {
  const convert = opts.convert ?? toTraditional;
  return rewriteHtml(html, {
    text: convert,
    attr: (tag, attr) => {
      const own = opts.rewriteAttr?.(tag, attr);
      if (own !== undefined) return own;
      return attr.value !== null && isReadableAttr(tag, attr) ? convert(attr.value) : undefined;
    },
  });
}
