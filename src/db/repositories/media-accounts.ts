/** The agency's new-media accounts (政务新媒体) and their dated changes, for the half-yearly ledger. */
import { CHANNELS, channelLabel, halfYearRange } from '../../domain/catalog/channels.ts';
import type { MediaAccountInput, MediaChange, MediaPlatform } from '../../domain/catalog/channels.ts';
import type { CivilDate } from '../../domain/dates.ts';
import type { Db } from '../database.ts';

/** One recorded change of an account. */
export interface MediaAccountChange {
  id: number;
  accountId: number;
  changedOn: CivilDate;
  change: string;
  note: string | null;
}

/** An account as it stands, with its changes by date. */
export interface MediaAccount {
  id: number;
  agencyId: number;
  platform: MediaPlatform;
  platformLabel: string;
  name: string;
  administrator: string;
  openedOn: CivilDate | null;
  closedOn: CivilDate | null;
  changes: MediaAccountChange[];
}

/** One line of the half-yearly ledger: the account and the change. */
export interface MediaLedgerLine extends MediaAccountChange {
  platform: MediaPlatform;
  platformLabel: string;
  accountName: string;
  administrator: string;
}

type AccountRow = { id: number; agency_id: number; platform: string; name: string; administrator: string; opened_on: string | null; closed_on: string | null };
type ChangeRow = { id: number; account_id: number; changed_on: string; change: string; note: string | null };

const toChange = (r: ChangeRow): MediaAccountChange => ({ id: r.id, accountId: r.account_id, changedOn: r.changed_on, change: r.change, note: r.note });

function toAccount(r: AccountRow, changes: MediaAccountChange[]): MediaAccount {
  return {
    id: r.id, agencyId: r.agency_id, platform: r.platform as MediaPlatform, platformLabel: channelLabel(r.platform),
    name: r.name, administrator: r.administrator, openedOn: r.opened_on, closedOn: r.closed_on, changes,
  };
}

/** Registers an account; its opening, when dated, is the first line of its history. */
export async function createMediaAccount(db: Db, agencyId: number, a: MediaAccountInput): Promise<number> {
  const r = await db
    .insertInto('media_accounts')
    .values({ agency_id: agencyId, platform: a.platform, name: a.name, administrator: a.administrator, opened_on: a.openedOn, closed_on: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (a.openedOn) await addMediaAccountChange(db, r.id, { changedOn: a.openedOn, change: `开通（管理员：${a.administrator}）`, note: null });
  return r.id;
}

/** Appends a change to an account's history. */
export async function addMediaAccountChange(db: Db, accountId: number, c: { changedOn: CivilDate; change: string; note: string | null }): Promise<void> {
  await db.insertInto('media_account_changes').values({ account_id: accountId, changed_on: c.changedOn, change: c.change, note: c.note }).execute();
}

/** Records a decided change: appends it and brings the account's name, administrator or closing date up to date. */
export async function applyMediaChange(db: Db, accountId: number, c: MediaChange): Promise<void> {
  await addMediaAccountChange(db, accountId, c);
  const set = {
    ...(c.set.name !== undefined ? { name: c.set.name } : {}),
    ...(c.set.administrator !== undefined ? { administrator: c.set.administrator } : {}),
    ...(c.set.closedOn !== undefined ? { closed_on: c.set.closedOn } : {}),
  };
  if (Object.keys(set).length > 0) await db.updateTable('media_accounts').set(set).where('id', '=', accountId).execute();
}

async function changesOf(db: Db, accountIds: number[]): Promise<Map<number, MediaAccountChange[]>> {
  const by = new Map<number, MediaAccountChange[]>();
  if (accountIds.length === 0) return by;
  const rows = await db.selectFrom('media_account_changes').selectAll().where('account_id', 'in', accountIds).orderBy('changed_on').orderBy('id').execute();
  for (const r of rows) by.set(r.account_id, [...(by.get(r.account_id) ?? []), toChange(r)]);
  return by;
}

/** One account of the agency with its changes, or undefined (also for another agency's account). */
export async function getMediaAccount(db: Db, agencyId: number, id: number): Promise<MediaAccount | undefined> {
  const r = await db.selectFrom('media_accounts').selectAll().where('id', '=', id).where('agency_id', '=', agencyId).executeTakeFirst();
  if (!r) return undefined;
  return toAccount(r, (await changesOf(db, [r.id])).get(r.id) ?? []);
}

/** Every account of the agency (open ones first, then in channel order), each with its changes. */
export async function listMediaAccounts(db: Db, agencyId: number): Promise<MediaAccount[]> {
  const rows = await db.selectFrom('media_accounts').selectAll().where('agency_id', '=', agencyId).orderBy('id').execute();
  const changes = await changesOf(db, rows.map((r) => r.id));
  const rank = (a: MediaAccount) => (a.closedOn ? 100 : 0) + CHANNELS.findIndex((c) => c.code === a.platform);
  return rows.map((r) => toAccount(r, changes.get(r.id) ?? [])).sort((a, b) => rank(a) - rank(b) || a.id - b.id);
}

/** The changes of the agency's accounts dated in half `half` of `year` (1: 1–6月, 2: 7–12月), by date. */
export async function halfYearLedger(db: Db, agencyId: number, year: number, half: 1 | 2): Promise<MediaLedgerLine[]> {
  const { from, to } = halfYearRange(year, half);
  const rows = await db
    .selectFrom('media_account_changes as c')
    .innerJoin('media_accounts as a', 'a.id', 'c.account_id')
    .select(['c.id', 'c.account_id', 'c.changed_on', 'c.change', 'c.note', 'a.platform', 'a.name', 'a.administrator'])
    .where('a.agency_id', '=', agencyId)
    .where('c.changed_on', '>=', from)
    .where('c.changed_on', '<=', to)
    .orderBy('c.changed_on')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    ...toChange(r), platform: r.platform as MediaPlatform, platformLabel: channelLabel(r.platform), accountName: r.name, administrator: r.administrator,
  }));
}
