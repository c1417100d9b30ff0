/**
 * Default texts of the letters an office sends. Each agency may later store its own edited copy of
 * any of them (plain text); `buildLetter` (letters.ts) fills them. A template is one or more
 * paragraphs separated by line breaks; `{名称}` marks a placeholder (the known ones: PLACEHOLDERS).
 *
 * Template ids:
 * - `reply.opening`, `reply.<outcome code>`, `reply.remedy` — 政府信息公开申请答复告知书, assembled in
 *   that order (条例 第三十六条–第三十九条; each outcome cites its article as `{法律依据}`);
 * - `correction` — 补正告知书 (条例 第三十条);
 * - `extension` — 延期答复告知书 (条例 第三十三条第二款);
 * - `fee_notice` — 信息处理费缴费通知书 (条例 第四十二条, 国办函〔2020〕109号);
 * - `contact` — the contact line printed under every letter.
 */

import { DomainError } from './errors.ts';

const WITHHOLD = '根据{法律依据}的规定，本机关决定不予公开。';

/** The default templates, keyed by template id. */
export const DEFAULT_TEMPLATES: Readonly<Record<string, string>> = {
  'reply.opening':
    '本机关于{收到日期}收到您（单位）提出的政府信息公开申请，申请获取“{申请内容}”。经审查，现答复如下：',

  // （一）予以公开 — 第三十六条第（二）项
  'reply.disclose':
    '您申请获取的政府信息属于可以公开的政府信息。根据{法律依据}的规定，本机关予以公开，{获取方式}。',
  // （二）部分公开 — 第三十七条
  'reply.partial':
    '您申请获取的政府信息中，部分内容不予公开，理由是：{理由}。根据{法律依据}的规定，本机关对可以公开的部分予以公开，{获取方式}；对不予公开的部分不予提供。',

  // （三）不予公开 — 第十四条至第十六条、第三十六条第（三）项
  'reply.withhold_state_secret': `您申请获取的政府信息属于国家秘密：{理由}。${WITHHOLD}`,
  'reply.withhold_law_prohibited': `您申请获取的政府信息属于法律、行政法规禁止公开的政府信息：{理由}。${WITHHOLD}`,
  'reply.withhold_three_security': `您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定：{理由}。${WITHHOLD}`,
  'reply.withhold_third_party': `您申请获取的政府信息涉及商业秘密、个人隐私等公开后可能损害第三方合法权益的内容：{理由}。${WITHHOLD}`,
  'reply.withhold_internal_affairs': `您申请获取的政府信息属于人事管理、后勤管理、内部工作流程等方面的内部事务信息：{理由}。${WITHHOLD}`,
  'reply.withhold_process_info': `您申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息：{理由}。${WITHHOLD}`,
  'reply.withhold_enforcement_file': `您申请获取的政府信息属于行政执法案卷信息：{理由}。${WITHHOLD}`,
  // 第三十六条第（七）项
  'reply.withhold_query_matter':
    '您申请获取的信息属于工商、不动产登记资料等有关法律、行政法规对信息的获取有特别规定的情形：{理由}。根据{法律依据}的规定，请您依照有关法律、行政法规的规定办理。',

  // （四）无法提供
  'reply.unable_not_held':
    '经检索，本机关不掌握您申请获取的政府信息：{理由}。根据{法律依据}的规定，现予告知。',
  'reply.unable_needs_creation':
    '本机关没有您申请获取的现成政府信息，提供该信息需要对现有政府信息进行加工、分析：{理由}。根据{法律依据}的规定，本机关不予提供。',
  'reply.unable_still_unclear':
    '本机关已就您的申请向您发出补正告知，经补正后，您申请获取的政府信息内容仍不明确：{理由}。根据{法律依据}的规定，本机关无法提供。',

  // （五）不予处理
  'reply.reject_petition':
    '您提出的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动：{理由}。根据{法律依据}的规定，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。',
  'reply.reject_repeat':
    '您提出的申请与本机关已经答复的政府信息公开申请内容相同：{理由}。根据{法律依据}的规定，本机关不予重复处理。',
  'reply.reject_publication':
    '您申请获取的是政府公报、报刊、书籍等公开出版物：{理由}。根据{法律依据}的规定，请您通过上述途径获取，本机关不再另行提供。',
  'reply.reject_excessive':
    '您申请公开政府信息的数量、频次明显超过合理范围，经本机关要求，您未说明理由或者说明的理由不合理：{理由}。根据{法律依据}的规定，本机关不予处理。',
  'reply.reject_confirm':
    '您要求本机关确认或者重新出具已经获取的政府信息：{理由}。根据{法律依据}的规定，本机关不予处理。',

  // （六）其他处理
  'reply.other_no_supplement':
    '本机关已就您的申请向您发出补正告知，您无正当理由逾期未补正，视为放弃申请。根据{法律依据}的规定，本机关不再处理您的该项政府信息公开申请。',
  'reply.other_unpaid':
    '本机关已就您的申请向您发出信息处理费缴费通知，您逾期未按通知要求缴纳费用，视为放弃申请。根据{法律依据}的规定，本机关不再处理您的该项政府信息公开申请。',
  'reply.other': '{理由}。根据{法律依据}的规定，现予告知。',

  'reply.remedy':
    '如对本答复不服，可以在收到本答复之日起60日内向{复议机关}申请行政复议，或者在6个月内向人民法院提起行政诉讼。',

  correction: [
    '本机关于{收到日期}收到您（单位）提出的政府信息公开申请，申请获取“{申请内容}”。经审查，您的申请内容不明确。根据{法律依据}的规定，请您对申请作如下补正：{补正事项}。',
    '请您于{补正期限}前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
  ].join('\n'),

  extension: [
    '本机关于{收到日期}收到您（单位）提出的政府信息公开申请，申请获取“{申请内容}”。因{理由}，本机关不能在规定期限内作出答复。',
    '经本机关政府信息公开工作机构负责人同意，根据{法律依据}的规定，答复期限延长{延长天数}个工作日，本机关将于{答复期限}前作出答复。',
  ].join('\n'),

  fee_notice: [
    '本机关于{收到日期}收到您（单位）提出的政府信息公开申请，申请获取“{申请内容}”。因您申请公开政府信息的数量、频次明显超过合理范围，本机关决定按照下列依据和标准向您收取信息处理费：',
    '收费依据：{法律依据}。',
    '收费标准：{计费方式}，{收费标准}。',
    '收费数额：{计费明细}；合计{费用金额}。',
    '缴纳方式：{缴费方式}。',
    '请您自收到本通知书次日起{缴费期限}内缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。',
  ].join('\n'),

  contact: '联系电话：{联系电话}；联系地址：{联系地址}。',
};

/** Every placeholder a template may use, with the input field that supplies it (for error messages). */
export const PLACEHOLDERS: Readonly<Record<string, { field: string; label: string }>> = {
  申请人: { field: 'applicant', label: '申请人' },
  收到日期: { field: 'receivedDate', label: '收到申请日期' },
  申请内容: { field: 'request', label: '申请内容' },
  机关名称: { field: 'agency.name', label: '机关名称' },
  法律依据: { field: 'outcome', label: '法律依据' },
  理由: { field: 'reasons', label: '理由' },
  获取方式: { field: 'provision', label: '获取方式' },
  复议机关: { field: 'agency.reviewBody', label: '行政复议机关' },
  补正事项: { field: 'items', label: '补正事项' },
  补正期限: { field: 'deadline', label: '补正期限' },
  延长天数: { field: 'extensionDays', label: '延长天数' },
  答复期限: { field: 'newDueDate', label: '延长后的答复期限' },
  计费方式: { field: 'fee.method', label: '计费方式' },
  收费标准: { field: 'fee.method', label: '收费标准' },
  计费明细: { field: 'fee', label: '计费明细' },
  费用金额: { field: 'fee', label: '费用金额' },
  缴费方式: { field: 'paymentMethod', label: '缴纳方式' },
  缴费期限: { field: 'fee', label: '缴费期限' },
  联系电话: { field: 'agency.phone', label: '联系电话' },
  联系地址: { field: 'agency.address', label: '联系地址' },
  落款日期: { field: 'date', label: '落款日期' },
};

const PLACEHOLDER_RE = /\{([^{}\n]*)\}/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1] ?? ''))];
}

/** Placeholders in an (edited) template that no letter can fill — empty when the template is sound. */
export function unknownPlaceholders(template: string): string[] {
  return placeholdersIn(template).filter((p) => !(p in PLACEHOLDERS));
}

/**
 * Fills `{名称}` placeholders from `values` in one pass (values are not re-scanned). A placeholder
 * with no value, or a stray brace, is a VALIDATION error listing them: a broken template is never printed.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>, name = '模板'): string {
  const missing = placeholdersIn(template).filter((p) => values[p] === undefined);
  if (missing.length > 0) {
    const list = missing.map((p) => `{${p}}`).join('、');
    throw new DomainError('VALIDATION', `${name}中有无法填写的占位符：${list}`, [{ field: 'template', message: `无法填写：${list}` }]);
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER_RE, ''))) {
    throw new DomainError('VALIDATION', `${name}中有不成对的花括号“{”或“}”`, [{ field: 'template', message: '花括号不成对' }]);
  }
  return template.replace(PLACEHOLDER_RE, (_, p: string) => values[p] ?? '');
}
