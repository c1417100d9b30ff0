/**
 * Sitemaps (sitemaps.org protocol 0.9) of every public page in both scripts. `/sitemap.xml` is an
 * index: `/sitemap-0.xml` holds the fixed pages, `/sitemap-<n>.xml` (n ≥ 1) holds the items,
 * 5,000 a file — 10,000 URLs with their /hant/ mirrors — so no answer grows with the catalog.
 */
import type { ItemRef } from '../../db/repositories/item-portal.ts';
import { HANT_PREFIX } from '../script/paths.ts';
import { itemHref } from './links.ts';
import { XML_DECLARATION, xmlEscape } from './xml.ts';

/** The content type of sitemaps. */
export const SITEMAP_TYPE = 'application/xml; charset=utf-8';

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The address of sitemap file `n`. */
export function sitemapFile(n: number): string {
  return `/sitemap-${n}.xml`;
}

/** The sitemap index listing `/sitemap-0.xml` … `/sitemap-<itemFiles>.xml`. */
export function sitemapIndex(origin: string, itemFiles: number): string {
  const files = Array.from({ length: itemFiles + 1 }, (_, n) => `  <sitemap><loc>${xmlEscape(origin + sitemapFile(n))}</loc></sitemap>`);
  return `${XML_DECLARATION}<sitemapindex xmlns="${NS}">\n${files.join('\n')}\n</sitemapindex>\n`;
}

/** A page address (absolute path) with its last modification day, if known. */
export interface SitemapUrl {
  path: string;
  lastModified?: string | null;
}

/** A urlset of `urls`, each listed in Simplified script and again under /hant/. */
export function urlSet(origin: string, urls: SitemapUrl[]): string {
  const lines: string[] = [];
  for (const u of urls) {
    const lastmod = u.lastModified ? `<lastmod>${xmlEscape(u.lastModified)}</lastmod>` : '';
    for (const path of [u.path, `${HANT_PREFIX}${u.path}`]) lines.push(`  <url><loc>${xmlEscape(origin + path)}</loc>${lastmod}</url>`);
  }
  return `${XML_DECLARATION}<urlset xmlns="${NS}">\n${lines.join('\n')}\n</urlset>\n`;
}

/** The fixed pages of the portal: home, catalog, guides (one per agency), application form, status query. */
export function fixedPages(agencyCodes: string[]): SitemapUrl[] {
  return [
    { path: '/' },
    { path: '/catalog' },
    { path: '/guide' },
    ...agencyCodes.map((c) => ({ path: `/guide?agency=${encodeURIComponent(c)}` })),
    { path: '/apply' },
    { path: '/status' },
  ];
}

/** The item pages of one sitemap file. */
export function itemPages(refs: ItemRef[]): SitemapUrl[] {
  return refs.map((r) => ({ path: itemHref(r.id), lastModified: r.lastModified }));
}
