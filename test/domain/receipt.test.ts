import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { CHANNELS, channelLabel, isReceiptChannel, receiptDate, requiredFacts } from '../../src/domain/receipt.ts';
import type { ReceiptFacts } from '../../src/domain/receipt.ts';

const TODAY = '2026-03-10';

describe('CHANNELS', () => {
  it('lists the six channels with their Chinese labels', () => {
    expect(CHANNELS.map((c) => [c.code, c.label])).toEqual([
      ['online', '网上申请'],
      ['letter', '信函'],
      ['in_person', '当面提交'],
      ['fax', '传真'],
      ['email', '电子邮件'],
      ['oral', '口头申请'],
    ]);
    expect(channelLabel('fax')).toBe('传真');
    expect(channelLabel('pigeon')).toBe('pigeon');
    expect(isReceiptChannel('email')).toBe(true);
    expect(isReceiptChannel('phone')).toBe(false);
  });

  it.each([
    ['in_person', false, ['submittedOn']],
    ['oral', false, ['submittedOn']],
    ['letter', false, ['signedOn']],
    ['letter', true, ['confirmedOn']],
    ['fax', false, ['confirmedOn']],
    ['email', false, ['confirmedOn']],
    ['online', false, ['confirmedOn']],
  ] as const)('%s (平常信函 %s) needs %j', (channel, ordinary, facts) => {
    expect(requiredFacts(channel, ordinary)).toEqual(facts);
  });
});

const RULE_1 = '第三十一条第（一）项，申请人当面提交政府信息公开申请的，以提交之日为收到申请之日。';
const RULE_2A = '第三十一条第（二）项，申请人以邮寄方式提交政府信息公开申请的，以行政机关签收之日为收到申请之日。';
const RULE_2B = '确认之日为收到申请之日。';
const RULE_3 = '以双方确认之日为收到申请之日';

describe('receiptDate', () => {
  it.each<[string, ReceiptFacts, string, string, string]>([
    ['in_person', { submittedOn: '2026-03-02' }, '2026-03-02', '第三十一条第（一）项', RULE_1],
    ['in_person', { submittedOn: '2026-03-10', confirmedOn: '2026-03-01' }, '2026-03-10', '第三十一条第（一）项', RULE_1],
    ['oral', { submittedOn: '2026-03-03' }, '2026-03-03', '第二十九条、第三十一条第（一）项', '代为填写政府信息公开申请'],
    ['letter', { submittedOn: '2026-02-27', signedOn: '2026-03-04' }, '2026-03-04', '第三十一条第（二）项', RULE_2A],
    ['letter', { signedOn: '2026-03-04', confirmedOn: '2026-03-09' }, '2026-03-04', '第三十一条第（二）项', RULE_2A],
    ['letter', { signedOn: '2026-03-04', ordinaryLetter: false }, '2026-03-04', '第三十一条第（二）项', RULE_2A],
    ['letter', { ordinaryLetter: true, confirmedOn: '2026-03-05', signedOn: '2026-03-01' }, '2026-03-05', '第三十一条第（二）项', RULE_2B],
    ['letter', { ordinaryLetter: true, confirmedOn: '2026-03-05', submittedOn: '2026-03-01' }, '2026-03-05', '第三十一条第（二）项', '平常信函'],
    ['fax', { submittedOn: '2026-03-06', confirmedOn: '2026-03-09' }, '2026-03-09', '第三十一条第（三）项', RULE_3],
    ['fax', { confirmedOn: '2026-03-06' }, '2026-03-06', '第三十一条第（三）项', '传真'],
    ['email', { submittedOn: '2026-03-07', confirmedOn: '2026-03-09' }, '2026-03-09', '第三十一条第（三）项', '互联网渠道'],
    ['email', { confirmedOn: '2026-03-10' }, '2026-03-10', '第三十一条第（三）项', RULE_3],
    ['online', { submittedOn: '2026-03-08', confirmedOn: '2026-03-08' }, '2026-03-08', '第三十一条第（三）项', '自动回执'],
  ])('%s %j → %s', (channel, facts, receivedOn, article, ruleFragment) => {
    const r = receiptDate(channel, facts, TODAY);
    expect(r.receivedOn).toBe(receivedOn);
    expect(r.article).toBe(article);
    expect(r.rule).toContain(ruleFragment);
    expect(r.rule).toContain('《中华人民共和国政府信息公开条例》');
  });

  it.each<[string, ReceiptFacts, string, string]>([
    ['in_person', {}, 'submittedOn', '请填写提交日期'],
    ['in_person', { submittedOn: '  ' }, 'submittedOn', '请填写提交日期'],
    ['oral', { submittedOn: null }, 'submittedOn', '请填写口头提出申请日期'],
    ['letter', { submittedOn: '2026-03-01' }, 'signedOn', '请填写签收日期'],
    ['letter', { ordinaryLetter: true, signedOn: '2026-03-04' }, 'confirmedOn', '请填写与申请人确认日期'],
    ['fax', { submittedOn: '2026-03-04' }, 'confirmedOn', '请填写双方确认日期'],
    ['email', {}, 'confirmedOn', '请填写双方确认日期'],
    ['online', { submittedOn: '2026-03-04' }, 'confirmedOn', '请填写系统回执（确认）日期'],
    ['in_person', { submittedOn: '2026-03-11' }, 'submittedOn', '提交日期（2026-03-11）不能晚于今天（2026-03-10）'],
    ['letter', { signedOn: '2027-01-01' }, 'signedOn', '签收日期（2027-01-01）不能晚于今天（2026-03-10）'],
    ['letter', { submittedOn: '2026-03-05', signedOn: '2026-03-04' }, 'signedOn', '签收日期（2026-03-04）不能早于寄出日期（2026-03-05）'],
    ['fax', { submittedOn: '2026-03-09', confirmedOn: '2026-03-08' }, 'confirmedOn', '双方确认日期（2026-03-08）不能早于发送日期（2026-03-09）'],
    [
      'letter',
      { ordinaryLetter: true, submittedOn: '2026-03-06', confirmedOn: '2026-03-05' },
      'confirmedOn',
      '与申请人确认日期（2026-03-05）不能早于寄出日期（2026-03-06）',
    ],
    ['email', { confirmedOn: '2026-02-30' }, 'confirmedOn', '双方确认日期“2026-02-30”不是有效日期，应为 YYYY-MM-DD 格式'],
    ['fax', { submittedOn: '3月5日', confirmedOn: '2026-03-06' }, 'submittedOn', '发送日期“3月5日”不是有效日期，应为 YYYY-MM-DD 格式'],
    ['phone', { submittedOn: '2026-03-05' }, 'channel', '收件渠道“phone”无效'],
  ])('%s %j → VALIDATION on %s', (channel, facts, field, message) => {
    let caught: unknown;
    try {
      receiptDate(channel, facts, TODAY);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const err = caught as DomainError;
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe(message);
    expect(err.issues[0]?.field).toBe(field);
  });

  it('accepts a receipt date equal to today and to the submission date', () => {
    expect(receiptDate('fax', { submittedOn: TODAY, confirmedOn: TODAY }, TODAY).receivedOn).toBe(TODAY);
  });
});
