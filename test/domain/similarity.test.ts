import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import {
  applicantKey,
  differingTokens,
  findSimilar,
  normalizeRequestText,
  similarity,
} from '../../src/domain/similarity.ts';

const PLATE = '申请公开2025年交通违法处罚决定书（车牌号苏A12345）';

describe('normalizeRequestText', () => {
  it.each([
    [PLATE, '2025年交通违法处罚决定书车牌号苏a12345'],
    ['请提供本人车牌号苏A12345在2025年的交通违法处罚决定书。', '车牌号苏a12345在2025年交通违法处罚决定书'],
    ['关于 公开 “某某路改造工程” 的 环评报告', '公开某某路改造工程环评报告'],
    ['请公开ＮＪＧ２０２３－１５地块的征收补偿方案', 'njg202315地块征收补偿方案'],
    ['贵局2024年度行政许可申请材料清单', '2024年度行政许可申请材料清单'], // 申请 as content stays
    ['请求公开市政府办公室提请审议的报告', '市政府办公室提请审议报告'], // 提请 keeps its 请
    ['政府信息公开申请：邀请函', '邀请函'],
    ['  \t\n。，！？', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeRequestText(input)).toBe(expected);
  });
});

describe('similarity', () => {
  it.each([
    ['identical', PLATE, PLATE, 1, 1],
    ['equal after normalisation', PLATE, '关于申请公开2025年交通违法处罚决定书(车牌号苏a12345)的', 1, 1],
    ['reworded', PLATE, '请提供本人车牌号苏A12345在2025年的交通违法处罚决定书。', 0.9, 0.95],
    ['reworded more', PLATE, '关于车牌苏a12345 2025年度交通违法行政处罚决定书的公开申请', 0.6, 0.8],
    [
      'same plot, other punctuation',
      '请公开玄武区某某路地块（NJG2023-15）的征收补偿方案及安置协议',
      '申请公开玄武区某某路地块(NJG2023-15)征收补偿方案和安置协议。',
      0.85,
      0.95,
    ],
    ['unrelated', PLATE, '申请公开南京市鼓楼区2024年度财政预算执行情况报告', 0, 0.2],
    [
      'same plot, other document',
      '请公开玄武区某某路地块（NJG2023-15）的征收补偿方案及安置协议',
      '申请公开玄武区某某路地块国有土地使用权出让合同',
      0.2,
      0.4,
    ],
    ['empty', PLATE, '申请公开', 0, 0],
    ['both empty', '', '', 0, 0],
  ])('%s: %f ≤ score ≤ %f', (_name, a, b, min, max) => {
    const s = similarity(a, b);
    expect(s).toBeGreaterThanOrEqual(min);
    expect(s).toBeLessThanOrEqual(max);
    expect(similarity(b, a)).toBe(s);
  });

  it('is the bigram Dice coefficient with multiplicity', () => {
    // 'abab' → ab, ba, ab; 'abc' → ab, bc; common ab ×1 → 2·1 / (3 + 2)
    expect(similarity('abab', 'abc')).toBeCloseTo(0.4, 10);
    // single characters compare as themselves
    expect(similarity('甲', '甲')).toBe(1);
    expect(similarity('甲', '乙')).toBe(0);
  });
});

describe('differingTokens', () => {
  it.each([
    [PLATE, '申请公开2024年交通违法处罚决定书（车牌号苏A12345）', ['2024', '2025']],
    [PLATE, '申请公开2025年交通违法处罚决定书（车牌号苏B67890）', ['a12345', 'b67890']],
    [PLATE, '请提供车牌号苏ａ１２３４５在2025年的交通违法处罚决定书', []],
  ])('%j vs %j', (a, b, expected) => {
    expect(differingTokens(a, b)).toEqual(expected);
  });
});

describe('applicantKey', () => {
  it.each([
    [['张三', '11010519491231002x'], 'id:11010519491231002X'],
    [['张三', ' 110105 19491231 002X ', '91350100M000100Y43'], 'id:11010519491231002X'],
    [['某某科技有限公司', null, '９１３５０１００ｍ０００１００ｙ４３'], 'org:91350100M000100Y43'],
    [['某某科技有限公司', '', '91350100M000100Y43'], 'org:91350100M000100Y43'],
    [[' 张 三 '], 'name:张三'],
    [['买买提·艾力'], 'name:买买提艾力'],
    [['某某（南京）科技有限公司'], 'name:某某(南京)科技有限公司'],
    [['John SMITH'], 'name:johnsmith'],
  ] as [[string, (string | null)?, (string | null)?], string][])('%j → %s', (args, expected) => {
    expect(applicantKey(...args)).toBe(expected);
  });

  it('the same person with and without spaces gets the same key', () => {
    expect(applicantKey('张三')).toBe(applicantKey('张 三'));
    expect(applicantKey('张三', '11010519491231002X')).toBe(applicantKey('张叁', '11010519491231002x'));
  });

  it('refuses an applicant with neither name nor number', () => {
    expect(() => applicantKey('  ', null, '')).toThrow(DomainError);
    expect(() => applicantKey('  ')).toThrow('请填写申请人姓名或者名称');
  });
});

describe('findSimilar', () => {
  const me = applicantKey('张三', '11010519491231002X');
  const other = applicantKey('李四', '320102199003071238');
  const candidates = [
    { id: 1, applicantKey: me, text: '请提供本人车牌号苏A12345在2025年的交通违法处罚决定书。', receivedOn: '2026-01-05' },
    { id: 2, applicantKey: me, text: '申请公开南京市鼓楼区2024年度财政预算执行情况报告', receivedOn: '2026-01-06' },
    { id: 3, applicantKey: other, text: PLATE, receivedOn: '2026-01-07' }, // same text, other applicant
    { id: 4, applicantKey: me, text: PLATE, receivedOn: '2025-12-01' }, // identical
    { id: 5, applicantKey: me, text: '申请公开2024年交通违法处罚决定书（车牌号苏A12345）', receivedOn: '2026-02-01' },
    { id: 6, applicantKey: me, text: PLATE, receivedOn: '2026-02-10' }, // identical, more recent
    { id: 7, applicantKey: me, text: '申请公开', receivedOn: '2026-02-11' }, // empty after normalisation
  ];

  it('returns the same applicant’s similar requests, best and most recent first', () => {
    const found = findSimilar({ applicantKey: me, text: PLATE }, candidates);
    expect(found.map((m) => m.id)).toEqual([6, 4, 1, 5]);
    expect(found[0]).toMatchObject({ id: 6, score: 1, differingTokens: [], receivedOn: '2026-02-10' });
    expect(found[2]?.score).toBeCloseTo(similarity(PLATE, candidates[0]?.text ?? ''), 10);
    expect(found[3]?.differingTokens).toEqual(['2024', '2025']);
  });

  it('respects the threshold', () => {
    const ids = (t: number) => findSimilar({ applicantKey: me, text: PLATE }, candidates, t).map((m) => m.id);
    expect(ids(1)).toEqual([6, 4]);
    expect(ids(0.95)).toEqual([6, 4]);
    expect(ids(0.9)).toEqual([6, 4, 1, 5]);
    expect(ids(0.05)).toEqual([6, 4, 1, 5, 2]);
  });

  it('never matches another applicant, nor an empty text', () => {
    expect(findSimilar({ applicantKey: other, text: PLATE }, candidates).map((m) => m.id)).toEqual([3]);
    expect(findSimilar({ applicantKey: me, text: '申请公开' }, candidates, 0)).toEqual([]);
    expect(findSimilar({ applicantKey: 'name:王五', text: PLATE }, candidates)).toEqual([]);
  });

  it('keeps the candidates’ own fields', () => {
    const found = findSimilar({ applicantKey: me, text: PLATE }, [{ ...candidates[5]!, caseNo: '依申请〔2026〕6号' }]);
    expect(found[0]?.caseNo).toBe('依申请〔2026〕6号');
  });
});
