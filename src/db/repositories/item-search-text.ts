/**
 * The text side of item search, without SQL: reading the query the public typed, the bigram
 * tokens of the SQLite index, and the highlighted snippet shown under each hit.
 */
import { DomainError } from '../../domain/errors.ts';

/** The longest query accepted, in characters, after trimming. */
export const MAX_QUERY_CHARS = 100;

/**
 * The terms of a query, all of which a hit must contain: control characters removed, split on
 * whitespace (full-width space included), duplicates dropped. Refused: an empty query, one over
 * MAX_QUERY_CHARS characters, and one-character terms — a single 汉字 matches most of the catalog
 * and neither index can serve it (both need pairs of characters).
 */
export function parseSearchText(text: string): string[] {
  const cleaned = text.replace(/[\t\n\v\f\r]/g, ' ').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const issue = (message: string) => new DomainError('VALIDATION', message, [{ field: 'q', message }]);
  if (!cleaned) throw issue('请输入搜索词');
  if ([...cleaned].length > MAX_QUERY_CHARS) throw issue(`搜索内容不能超过${MAX_QUERY_CHARS}个字`);
  const terms = [...new Set(cleaned.split(/\s+/u))];
  if (terms.some((t) => [...t].length < 2)) throw issue('搜索词至少两个字');
  return terms;
}

/** ASCII letters to lower case, nothing else: what SQLite's lower() does without ICU. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The index token of a pair of characters: hex of its UTF-8 bytes, ASCII letters lower-cased. */
export function gramToken(pair: string): string {
  return Buffer.from(asciiLower(pair), 'utf8').toString('hex');
}

/**
 * The tokens `item_grams` holds for an item: every distinct pair of adjacent characters of its
 * searchable text that contains no whitespace (query terms never do), space-separated.
 */
export function gramTokens(text: string): string {
  const chars = Array.from(asciiLower(text));
  const seen = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i] as string;
    const b = chars[i + 1] as string;
    if (/\s/u.test(a) || /\s/u.test(b)) continue;
    seen.add(a + b);
  }
  return [...seen].map((p) => Buffer.from(p, 'utf8').toString('hex')).join(' ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function termPattern(terms: string[]): RegExp {
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(alternatives.join('|'), 'giu');
}

/** `text` HTML-escaped, each occurrence of a term (any case) wrapped in <mark>…</mark>. */
export function highlight(text: string, terms: string[]): string {
  if (!terms.length) return escapeHtml(text);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(termPattern(terms))) {
    out += `${escapeHtml(text.slice(at, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    at = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(at));
}

/** Keeps `i` off the second half of a surrogate pair. */
function charStart(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i + 1 : i;
}

/**
 * About `width` characters of the first field (in the order given) that contains a term, around
 * the first match, starting a little before it; every term in it marked, the rest HTML-escaped,
 * '…' where text was cut. With no match anywhere, the start of the first non-empty field.
 */
export function snippet(fields: (string | null)[], terms: string[], width = 80): string {
  const texts = fields.map((f) => (f ?? '').replace(/\s+/gu, ' ').trim()).filter((f) => f.length > 0);
  const pattern = new RegExp(termPattern(terms).source, 'iu');
  for (const text of texts) {
    const m = pattern.exec(text);
    if (!m) continue;
    const lead = Math.min(20, Math.floor(width / 4));
    const start = charStart(text, Math.max(0, Math.min(m.index - lead, text.length - width)));
    const end = charStart(text, Math.min(text.length, Math.max(start + width, m.index + m[0].length)));
    return `${start > 0 ? '…' : ''}${highlight(text.slice(start, end), terms)}${end < text.length ? '…' : ''}`;
  }
  const first = texts[0] ?? '';
  const end = charStart(first, Math.min(first.length, width));
  return escapeHtml(first.slice(0, end)) + (end < first.length ? '…' : '');
}
