/** The Atom 1.0 feed (RFC 4287) of the latest published items of every agency. */
import type { Item } from '../../db/repositories/items.ts';
import { itemHref } from './links.ts';
import { XML_DECLARATION, xmlEscape } from './xml.ts';

/** The content type of the feed. */
export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** The longest summary, in characters, taken from the body when an item has no 内容概述. */
const SUMMARY_CHARS = 200;

/** A civil date as an RFC 3339 instant: midnight Beijing time. */
function instant(date: string): string {
  return `${date}T00:00:00+08:00`;
}

/** The last day an item changed: its publication or its change of 有效性. */
function updatedOn(item: Item, fallback: string): string {
  const dates = [item.publishedOn, item.validityChangedOn].filter((d): d is string => !!d).sort();
  return dates.at(-1) ?? fallback;
}

function summaryOf(item: Item): string {
  if (item.summary) return item.summary;
  const text = item.bodyText.replace(/\s+/g, ' ').trim();
  return text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS)}…` : text;
}

function entry(item: Item, origin: string, agencyName: string, today: string): string {
  const url = xmlEscape(`${origin}${itemHref(item.id)}`);
  return [
    '  <entry>',
    `    <id>${url}</id>`,
    `    <title>${xmlEscape(item.title)}</title>`,
    `    <updated>${instant(updatedOn(item, today))}</updated>`,
    item.publishedOn ? `    <published>${instant(item.publishedOn)}</published>` : '',
    `    <author><name>${xmlEscape(item.publisher || agencyName)}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    `    <summary type="text">${xmlEscape(summaryOf(item))}</summary>`,
    '  </entry>',
  ].filter(Boolean).join('\n');
}

/**
 * The feed for `items` (newest first) at `origin` (scheme and host of the site); `today` dates an
 * empty feed; `agencyNames` names each item's agency when it has no 发布机构.
 */
export function atomFeed(items: Item[], origin: string, today: string, agencyNames: Map<number, string>): string {
  const updated = items.reduce((max, i) => (updatedOn(i, today) > max ? updatedOn(i, today) : max), items.length ? '' : today);
  return [
    `${XML_DECLARATION}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">`,
    `  <id>${xmlEscape(`${origin}/feed.xml`)}</id>`,
    '  <title>政府信息公开 — 最新主动公开信息</title>',
    `  <updated>${instant(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${origin}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${origin}/catalog`)}"/>`,
    ...items.map((i) => entry(i, origin, agencyNames.get(i.agencyId) ?? '', today)),
    '</feed>',
    '',
  ].join('\n');
}
