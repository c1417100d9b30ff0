import { describe, expect, it } from 'vitest';
import { DECIDABLE_OUTCOMES, OUTCOME_GROUPS, OUTCOMES, outcomeFullLabel } from '../../src/domain/outcomes.ts';

// The rows of section 三 of the 2021 format (国办公开办函〔2021〕30号), verbatim (spec/statutory.md §1.3).
const TABLE = `（一）予以公开
（二）部分公开（区分处理的，只计这一情形，不计其他情形）
（三）不予公开
1.属于国家秘密
2.其他法律行政法规禁止公开
3.危及“三安全一稳定”
4.保护第三方合法权益
5.属于三类内部事务信息
6.属于四类过程性信息
7.属于行政执法案卷
8.属于行政查询事项
（四）无法提供
1.本机关不掌握相关政府信息
2.没有现成信息需要另行制作
3.补正后申请内容仍不明确
（五）不予处理
1.信访举报投诉类申请
2.重复申请
3.要求提供公开出版物
4.无正当理由大量反复申请
5.要求行政机关确认或重新出具已获取信息
（六）其他处理
1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
3.其他`;

describe('outcomes = the rows of the report table', () => {
  it('lists exactly the statutory rows, in order, with their exact labels', () => {
    const rendered: string[] = [];
    for (const g of OUTCOME_GROUPS) {
      rendered.push(g.label);
      for (const o of OUTCOMES.filter((x) => x.row.split('.')[0] === g.key && x.row.includes('.'))) rendered.push(`${o.row.split('.')[1]}.${o.label}`);
    }
    expect(rendered.join('\n')).toBe(TABLE);
  });

  it('gives every outcome a legal basis and a unique code and row', () => {
    expect(new Set(OUTCOMES.map((o) => o.code)).size).toBe(OUTCOMES.length);
    expect(new Set(OUTCOMES.map((o) => o.row)).size).toBe(OUTCOMES.length);
    // （六）3 其他 has no article of its own: the reply cites the 条例 and states the facts.
    for (const o of OUTCOMES.filter((x) => x.code !== 'other')) expect(o.article, o.code).toMatch(/第.+条|办法/);
    expect(OUTCOMES.find((o) => o.code === 'other')?.article).toBe('《中华人民共和国政府信息公开条例》');
  });

  it('leaves 其他处理 1 and 2 to the workflow (逾期不补正, 逾期不缴费)', () => {
    expect(DECIDABLE_OUTCOMES.map((o) => o.code)).not.toContain('other_no_supplement');
    expect(DECIDABLE_OUTCOMES.map((o) => o.code)).not.toContain('other_unpaid');
    expect(outcomeFullLabel('withhold_third_party')).toBe('（三）不予公开·4.保护第三方合法权益');
  });
});
