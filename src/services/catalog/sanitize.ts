/**
 * Item bodies are rich text from staff: only a safe subset of HTML is kept (no scripts, styles,
 * event handlers or javascript: links), and a plain-text copy is made for search.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'blockquote', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'span', 'div', 'sub', 'sup'],
  // id and headers keep data tables with several header levels readable (WCAG H43; the annual report's tables).
  allowedAttributes: { a: ['href', 'title'], td: ['colspan', 'rowspan', 'headers'], th: ['colspan', 'rowspan', 'scope', 'id'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/** The body with only safe markup left. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/** The body as plain text (for search and summaries). */
export function bodyText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|div|li|h[2-4]|tr)>/gi, '$&\n').replace(/<br\s*\/?>/gi, '\n'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}
