/** Writing XML text safely: escaped, and without the control characters XML 1.0 forbids. */

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

/** `s` escaped for XML text and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The XML declaration every document of ours starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
