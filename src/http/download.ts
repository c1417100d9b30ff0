/** Sending a stored file as a download, and how pages describe one (type and size). */
import type { Context } from 'hono';
import { FILE_TYPES } from '../domain/uploads.ts';

/** RFC 5987 `ext-value` characters: everything else, including ' ( ) *, is percent-encoded. */
function rfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment` with the name in UTF-8 (`filename*`, RFC 6266 / RFC 5987) and an ASCII fallback
 * (`filename`, non-ASCII and quoting characters replaced by `_`) for clients without `filename*`.
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(filename)}`;
}

/** Answers with a stored file: its type, its UTF-8 name, and no content sniffing by the browser. */
export function sendFile(c: Context, f: { filename: string; mime: string; content: Uint8Array }): Response {
  c.header('Content-Type', f.mime);
  c.header('Content-Disposition', contentDisposition(f.filename));
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(new Uint8Array(f.content));
}

/** The short name of a stored MIME type (PDF, OFD, XLSX …), or the MIME type itself. */
export function fileTypeLabel(mime: string): string {
  return Object.values(FILE_TYPES).find((t) => t.mime === mime)?.label ?? mime;
}

/** A size for people: 512 字节, 12.3 KB, 1.5 MB. */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
