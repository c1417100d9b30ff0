/**
 * The 政府信息公开指南 of each agency (条例 第十二条: the guide gives the classification and
 * arrangement of the information, how to obtain it, and the name, address, office hours, telephone
 * and other contacts of the disclosure office, and is kept current). Stored as plain text
 * paragraphs under the setting `guide`; when none is stored, a default is built from the agency's data.
 */
import { DomainError } from '../../domain/errors.ts';
import { can } from '../../domain/roles.ts';
import type { Agency } from '../../db/repositories/agencies.ts';
import { getSetting, putSetting } from '../../db/repositories/settings.ts';
import { caseSettings } from '../agency-settings.ts';
import type { Actor, Deps } from '../deps.ts';

/** The longest guide accepted, in characters. */
export const GUIDE_MAX_CHARS = 20_000;

/** The default guide of `agency`; `reviewBody` hears 行政复议 against its replies. */
export function defaultGuide(agency: Agency, reviewBody: string): string {
  const contact = [
    `受理机构：${agency.name}政府信息公开工作机构`,
    agency.address ? `办公地址：${agency.address}` : '',
    agency.postalCode ? `邮政编码：${agency.postalCode}` : '',
    agency.phone ? `联系电话：${agency.phone}` : '',
    '办公时间：法定工作日（节假日除外）',
  ].filter(Boolean).join('；');
  return [
    '为便于公民、法人和其他组织获取政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第十二条，编制本指南。',
    '一、主动公开',
    '（一）公开范围：本机关依照《条例》第二十条主动公开政府信息。',
    '（二）编排体系：本网站“信息公开目录”按《条例》第二十条所列类别、主题分类和发布年度编排，每条信息载明索引号、名称、发布机构、成文日期、发布日期、文号和有效性等要素，可按类别、主题、年度浏览，也可检索。',
    '（三）公开时限：属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开（《条例》第二十六条）。',
    '二、依申请公开',
    `（一）${contact}。`,
    '（二）申请方式：可通过本网站“依申请公开”栏目在线提交，也可以信件、当面递交等书面形式提出；采用书面形式确有困难的，可以口头提出，由受理机构代为填写申请（《条例》第二十九条）。',
    '（三）申请内容：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径（《条例》第二十九条）。申请内容不明确的，本机关自收到申请之日起7个工作日内一次性告知需要补正的事项（《条例》第三十条）。',
    '（四）答复期限：能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。征求第三方和其他机关意见所需时间不计算在前述期限内（《条例》第三十三条）。',
    '（五）收费：依申请提供政府信息，不收取费用。申请公开政府信息的数量、频次明显超过合理范围的，可以依照《政府信息公开信息处理费管理办法》收取信息处理费（《条例》第四十二条）。',
    '（六）进度查询：在线提交申请后，可凭申请编号和查询码在本网站“申请进度查询”栏目查看办理进度。',
    '三、监督和救济',
    `公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法向${reviewBody}申请行政复议或者提起行政诉讼（《条例》第五十一条）。`,
  ].join('\n');
}

/** The guide of `agency`: the stored text, or the default (`edited` false). */
export async function agencyGuide(deps: Pick<Deps, 'db'>, agency: Agency): Promise<{ text: string; edited: boolean }> {
  const stored = await getSetting<string>(deps.db, agency.id, 'guide');
  if (typeof stored === 'string' && stored.trim()) return { text: stored, edited: true };
  const { reviewBody } = await caseSettings(deps.db, agency.id);
  return { text: defaultGuide(agency, reviewBody), edited: false };
}

/** Saves the guide of the actor's agency (负责人 or 管理员); empty text restores the default. */
export async function saveGuide(deps: Pick<Deps, 'db'>, actor: Actor, text: string): Promise<void> {
  if (!can(actor.roles, 'settings.manage')) throw new DomainError('FORBIDDEN', '仅负责人或管理员可修改信息公开指南');
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (clean.length > GUIDE_MAX_CHARS) {
    throw new DomainError('VALIDATION', `信息公开指南不能超过${GUIDE_MAX_CHARS}个字`, [{ field: 'text', message: `不能超过${GUIDE_MAX_CHARS}个字` }]);
  }
  await putSetting(deps.db, actor.agencyId, 'guide', clean);
}

/** The guide as paragraphs: one per non-blank line. */
export function guideParagraphs(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
