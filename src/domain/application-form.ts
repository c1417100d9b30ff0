/**
 * The content of an application (第二十九条): who applies (applicant type exactly as the report's
 * columns, name, identity document or 统一社会信用代码, contact), what is wanted (名称, 文号, 描述),
 * and in what form and way. Validation collects every problem at once, each naming its field.
 */
import { APPLICANT_TYPES, DELIVERY_METHODS, FORMS_WANTED, ID_TYPES, isOrganisation } from './applicants.ts';
import type { ApplicantType } from './applicants.ts';
import type { CivilDate } from './dates.ts';
import { validationError } from './errors.ts';
import type { FieldIssue } from './errors.ts';
import { validateResidentId, validateUscc } from './identity.ts';
import type { Payload } from './payload.ts';

export interface ApplicationContent {
  applicantType: ApplicantType;
  applicantName: string;
  idType: string | null;
  idNumber: string | null;
  orgCode: string | null;
  contactPerson: string | null;
  phone: string;
  email: string | null;
  address: string | null;
  postalCode: string | null;
  infoTitle: string;
  infoDocNumber: string | null;
  infoDescription: string;
  infoPurpose: string | null;
  formWanted: string;
  deliveryWanted: string;
}

const PHONE_RE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTAL_RE = /^\d{6}$/;

function text(p: Payload, field: string): string {
  const v = p[field];
  return typeof v === 'string' ? v.trim() : '';
}

/** Validates an application form; throws a VALIDATION error listing every field at fault. */
export function validateApplication(p: Payload, today: CivilDate): ApplicationContent {
  const issues: FieldIssue[] = [];
  const need = (field: string, label: string, max: number): string => {
    const v = text(p, field);
    if (!v) issues.push({ field, message: `请填写${label}` });
    else if (v.length > max) issues.push({ field, message: `${label}不能超过${max}个字` });
    return v;
  };
  const opt = (field: string, label: string, max: number): string | null => {
    const v = text(p, field);
    if (v.length > max) issues.push({ field, message: `${label}不能超过${max}个字` });
    return v || null;
  };

  const type = text(p, 'applicantType');
  if (!APPLICANT_TYPES.some((a) => a.code === type)) issues.push({ field: 'applicantType', message: '请选择申请人类型（自然人或法人或其他组织的类别）' });
  const org = type !== '' && type !== 'natural_person' && isOrganisation(type as ApplicantType);
  const applicantName = need('applicantName', org ? '单位名称' : '申请人姓名', 100);

  let idType: string | null = null;
  let idNumber: string | null = null;
  let orgCode: string | null = null;
  let contactPerson: string | null = null;
  if (org) {
    const raw = need('orgCode', '统一社会信用代码', 18).toUpperCase();
    if (raw) {
      const r = validateUscc(raw);
      if (r.ok) orgCode = r.normalized;
      else issues.push({ field: 'orgCode', message: r.message });
    }
    contactPerson = need('contactPerson', '联系人姓名', 50);
  } else {
    idType = text(p, 'idType') || 'resident_id';
    if (!ID_TYPES.some((t) => t.code === idType)) issues.push({ field: 'idType', message: '请选择身份证件类型' });
    const raw = need('idNumber', '证件号码', 40);
    if (raw && idType === 'resident_id') {
      const r = validateResidentId(raw, today);
      if (r.ok) idNumber = r.normalized;
      else issues.push({ field: 'idNumber', message: r.message });
    } else if (raw) {
      if (!/^[A-Za-z0-9()（）-]{5,40}$/.test(raw)) issues.push({ field: 'idNumber', message: '证件号码格式不正确' });
      else idNumber = raw.toUpperCase();
    }
  }

  const phone = need('phone', '联系电话', 30).replace(/\s+/g, '');
  if (phone && !PHONE_RE.test(phone)) issues.push({ field: 'phone', message: '联系电话格式不正确（手机号11位，或带区号的固定电话）' });
  const email = opt('email', '电子邮箱', 100);
  if (email && !EMAIL_RE.test(email)) issues.push({ field: 'email', message: '电子邮箱格式不正确' });
  const address = opt('address', '通信地址', 200);
  const postalCode = opt('postalCode', '邮政编码', 6);
  if (postalCode && !POSTAL_RE.test(postalCode)) issues.push({ field: 'postalCode', message: '邮政编码应为6位数字' });

  const infoTitle = need('infoTitle', '所需政府信息的名称', 200);
  const infoDocNumber = opt('infoDocNumber', '文号', 100);
  const infoDescription = need('infoDescription', '所需政府信息的内容描述', 2000);
  const infoPurpose = opt('infoPurpose', '用途说明', 500);

  const formWanted = text(p, 'formWanted');
  if (!FORMS_WANTED.some((f) => f.code === formWanted)) issues.push({ field: 'formWanted', message: '请选择所需信息的提供形式' });
  const deliveryWanted = text(p, 'deliveryWanted');
  if (!DELIVERY_METHODS.some((d) => d.code === deliveryWanted)) issues.push({ field: 'deliveryWanted', message: '请选择获取信息的方式' });
  if (deliveryWanted === 'email' && !email) issues.push({ field: 'email', message: '选择电子邮件方式获取的，请填写电子邮箱' });
  if (deliveryWanted === 'post' && !address) issues.push({ field: 'address', message: '选择邮寄方式获取的，请填写通信地址' });

  if (issues.length) throw validationError(issues);
  return {
    applicantType: type as ApplicantType, applicantName, idType, idNumber, orgCode, contactPerson, phone, email, address, postalCode,
    infoTitle, infoDocNumber, infoDescription, infoPurpose, formWanted, deliveryWanted,
  };
}
