/** The channels each catalog item went out on, and counts per channel for a year. */
import { CHANNELS } from '../../domain/catalog/channels.ts';
import type { Channel, ChannelEntry } from '../../domain/catalog/channels.ts';
import type { Db } from '../database.ts';

/** One recorded publication of an item on a channel. */
export interface ItemChannel extends ChannelEntry {
  id: number;
  itemId: number;
}

/** The item's id and status if it belongs to the agency (channels are recorded only for its own items). */
export async function findItemOfAgency(db: Db, agencyId: number, itemId: number): Promise<{ id: number; status: string } | undefined> {
  return db.selectFrom('items').select(['id', 'status']).where('id', '=', itemId).where('agency_id', '=', agencyId).executeTakeFirst();
}

/** Records that item `itemId` went out on a channel. */
export async function addItemChannel(db: Db, itemId: number, e: ChannelEntry): Promise<ItemChannel> {
  const r = await db
    .insertInto('item_channels')
    .values({ item_id: itemId, channel: e.channel, published_on: e.publishedOn, url: e.url, account_id: e.accountId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: r.id, itemId, ...e };
}

/** The channels of an item, by date. */
export async function listItemChannels(db: Db, itemId: number): Promise<ItemChannel[]> {
  const rows = await db.selectFrom('item_channels').selectAll().where('item_id', '=', itemId).orderBy('published_on').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, itemId: r.item_id, channel: r.channel as Channel, publishedOn: r.published_on, url: r.url, accountId: r.account_id }));
}

/** Items published per channel in one year. */
export interface ChannelCount {
  channel: Channel;
  label: string;
  count: number;
}

/**
 * How many of the agency's published items went out on each channel in `year`, by the date on that
 * channel; an item posted twice on one channel counts once. Every channel is listed, in order.
 */
export async function channelCountsForYear(db: Db, agencyId: number, year: number): Promise<ChannelCount[]> {
  const rows = await db
    .selectFrom('item_channels')
    .innerJoin('items', 'items.id', 'item_channels.item_id')
    .select((eb) => ['item_channels.channel', eb.fn.count<number | string>('item_channels.item_id').distinct().as('n')])
    .where('items.agency_id', '=', agencyId)
    .where('items.status', '=', 'published')
    .where('item_channels.published_on', '>=', `${year}-01-01`)
    .where('item_channels.published_on', '<=', `${year}-12-31`)
    .groupBy('item_channels.channel')
    .execute();
  const by = new Map(rows.map((r) => [r.channel, Number(r.n)]));
  return CHANNELS.map((c) => ({ channel: c.code, label: c.label, count: by.get(c.code) ?? 0 }));
}
