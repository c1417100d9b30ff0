import { describe, expect, it } from 'vitest';
import { CHANNELS, decideMediaChange, halfYearRange, MEDIA_PLATFORMS, validateChannelEntry, validateMediaAccount } from '../../src/domain/catalog/channels.ts';
import type { MediaAccountState } from '../../src/domain/catalog/channels.ts';
import { DomainError } from '../../src/domain/errors.ts';

function issuesOf(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).issues;
  }
  throw new Error('expected a validation error');
}

describe('channels', () => {
  it('are the six of issue 3, three of them new media', () => {
    expect(CHANNELS.map((c) => c.label)).toEqual(['门户网站', '政务微博', '微信公众号', '其他新媒体', '公开栏/电子屏', '其他']);
    expect(MEDIA_PLATFORMS.map((c) => c.label)).toEqual(['政务微博', '微信公众号', '其他新媒体']);
  });
  it('accepts an entry with an address and an account on a new-media channel', () => {
    expect(validateChannelEntry({ channel: 'weibo', publishedOn: '2025-03-02', url: ' https://weibo.com/1 ', accountId: '4' }))
      .toEqual({ channel: 'weibo', publishedOn: '2025-03-02', url: 'https://weibo.com/1', accountId: 4 });
  });
  it.each([
    [{ channel: 'fax', publishedOn: '2025-03-02' }, 'channel', '请选择发布渠道'],
    [{ channel: 'portal', publishedOn: '2025-02-30' }, 'publishedOn', '发布日期应为有效日期（YYYY-MM-DD）'],
    [{ channel: 'portal', publishedOn: '2025-03-02', url: 'www.example.gov.cn' }, 'url', '网址应以 http:// 或 https:// 开头'],
    [{ channel: 'portal', publishedOn: '2025-03-02', accountId: 3 }, 'accountId', '“门户网站”不是新媒体渠道，不能选择新媒体账号'],
  ])('refuses %o', (entry, field, message) => {
    expect(issuesOf(() => validateChannelEntry(entry))).toContainEqual({ field, message });
  });
});

describe('new-media accounts', () => {
  it('registers on a new-media platform only, with name and administrator', () => {
    expect(validateMediaAccount({ platform: 'wechat', name: ' 六盘水市公安局 ', administrator: '张三', openedOn: '' }))
      .toEqual({ platform: 'wechat', name: '六盘水市公安局', administrator: '张三', openedOn: null });
    expect(issuesOf(() => validateMediaAccount({ platform: 'portal', name: '', administrator: ' ' })).map((i) => i.field)).toEqual(['platform', 'name', 'administrator']);
  });

  const acc: MediaAccountState = { name: '平安六盘水', administrator: '张三', openedOn: '2018-01-01', closedOn: null, lastChangedOn: '2025-02-01' };
  it.each([
    [{ kind: 'administrator', changedOn: '2025-03-01', to: '李四' }, '更换管理员 张三→李四', { administrator: '李四' }],
    [{ kind: 'rename', changedOn: '2025-03-01', to: '六盘水公安' }, '更名 平安六盘水→六盘水公安', { name: '六盘水公安' }],
    [{ kind: 'close', changedOn: '2025-03-01' }, '注销', { closedOn: '2025-03-01' }],
    [{ kind: 'other', changedOn: '2025-03-01', note: '完成实名认证' }, '其他变更', {}],
  ])('describes %o', (input, change, set) => {
    expect(decideMediaChange(acc, input)).toMatchObject({ changedOn: '2025-03-01', change, set });
  });
  it.each([
    [acc, { kind: 'administrator', changedOn: '2025-03-01', to: '张三' }, 'to', '新管理员与现在相同'],
    [acc, { kind: 'administrator', changedOn: '2025-03-01' }, 'to', '请填写新管理员'],
    [acc, { kind: 'close', changedOn: '2025-01-31' }, 'changedOn', '变更日期不能早于该账号最近一次变更（2025-02-01）'],
    [{ ...acc, lastChangedOn: null }, { kind: 'close', changedOn: '2017-12-31' }, 'changedOn', '变更日期不能早于开通日期 2018-01-01'],
    [{ ...acc, closedOn: '2025-02-01' }, { kind: 'rename', changedOn: '2025-03-01', to: '新名' }, 'kind', '该账号已于 2025-02-01 注销，不能再登记变更'],
    [acc, { kind: 'other', changedOn: '2025-03-01' }, 'note', '其他变更请在说明中写明变更内容'],
    [acc, { kind: 'merge', changedOn: '2025-03-01' }, 'kind', '请选择变更事项'],
  ])('refuses %o', (state, input, field, message) => {
    expect(issuesOf(() => decideMediaChange(state, input))).toContainEqual({ field, message });
  });
  it('splits the year in halves', () => {
    expect(halfYearRange(2025, 1)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(halfYearRange(2025, 2)).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });
});
