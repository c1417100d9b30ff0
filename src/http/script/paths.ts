/** Which addresses of the portal have a Traditional-script mirror under /hant/. */

/** The prefix of the Traditional-script pages: `/hant/apply` is `/apply` in Traditional script. */
export const HANT_PREFIX = '/hant';

/** Addresses that are never mirrored: assets, the staff console (never converted), /hant itself. */
const NOT_MIRRORED = ['/static', '/console', HANT_PREFIX];

/** Whether `path` is `prefix` itself or below it (`/console`, `/console/x`, `/console?x`). */
function isUnder(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const next = path[prefix.length];
  return next === undefined || next === '/' || next === '?' || next === '#';
}

/** Whether the site-relative address `path` (starting with one '/') has a Traditional mirror. */
export function isMirrored(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return false;
  return !NOT_MIRRORED.some((p) => isUnder(path, p));
}

/** The Traditional mirror of a site-relative address (`/apply?x` → `/hant/apply?x`), or undefined if it has none. */
export function hantUrl(url: string): string | undefined {
  return isMirrored(url) ? `${HANT_PREFIX}${url}` : undefined;
}
