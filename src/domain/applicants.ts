/**
 * Applicant types, exactly the columns of the annual report's section 三 table
 * (国办公开办函〔2021〕30号): 自然人; 法人或其他组织: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他.
 */
export const APPLICANT_TYPES = [
  { code: 'natural_person', label: '自然人', group: '自然人' },
  { code: 'commercial', label: '商业企业', group: '法人或其他组织' },
  { code: 'research', label: '科研机构', group: '法人或其他组织' },
  { code: 'public_welfare', label: '社会公益组织', group: '法人或其他组织' },
  { code: 'legal_services', label: '法律服务机构', group: '法人或其他组织' },
  { code: 'other_org', label: '其他', group: '法人或其他组织' },
] as const;

export type ApplicantType = (typeof APPLICANT_TYPES)[number]['code'];

/** True for the five 法人或其他组织 columns. */
export function isOrganisation(t: ApplicantType): boolean {
  return t !== 'natural_person';
}

/** The report column label of an applicant type. */
export function applicantTypeLabel(t: string): string {
  return APPLICANT_TYPES.find((a) => a.code === t)?.label ?? t;
}

export function isApplicantType(s: string): s is ApplicantType {
  return APPLICANT_TYPES.some((a) => a.code === s);
}

/** Identity documents a natural person may present (第二十九条: 身份证明). */
export const ID_TYPES = [
  { code: 'resident_id', label: '居民身份证' },
  { code: 'passport', label: '护照' },
  { code: 'hk_macao_permit', label: '港澳居民来往内地通行证' },
  { code: 'taiwan_permit', label: '台湾居民来往大陆通行证' },
  { code: 'foreigner_permanent_id', label: '外国人永久居留身份证' },
  { code: 'other', label: '其他有效身份证件' },
] as const;

export type IdType = (typeof ID_TYPES)[number]['code'];

export function idTypeLabel(t: string | null): string {
  return ID_TYPES.find((a) => a.code === t)?.label ?? (t ?? '');
}

/** The form in which the information is wanted (第二十九条第（三）项). */
export const FORMS_WANTED = [
  { code: 'paper', label: '纸质文本' },
  { code: 'electronic', label: '电子文档' },
  { code: 'either', label: '均可' },
] as const;

/** How the applicant wants to get it (第二十九条第（三）项: 获取信息的方式、途径). */
export const DELIVERY_METHODS = [
  { code: 'post', label: '邮寄' },
  { code: 'email', label: '电子邮件' },
  { code: 'pickup', label: '当面领取' },
  { code: 'online', label: '网上获取' },
  { code: 'fax', label: '传真' },
] as const;

export function formWantedLabel(c: string): string {
  return FORMS_WANTED.find((f) => f.code === c)?.label ?? c;
}

export function deliveryLabel(c: string | null): string {
  return DELIVERY_METHODS.find((f) => f.code === c)?.label ?? (c ?? '');
}
