/**
 * The channels an item went out on (条例 第二十三条 names the ways of proactive disclosure: the
 * gazette, the website, government new media, press conferences, print and broadcast), and the
 * agency's new-media accounts with their dated changes — the ledger that agencies report twice a
 * year (seed 001). Section 一 of the report cites counts per channel.
 */
import type { CivilDate } from '../dates.ts';
import { isCivilDate } from '../dates.ts';
import type { FieldIssue } from '../errors.ts';
import { validationError } from '../errors.ts';

export const CHANNELS = [
  { code: 'portal', label: '门户网站', newMedia: false },
  { code: 'weibo', label: '政务微博', newMedia: true },
  { code: 'wechat', label: '微信公众号', newMedia: true },
  { code: 'other_new_media', label: '其他新媒体', newMedia: true },
  { code: 'board', label: '公开栏/电子屏', newMedia: false },
  { code: 'other', label: '其他', newMedia: false },
] as const;

export type Channel = (typeof CHANNELS)[number]['code'];

/** The platforms a new-media account can be on: the new-media channels. */
export const MEDIA_PLATFORMS = CHANNELS.filter((c) => c.newMedia);
export type MediaPlatform = 'weibo' | 'wechat' | 'other_new_media';

/** The Chinese label of a channel code (the code itself if unknown). */
export function channelLabel(code: string): string {
  return CHANNELS.find((c) => c.code === code)?.label ?? code;
}

export function isChannel(s: string): s is Channel {
  return CHANNELS.some((c) => c.code === s);
}

export function isMediaPlatform(s: string): s is MediaPlatform {
  return MEDIA_PLATFORMS.some((c) => c.code === s);
}

/** One publication of an item on a channel. */
export interface ChannelEntry {
  channel: Channel;
  publishedOn: CivilDate;
  url: string | null;
  accountId: number | null;
}

function checkDate(issues: FieldIssue[], v: unknown, field: string, label: string, required: boolean): void {
  if ((v === undefined || v === null || v === '') && !required) return;
  if (typeof v !== 'string' || !isCivilDate(v)) issues.push({ field, message: `${label}应为有效日期（YYYY-MM-DD）` });
}

function checkText(issues: FieldIssue[], v: unknown, field: string, label: string, max: number): void {
  if (typeof v !== 'string' || v.trim() === '') issues.push({ field, message: `请填写${label}` });
  else if (v.trim().length > max) issues.push({ field, message: `${label}不能超过${max}个字` });
}

/** Checks a channel entry: a known channel, a date, an http(s) address if any. */
export function validateChannelEntry(e: { channel: unknown; publishedOn: unknown; url?: unknown; accountId?: unknown }): ChannelEntry {
  const issues: FieldIssue[] = [];
  if (typeof e.channel !== 'string' || !isChannel(e.channel)) issues.push({ field: 'channel', message: '请选择发布渠道' });
  checkDate(issues, e.publishedOn, 'publishedOn', '发布日期', true);
  const url = typeof e.url === 'string' && e.url.trim() !== '' ? e.url.trim() : null;
  if (url !== null && (!/^https?:\/\/\S+$/i.test(url) || url.length > 2000)) issues.push({ field: 'url', message: '网址应以 http:// 或 https:// 开头' });
  if (e.url !== undefined && e.url !== null && typeof e.url !== 'string') issues.push({ field: 'url', message: '网址格式不正确' });
  const accountId = e.accountId === undefined || e.accountId === null || e.accountId === '' ? null : Number(e.accountId);
  if (accountId !== null && !Number.isInteger(accountId)) issues.push({ field: 'accountId', message: '新媒体账号选择有误' });
  if (accountId !== null && typeof e.channel === 'string' && isChannel(e.channel) && !isMediaPlatform(e.channel)) {
    issues.push({ field: 'accountId', message: `“${channelLabel(e.channel)}”不是新媒体渠道，不能选择新媒体账号` });
  }
  if (issues.length > 0) throw validationError(issues);
  return { channel: e.channel as Channel, publishedOn: e.publishedOn as string, url, accountId };
}

/** A new-media account as registered. */
export interface MediaAccountInput {
  platform: MediaPlatform;
  name: string;
  administrator: string;
  openedOn: CivilDate | null;
}

/** Checks a new account: a new-media platform, a name, an administrator, an optional opening date. */
export function validateMediaAccount(e: { platform: unknown; name: unknown; administrator: unknown; openedOn?: unknown }): MediaAccountInput {
  const issues: FieldIssue[] = [];
  if (typeof e.platform !== 'string' || !isMediaPlatform(e.platform)) issues.push({ field: 'platform', message: '平台应为政务微博、微信公众号或其他新媒体' });
  checkText(issues, e.name, 'name', '账号名称', 100);
  checkText(issues, e.administrator, 'administrator', '管理员', 50);
  checkDate(issues, e.openedOn, 'openedOn', '开通日期', false);
  if (issues.length > 0) throw validationError(issues);
  const openedOn = typeof e.openedOn === 'string' && e.openedOn !== '' ? e.openedOn : null;
  return { platform: e.platform as MediaPlatform, name: (e.name as string).trim(), administrator: (e.administrator as string).trim(), openedOn };
}

export const MEDIA_CHANGE_KINDS = [
  { code: 'administrator', label: '更换管理员' },
  { code: 'rename', label: '更名' },
  { code: 'close', label: '注销' },
  { code: 'other', label: '其他变更' },
] as const;
export type MediaChangeKind = (typeof MEDIA_CHANGE_KINDS)[number]['code'];

/** The account as it stands, for applying a change. */
export interface MediaAccountState {
  name: string;
  administrator: string;
  openedOn: CivilDate | null;
  closedOn: CivilDate | null;
  /** The date of the latest recorded change, if any. */
  lastChangedOn: CivilDate | null;
}

/** A change decided: its ledger text and what it does to the account. */
export interface MediaChange {
  changedOn: CivilDate;
  change: string;
  note: string | null;
  set: { name?: string; administrator?: string; closedOn?: CivilDate };
}

/**
 * Checks a change against the account and describes it for the ledger, e.g. “更换管理员 张三→李四”,
 * “更名 甲→乙”, “注销”. A closed account takes no further change; a change may not predate the
 * opening or the latest recorded change (the account's current state is the latest change's result).
 */
export function decideMediaChange(acc: MediaAccountState, e: { kind: unknown; changedOn: unknown; to?: unknown; note?: unknown }): MediaChange {
  const issues: FieldIssue[] = [];
  const kind = MEDIA_CHANGE_KINDS.find((k) => k.code === e.kind);
  if (!kind) issues.push({ field: 'kind', message: '请选择变更事项' });
  checkDate(issues, e.changedOn, 'changedOn', '变更日期', true);
  const changedOn = e.changedOn as string;
  if (issues.length === 0 && acc.openedOn && changedOn < acc.openedOn) issues.push({ field: 'changedOn', message: `变更日期不能早于开通日期 ${acc.openedOn}` });
  if (issues.length === 0 && acc.lastChangedOn && changedOn < acc.lastChangedOn) issues.push({ field: 'changedOn', message: `变更日期不能早于该账号最近一次变更（${acc.lastChangedOn}）` });
  if (acc.closedOn) issues.push({ field: 'kind', message: `该账号已于 ${acc.closedOn} 注销，不能再登记变更` });
  const note = typeof e.note === 'string' && e.note.trim() !== '' ? e.note.trim().slice(0, 500) : null;
  const to = typeof e.to === 'string' ? e.to.trim() : '';
  if (kind?.code === 'administrator' || kind?.code === 'rename') {
    const label = kind.code === 'administrator' ? '新管理员' : '新账号名称';
    if (to === '') issues.push({ field: 'to', message: `请填写${label}` });
    else if (to === (kind.code === 'administrator' ? acc.administrator : acc.name)) issues.push({ field: 'to', message: `${label}与现在相同` });
  }
  if (kind?.code === 'other' && !note) issues.push({ field: 'note', message: '其他变更请在说明中写明变更内容' });
  if (issues.length > 0 || !kind) throw validationError(issues);
  switch (kind.code) {
    case 'administrator':
      return { changedOn, change: `${kind.label} ${acc.administrator}→${to}`, note, set: { administrator: to } };
    case 'rename':
      return { changedOn, change: `${kind.label} ${acc.name}→${to}`, note, set: { name: to } };
    case 'close':
      return { changedOn, change: kind.label, note, set: { closedOn: changedOn } };
    default:
      return { changedOn, change: kind.label, note, set: {} };
  }
}

/** The first and last day of half `half` (1: January–June, 2: July–December) of `year`. */
export function halfYearRange(year: number, half: 1 | 2): { from: CivilDate; to: CivilDate } {
  return half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}
