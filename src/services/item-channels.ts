/** Recording the channels a catalog item went out on, and the yearly counts per channel. */
import { channelLabel, validateChannelEntry } from '../domain/catalog/channels.ts';
import { DomainError } from '../domain/errors.ts';
import type { Db } from '../db/database.ts';
import { addItemChannel, channelCountsForYear, findItemOfAgency, listItemChannels } from '../db/repositories/item-channels.ts';
import type { ChannelCount, ItemChannel } from '../db/repositories/item-channels.ts';
import { getMediaAccount } from '../db/repositories/media-accounts.ts';
import type { Actor, Deps } from './deps.ts';
import { requireFigureEntry } from './figures.ts';

async function requireItem(db: Db, actor: Actor, itemId: number): Promise<{ id: number; status: string }> {
  const item = await findItemOfAgency(db, actor.agencyId, itemId);
  if (!item) throw new DomainError('NOT_FOUND', `未找到编号为 ${itemId} 的信息（或不属于本机关）`);
  return item;
}

/**
 * Records that an item of the actor's agency went out on a channel (门户网站, 政务微博, …) on a
 * date, with its address; a new-media channel may name the agency's account, on that platform.
 */
export async function addChannel(
  deps: Pick<Deps, 'db'>, actor: Actor, itemId: number,
  input: { channel: unknown; publishedOn: unknown; url?: unknown; accountId?: unknown },
): Promise<ItemChannel> {
  requireFigureEntry(actor);
  const entry = validateChannelEntry(input);
  return deps.db.transaction().execute(async (trx) => {
    await requireItem(trx, actor, itemId);
    if (entry.accountId !== null) {
      const acc = await getMediaAccount(trx, actor.agencyId, entry.accountId);
      if (!acc) throw new DomainError('NOT_FOUND', '未找到该新媒体账号（或不属于本机关）');
      if (acc.platform !== entry.channel) {
        throw new DomainError('VALIDATION', `账号“${acc.name}”属于${acc.platformLabel}，与渠道“${channelLabel(entry.channel)}”不符`, [{ field: 'accountId', message: '账号与渠道不符' }]);
      }
    }
    return addItemChannel(trx, itemId, entry);
  });
}

/** The channels of an item of the actor's agency, by date. */
export async function channelsOfItem(deps: Pick<Deps, 'db'>, actor: Actor, itemId: number): Promise<ItemChannel[]> {
  await requireItem(deps.db, actor, itemId);
  return listItemChannels(deps.db, itemId);
}

/** Published items per channel in `year` for the actor's agency (every channel listed, zeros included). */
export async function channelCounts(deps: Pick<Deps, 'db'>, actor: Actor, year: number): Promise<ChannelCount[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new DomainError('VALIDATION', '年份应为有效的整数', [{ field: 'year', message: '年份应为有效的整数' }]);
  return channelCountsForYear(deps.db, actor.agencyId, year);
}
