import { describe, expect, it } from 'vitest';
import { ROWS_2021 } from '../fixtures/statutory-labels.ts';
import { DECIDABLE_OUTCOMES, OUTCOME_GROUPS, OUTCOMES, outcomeFullLabel } from '../../src/domain/outcomes.ts';

// The outcome rows of section 三 of the 2021 format (国办公开办函〔2021〕30号), verbatim
// (spec/statutory.md §1.3): the rows between 三、本年度办理结果 and （七）总计, without indentation.
const TABLE = ROWS_2021.split('\n').map((l) => l.trim()).filter((l) => /^（[一二三四五六]）|^\d\./.test(l)).join('\n');

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
