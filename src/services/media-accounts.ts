/**
 * The registry of the agency's new-media accounts (政务微博, 微信公众号, other new media): who runs
 * each, its changes with dates, and the half-yearly list of changes agencies report (seed 001:
 * “新媒体账号及管理人员变动情况每年分两次报备”).
 */
import { decideMediaChange, validateMediaAccount } from '../domain/catalog/channels.ts';
import { DomainError } from '../domain/errors.ts';
import {
  applyMediaChange, createMediaAccount, getMediaAccount, halfYearLedger, listMediaAccounts,
} from '../db/repositories/media-accounts.ts';
import type { MediaAccount, MediaLedgerLine } from '../db/repositories/media-accounts.ts';
import type { Actor, Deps } from './deps.ts';
import { requireFigureEntry } from './figures.ts';

/** Registers an account of the actor's agency: platform (weibo, wechat, other_new_media), name, administrator, opening date. */
export async function registerMediaAccount(
  deps: Pick<Deps, 'db'>, actor: Actor,
  input: { platform: unknown; name: unknown; administrator: unknown; openedOn?: unknown },
): Promise<MediaAccount> {
  requireFigureEntry(actor);
  const a = validateMediaAccount(input);
  const id = await deps.db.transaction().execute((trx) => createMediaAccount(trx, actor.agencyId, a));
  return (await getMediaAccount(deps.db, actor.agencyId, id)) as MediaAccount;
}

/**
 * Records a change of an account: `kind` administrator (更换管理员, `to` the new one), rename (更名,
 * `to` the new name), close (注销) or other (described in `note`), on `changedOn`.
 */
export async function recordMediaChange(
  deps: Pick<Deps, 'db'>, actor: Actor, accountId: number,
  input: { kind: unknown; changedOn: unknown; to?: unknown; note?: unknown },
): Promise<MediaAccount> {
  requireFigureEntry(actor);
  await deps.db.transaction().execute(async (trx) => {
    const acc = await getMediaAccount(trx, actor.agencyId, accountId);
    if (!acc) throw new DomainError('NOT_FOUND', `未找到编号为 ${accountId} 的新媒体账号（或不属于本机关）`);
    const lastChangedOn = acc.changes.at(-1)?.changedOn ?? null;
    const change = decideMediaChange({ ...acc, lastChangedOn }, input);
    await applyMediaChange(trx, accountId, change);
  });
  return (await getMediaAccount(deps.db, actor.agencyId, accountId)) as MediaAccount;
}

/** Every account of the actor's agency with its changes (open accounts first). */
export async function mediaAccounts(deps: Pick<Deps, 'db'>, actor: Actor): Promise<MediaAccount[]> {
  return listMediaAccounts(deps.db, actor.agencyId);
}

/** The changes dated in half `half` (1: 1–6月, 2: 7–12月) of `year`, for the half-yearly report. */
export async function mediaLedger(deps: Pick<Deps, 'db'>, actor: Actor, year: number, half: number): Promise<MediaLedgerLine[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new DomainError('VALIDATION', '年份应为有效的整数', [{ field: 'year', message: '年份应为有效的整数' }]);
  if (half !== 1 && half !== 2) throw new DomainError('VALIDATION', '半年应为1（上半年）或2（下半年）', [{ field: 'half', message: '半年应为1或2' }]);
  return halfYearLedger(deps.db, actor.agencyId, year, half);
}
