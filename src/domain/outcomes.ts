/**
 * Outcomes of an application: exactly one row of the annual report's section 三 table per case
 * (国办公开办函〔2021〕30号). Labels are verbatim; `article` is the legal basis cited in the reply
 * letter (our reading of the 条例, see spec/statutory.md §1.3). An application handled by 区分处理
 * (第三十七条) counts only as 部分公开.
 */
export interface OutcomeDef {
  code: string;
  /** Report row key: '1' for （一）, '3.4' for （三）4, … */
  row: string;
  /** Group heading of the row, e.g. （三）不予公开. */
  group: string;
  /** Exact row label as printed in the table. */
  label: string;
  /** Legal basis cited in the reply letter. */
  article: string;
}

export const OUTCOME_GROUPS = [
  { key: '1', label: '（一）予以公开' },
  { key: '2', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { key: '3', label: '（三）不予公开' },
  { key: '4', label: '（四）无法提供' },
  { key: '5', label: '（五）不予处理' },
  { key: '6', label: '（六）其他处理' },
] as const;

export const OUTCOMES: readonly OutcomeDef[] = [
  { code: 'disclose', row: '1', group: '（一）予以公开', label: '予以公开', article: '《中华人民共和国政府信息公开条例》第三十六条第（二）项' },
  { code: 'partial', row: '2', group: '（二）部分公开', label: '部分公开', article: '《中华人民共和国政府信息公开条例》第三十七条' },
  { code: 'withhold_state_secret', row: '3.1', group: '（三）不予公开', label: '属于国家秘密', article: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项' },
  { code: 'withhold_law_prohibited', row: '3.2', group: '（三）不予公开', label: '其他法律行政法规禁止公开', article: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项' },
  { code: 'withhold_three_security', row: '3.3', group: '（三）不予公开', label: '危及“三安全一稳定”', article: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项' },
  { code: 'withhold_third_party', row: '3.4', group: '（三）不予公开', label: '保护第三方合法权益', article: '《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项' },
  { code: 'withhold_internal_affairs', row: '3.5', group: '（三）不予公开', label: '属于三类内部事务信息', article: '《中华人民共和国政府信息公开条例》第十六条第一款、第三十六条第（三）项' },
  { code: 'withhold_process_info', row: '3.6', group: '（三）不予公开', label: '属于四类过程性信息', article: '《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项' },
  { code: 'withhold_enforcement_file', row: '3.7', group: '（三）不予公开', label: '属于行政执法案卷', article: '《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项' },
  { code: 'withhold_query_matter', row: '3.8', group: '（三）不予公开', label: '属于行政查询事项', article: '《中华人民共和国政府信息公开条例》第三十六条第（七）项' },
  { code: 'unable_not_held', row: '4.1', group: '（四）无法提供', label: '本机关不掌握相关政府信息', article: '《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项' },
  { code: 'unable_needs_creation', row: '4.2', group: '（四）无法提供', label: '没有现成信息需要另行制作', article: '《中华人民共和国政府信息公开条例》第三十八条' },
  { code: 'unable_still_unclear', row: '4.3', group: '（四）无法提供', label: '补正后申请内容仍不明确', article: '《中华人民共和国政府信息公开条例》第三十条' },
  { code: 'reject_petition', row: '5.1', group: '（五）不予处理', label: '信访举报投诉类申请', article: '《中华人民共和国政府信息公开条例》第三十九条第一款' },
  { code: 'reject_repeat', row: '5.2', group: '（五）不予处理', label: '重复申请', article: '《中华人民共和国政府信息公开条例》第三十六条第（六）项' },
  { code: 'reject_publication', row: '5.3', group: '（五）不予处理', label: '要求提供公开出版物', article: '《中华人民共和国政府信息公开条例》第三十九条第二款' },
  { code: 'reject_excessive', row: '5.4', group: '（五）不予处理', label: '无正当理由大量反复申请', article: '《中华人民共和国政府信息公开条例》第三十五条' },
  { code: 'reject_confirm', row: '5.5', group: '（五）不予处理', label: '要求行政机关确认或重新出具已获取信息', article: '《中华人民共和国政府信息公开条例》第三十六条' },
  { code: 'other_no_supplement', row: '6.1', group: '（六）其他处理', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', article: '《中华人民共和国政府信息公开条例》第三十条' },
  { code: 'other_unpaid', row: '6.2', group: '（六）其他处理', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', article: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）' },
  { code: 'other', row: '6.3', group: '（六）其他处理', label: '其他', article: '《中华人民共和国政府信息公开条例》' },
];

export type OutcomeCode = string;

/** Outcomes a staff member may choose in the decision form; 6.1 and 6.2 follow from the workflow. */
export const DECIDABLE_OUTCOMES = OUTCOMES.filter((o) => o.code !== 'other_no_supplement' && o.code !== 'other_unpaid');

/** The definition of an outcome code, or undefined. */
export function outcomeDef(code: string | null | undefined): OutcomeDef | undefined {
  return OUTCOMES.find((o) => o.code === code);
}

/** "（三）不予公开 — 4.保护第三方合法权益" style label for lists. */
export function outcomeFullLabel(code: string | null | undefined): string {
  const o = outcomeDef(code);
  if (!o) return '';
  if (!o.row.includes('.')) return o.group;
  return `${o.group}·${o.row.split('.')[1]}.${o.label}`;
}
