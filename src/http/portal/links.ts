/** Addresses of the portal's catalog pages, always absolute paths (the /hant/ layer rewrites them). */
import type { CatalogQuery } from '../../services/catalog/portal.ts';

/** The catalog address for `q` with `change` applied; changing a filter goes back to page 1. */
export function catalogHref(q: CatalogQuery, change: Partial<Record<keyof CatalogQuery, string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { agency: q.agency, class: q.article20, topic: q.topic, year: q.year, page: undefined };
  if ('page' in change) merged.page = change.page;
  for (const [k, v] of Object.entries(change)) if (k !== 'page') merged[k === 'article20' ? 'class' : k] = v;
  const params = new URLSearchParams();
  for (const k of ['agency', 'class', 'topic', 'year', 'page']) {
    const v = merged[k];
    if (v !== undefined && v !== '' && !(k === 'page' && Number(v) <= 1)) params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `/catalog?${s}` : '/catalog';
}

/** The address of an item's page. */
export function itemHref(id: number): string {
  return `/items/${id}`;
}
