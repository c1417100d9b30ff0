/**
 * A small HTML tokenizer for rewriting our own server-rendered pages: it hands text runs and
 * attribute values to callbacks and copies everything else (tags, comments, doctype, the contents
 * of <script>, <style> and <textarea>) byte for byte. It is not a full HTML5 parser: it knows
 * enough of the tokenization rules (quoted and unquoted attributes, raw-text elements, comments)
 * to never mistake markup for text on pages that Hono's JSX escapes.
 */

/** An attribute as written: lower-cased name, value with entities left encoded (null when absent). */
export interface HtmlAttr {
  name: string;
  value: string | null;
}

/** A start tag: lower-cased element name and its attributes in document order. */
export interface HtmlTag {
  name: string;
  attrs: HtmlAttr[];
}

/** Callbacks of {@link rewriteHtml}; each returns the replacement, as raw (escaped) HTML. */
export interface HtmlRewrite {
  /** A run of text (including <title> text), entities left encoded. Never script, style or textarea contents. */
  text?: (raw: string) => string;
  /** A new raw value for `attr` of `tag`, or undefined to keep it exactly as written. */
  attr?: (tag: HtmlTag, attr: HtmlAttr) => string | undefined;
}

/** Elements whose contents are copied untouched: code, styles, and what the user typed (textarea). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements whose contents are text without tags (RCDATA) but still human-readable. */
const TEXT_ONLY = new Set(['title']);

const TAG_START = /<(?:[a-zA-Z]|\/[a-zA-Z]|!|\?)/g;

interface ParsedAttr extends HtmlAttr {
  /** Offsets of the value inside the page (excluding quotes); -1 when the attribute has no value. */
  start: number;
  end: number;
  quote: '"' | "'" | '';
  nameEnd: number;
}

/** Rewrites `html` through `r`: text runs and attribute values; all other bytes are kept. */
export function rewriteHtml(html: string, r: HtmlRewrite): string {
  const out: string[] = [];
  const text = (s: string) => (s && r.text ? r.text(s) : s);
  let i = 0;
  while (i < html.length) {
    TAG_START.lastIndex = i;
    const m = TAG_START.exec(html);
    const lt = m ? m.index : html.length;
    if (lt > i) out.push(text(html.slice(i, lt)));
    if (!m) break;
    const c = html[lt + 1];
    if (c === '!' || c === '?' || c === '/') {
      const end = markupEnd(html, lt);
      out.push(html.slice(lt, end));
      i = end;
      continue;
    }
    const tag = parseStartTag(html, lt);
    if (!tag) {
      out.push(html.slice(lt));
      break;
    }
    out.push(writeStartTag(html, lt, tag, r));
    i = tag.end;
    if (RAW_TEXT.has(tag.name) || TEXT_ONLY.has(tag.name)) {
      const close = closingTag(html, tag.name, i);
      const inner = html.slice(i, close);
      out.push(TEXT_ONLY.has(tag.name) ? text(inner) : inner);
      i = close;
    }
  }
  return out.join('');
}

/** End (exclusive) of a comment, doctype, processing instruction or end tag starting at `lt`. */
function markupEnd(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const e = html.indexOf('-->', lt + 4);
    return e < 0 ? html.length : e + 3;
  }
  const e = html.indexOf('>', lt);
  return e < 0 ? html.length : e + 1;
}

/** Offset of `</name` (any case) from `from`, or the end of the page. */
function closingTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\s/>]`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** Parses the start tag at `lt`; null when the page ends inside it. */
function parseStartTag(html: string, lt: number): (HtmlTag & { attrs: ParsedAttr[]; end: number }) | null {
  let i = lt + 1;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(lt + 1, i).toLowerCase();
  const attrs: ParsedAttr[] = [];
  for (;;) {
    while (i < html.length && (isSpace(html[i]) || html[i] === '/')) i++;
    if (i >= html.length) return null;
    if (html[i] === '>') return { name, attrs, end: i + 1 };
    const nameStart = i;
    i++; // the first character belongs to the name even if it is '='
    while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attr: ParsedAttr = { name: html.slice(nameStart, i).toLowerCase(), value: null, start: -1, end: -1, quote: '', nameEnd: i };
    let j = i;
    while (j < html.length && isSpace(html[j])) j++;
    if (html[j] === '=') {
      j++;
      while (j < html.length && isSpace(html[j])) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const e = html.indexOf(q, j + 1);
        if (e < 0) return null;
        Object.assign(attr, { quote: q, start: j + 1, end: e });
        i = e + 1;
      } else {
        let e = j;
        while (e < html.length && !isSpace(html[e]) && html[e] !== '>') e++;
        Object.assign(attr, { start: j, end: e });
        i = e;
      }
      attr.value = html.slice(attr.start, attr.end);
    }
    attrs.push(attr);
  }
}

/** The start tag as written, with the values the callback changed. */
function writeStartTag(html: string, lt: number, tag: HtmlTag & { attrs: ParsedAttr[]; end: number }, r: HtmlRewrite): string {
  if (!r.attr) return html.slice(lt, tag.end);
  const parts: string[] = [];
  let pos = lt;
  const plain: HtmlTag = { name: tag.name, attrs: tag.attrs.map((a) => ({ name: a.name, value: a.value })) };
  for (const a of tag.attrs) {
    const next = r.attr(plain, { name: a.name, value: a.value });
    if (next === undefined || next === a.value) continue;
    if (a.start < 0) {
      parts.push(html.slice(pos, a.nameEnd), `="${next.replaceAll('"', '&quot;')}"`);
      pos = a.nameEnd;
    } else if (a.quote) {
      parts.push(html.slice(pos, a.start), next.replaceAll(a.quote, a.quote === '"' ? '&quot;' : '&#39;'));
      pos = a.end;
    } else {
      parts.push(html.slice(pos, a.start), `"${next.replaceAll('"', '&quot;')}"`);
      pos = a.end;
    }
  }
  parts.push(html.slice(pos, tag.end));
  return parts.join('');
}
