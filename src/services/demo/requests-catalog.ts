/**
 * The demo's request catalogue: a request is drawn to fit the outcome it will get (a complaint for
 * 信访举报投诉类申请, a question about another body's records for 本机关不掌握 …), then its
 * placeholders are filled. Reasons for non-disclosure are stated in Chinese, citing the 条例.
 */
import { addDays } from '../../domain/dates.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { DISTRICTS, ROADS } from './people.ts';
import type { Rng } from './rng.ts';
import { EDUCATION_REQUESTS } from './requests-education.ts';
import { POLICE_REQUESTS } from './requests-police.ts';

/** One kind of request, with placeholders. */
export interface RequestTemplate {
  title: string;
  dept: string;
  description: string;
  purpose: string;
  doc?: string;
  /** A reason fitting this request better than the outcome's default. */
  reason?: string;
}

/** A filled request: the information part of the application, its department and its reason. */
export interface DemoRequest {
  infoTitle: string;
  infoDescription: string;
  infoPurpose: string;
  infoDocNumber: string | null;
  dept: string;
  reason: string | null;
  /** Whom to consult as third party (第三十二条): the company named in the request, else the person concerned. */
  party: string;
}

const SCHOOLS = ['示例市第一中学', '示例市实验小学', '示例市育才中学', '示例市第三初级中学', '示例市滨江外国语学校（民办）', '示例市阳光双语学校（民办）'];
const COMPANIES = ['示例市宏达物流有限公司', '示例市瑞丰二手车交易市场有限公司', '示例市诚信保安服务有限公司', '示例市金盾化工有限公司', '示例市星光娱乐有限公司', '示例市新启点教育咨询有限公司'];

/** Default reasons by outcome (条例 第三十六条: a reply that does not disclose states why). */
const REASONS: Record<string, string> = {
  partial: '您申请的信息中含有第三方的个人信息，依据《中华人民共和国政府信息公开条例》第十五条、第三十七条，本机关对姓名、身份证号码、联系方式等内容作区分处理后，公开其余部分。',
  withhold_state_secret: '您申请的信息经依法定密属于国家秘密，依据《中华人民共和国政府信息公开条例》第十四条，不予公开。',
  withhold_law_prohibited: '您申请的信息属于法律、行政法规禁止公开的信息，依据《中华人民共和国政府信息公开条例》第十四条，不予公开。',
  withhold_three_security: '您申请的信息公开后可能危及公共安全和社会稳定，依据《中华人民共和国政府信息公开条例》第十四条，不予公开。',
  withhold_third_party: '您申请的信息涉及第三方个人隐私（商业秘密），经书面征求第三方意见，第三方不同意公开，且不公开不会对公共利益造成重大影响，依据《中华人民共和国政府信息公开条例》第十五条、第三十二条，不予公开。',
  withhold_internal_affairs: '您申请的信息属于本机关的人事管理、后勤管理、内部工作流程等内部事务信息，依据《中华人民共和国政府信息公开条例》第十六条第一款，不予公开。',
  withhold_process_info: '您申请的信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、请示报告等过程性信息，依据《中华人民共和国政府信息公开条例》第十六条第二款，不予公开。',
  withhold_enforcement_file: '您申请的信息属于行政执法案卷信息，依据《中华人民共和国政府信息公开条例》第十六条第二款，不予公开；作为案件当事人，您可以依照有关法律法规的规定申请查阅案卷。',
  withhold_query_matter: '您申请的信息属于行政查询事项，请持本人有效身份证件通过相应的查询渠道或到办事窗口查询，依据《中华人民共和国政府信息公开条例》第三十六条第（七）项告知。',
  unable_not_held: '经检索，本机关未制作或者获取您申请的政府信息，依据《中华人民共和国政府信息公开条例》第三十六条第（四）项告知。',
  unable_needs_creation: '本机关没有您所描述的现成信息，提供该信息需要对现有信息进行加工、分析，依据《中华人民共和国政府信息公开条例》第三十八条，本机关不予提供。',
  unable_still_unclear: '经一次性告知补正后，您的申请内容仍不明确，本机关无法确定您所需的政府信息，依据《中华人民共和国政府信息公开条例》第三十条，无法提供。',
  reject_petition: '您提出的是信访、投诉、举报事项，不属于政府信息公开申请，依据《中华人民共和国政府信息公开条例》第三十九条第一款，请您通过信访、投诉举报等相应渠道提出。',
  reject_publication: '您要求提供的是公开出版物，依据《中华人民共和国政府信息公开条例》第三十九条第二款，请您通过公开发行渠道获取。',
  reject_excessive: '您在短期内提出大量、反复的政府信息公开申请，经要求说明理由，所说理由不合理，依据《中华人民共和国政府信息公开条例》第三十五条，不予处理。',
  reject_confirm: '您要求本机关确认或者重新出具已获取的信息，不属于《中华人民共和国政府信息公开条例》规定的政府信息公开申请，本机关不予处理。',
  other: '您提出的是咨询事项，本机关已通过电话向您作出解答，该申请不作为政府信息公开申请处理。',
};

/** The default reason stated for `outcome`, or null (予以公开 needs none). */
export function defaultReason(outcome: string): string | null {
  return REASONS[outcome] ?? null;
}

/** The reason of a repeat application (条例 第三十六条第（六）项), naming the earlier reply. */
export function repeatReason(earlierNumber: string): string {
  return `您提出的申请与本机关已答复的第${earlierNumber}号申请内容相同，且未提出新的事实和理由，属于重复申请，依据《中华人民共和国政府信息公开条例》第三十六条第（六）项，不予重复处理。`;
}

/** Items a 补正 notice asks for (条例 第三十条: 一次性告知). */
export const CORRECTION_ITEMS = [
  '申请内容不明确，请写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述',
  '请明确所需信息涉及的时间范围和具体事项',
  '请说明所需信息涉及的具体地点（路段、区域）和发生时间',
];

function catalogOf(agency: 'ga' | 'jy'): Record<string, RequestTemplate[]> {
  return agency === 'ga' ? POLICE_REQUESTS : EDUCATION_REQUESTS;
}

/** True if the agency's catalogue has requests for `key` (an outcome code, 'bulk' or 'vague'). */
export function hasRequests(agency: 'ga' | 'jy', key: string): boolean {
  return (catalogOf(agency)[key]?.length ?? 0) > 0;
}

function chineseDay(d: CivilDate): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

/** Who asks and where it goes: organisations do not ask about 本人; a slow department gets its own requests. */
export interface DrawOptions {
  organisation?: boolean;
  dept?: string;
}

function templatesFor(agency: 'ga' | 'jy', key: string, opts: DrawOptions): RequestTemplate[] {
  const catalog = catalogOf(agency);
  let list = catalog[key] ?? catalog.disclose ?? [];
  const dept = opts.dept;
  if (dept) {
    const here = list.filter((t) => t.dept === dept);
    const anywhere = Object.values(catalog).flat().filter((t) => t.dept === dept);
    list = here.length ? here : anywhere.length ? anywhere : list;
  }
  const forOrgs = list.filter((t) => !/本人/.test(t.title + t.description));
  return opts.organisation && forOrgs.length ? forOrgs : list;
}

/** A request of `agency` for catalogue key `key` (falls back to disclosable ones), filled for `receivedOn`. */
export function drawRequest(rng: Rng, agency: 'ga' | 'jy', key: string, outcome: string | null, receivedOn: CivilDate, opts: DrawOptions = {}): DemoRequest {
  const t = rng.pick(templatesFor(agency, key, opts));
  const year = String(Number(receivedOn.slice(0, 4)) - (rng.chance(0.6) ? 1 : 0));
  const road = rng.pick(ROADS);
  const vars: Record<string, string> = {
    road, road2: rng.pick(ROADS.filter((r) => r !== road)), district: rng.pick(DISTRICTS), year,
    date: chineseDay(addDays(receivedOn, -rng.int(5, 90))), company: rng.pick(COMPANIES), school: rng.pick(SCHOOLS), n: String(rng.int(3, 60)),
  };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  return {
    infoTitle: fill(t.title), infoDescription: fill(t.description), infoPurpose: t.purpose,
    infoDocNumber: t.doc ? fill(t.doc) : null, dept: t.dept,
    reason: outcome && outcome !== 'disclose' ? (t.reason ?? REASONS[outcome] ?? null) : null,
    party: /\{company\}/.test(t.title + t.description) ? (vars.company ?? '') : '相关权利人（自然人）',
  };
}
