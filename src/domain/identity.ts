/**
 * Identity numbers an applicant gives under 条例 第二十九条第（一）项 (申请人的姓名或者名称、身份证明):
 * the 居民身份证号码 of a natural person (GB 11643-1999) and the 统一社会信用代码 of a legal person or
 * other organisation (GB 32100-2015). Checks are structural only: a number that passes may still
 * not exist. Masking helpers for lists and printed letters are here too.
 */
import { isCivilDate } from './dates.ts';
import type { CivilDate } from './dates.ts';

/** A failed check: `message` is shown to the user as is. */
export interface IdCheckFailure {
  ok: false;
  message: string;
}

/** A valid 居民身份证号码. */
export interface ResidentIdOk {
  ok: true;
  /** 18 characters, check character upper-case. */
  normalized: string;
  birthDate: CivilDate;
  /** From the 顺序码's last digit: odd = male. */
  sex: 'male' | 'female';
}

/** A valid 统一社会信用代码. */
export interface UsccOk {
  ok: true;
  normalized: string;
  /** 登记管理部门, e.g. 工商. */
  department: string;
  /** 机构类别, e.g. 企业, or null if the standard's table has no label for the code. */
  category: string | null;
}

/** Full-width ASCII to half-width, spaces removed, upper-case. */
function normalizeCode(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s-]/g, '')
    .toUpperCase();
}

const fail = (message: string): IdCheckFailure => ({ ok: false, message });

/** GB 11643-1999 weights W_i = 2^(18-i) mod 11 for positions i = 1…17 counted from the left. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** ISO 7064 MOD 11-2 check character for the first 17 digits of a 居民身份证号码. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

function checkBirthDate(yyyymmdd: string, today: CivilDate): IdCheckFailure | CivilDate {
  const date = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (!isCivilDate(date)) return fail(`身份证号码中的出生日期无效：${yyyymmdd}不是真实的日期`);
  if (date < '1900-01-01') return fail(`身份证号码中的出生日期无效：${yyyymmdd}早于1900年`);
  if (date > today) return fail(`身份证号码中的出生日期无效：${yyyymmdd}晚于今天`);
  return date;
}

/**
 * Checks an 18-character 居民身份证号码 (GB 11643-1999): 6-digit 地址码 (first digit 1–8),
 * 8-digit 出生日期码 (a real date from 1900 up to `today`), 3-digit 顺序码, and the ISO 7064
 * MOD 11-2 check character (0–9 or X; a lower-case x is accepted and normalised). Full-width
 * digits and spaces are tolerated. 15-digit first-generation numbers are refused.
 */
export function validateResidentId(s: string, today: CivilDate): ResidentIdOk | IdCheckFailure {
  const v = normalizeCode(s);
  if (v === '') return fail('请填写身份证号码');
  if (v.length === 15 && /^\d{15}$/.test(v)) {
    return fail('15位身份证号码已停止使用，请填写18位身份证号码');
  }
  if (v.length !== 18) return fail(`身份证号码应为18位，现为${v.length}位`);
  if (!/^\d{17}[\dX]$/.test(v)) return fail('身份证号码格式错误：前17位应为数字，最后一位应为数字或X');
  if (!/^[1-8]/.test(v)) return fail('身份证号码格式错误：地址码（前6位）无效');
  const birth = checkBirthDate(v.slice(6, 14), today);
  if (typeof birth !== 'string') return birth;
  const expected = residentIdCheckChar(v.slice(0, 17));
  if (v[17] !== expected) return fail(`身份证号码校验位错误：应为 ${expected}`);
  return { ok: true, normalized: v, birthDate: birth, sex: Number(v[16]) % 2 === 1 ? 'male' : 'female' };
}

/** The 31 characters of GB 32100-2015 in value order (no I, O, Z, S, V). */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights W_i = 3^(i-1) mod 31, i = 1…17. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 登记管理部门代码 and their 机构类别代码 (GB 32100-2015 附录A). */
const USCC_DEPARTMENTS: Record<string, { label: string; categories: Record<string, string> }> = {
  '1': { label: '机构编制', categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { label: '外交', categories: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': { label: '司法行政', categories: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' } },
  '4': { label: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { label: '民政', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { label: '旅游', categories: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' } },
  '7': { label: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { label: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': { label: '工商', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { label: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: { label: '农业', categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { label: '其他', categories: {} },
};

/** GB 32100-2015 check character for the first 17 characters (must be from the code's charset). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i] ?? '') * (USCC_WEIGHTS[i] ?? 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * Checks an 18-character 统一社会信用代码 (GB 32100-2015): the charset 0-9 A-H J-N P-R T-U W-Y,
 * a known 登记管理部门代码 (position 1), a 机构类别代码 other than 0 (position 2), a 6-digit
 * 登记管理机关行政区划码 (positions 3–8), and the MOD 31 check character (position 18). The
 * 主体标识码's own GB 11714 check is not enforced. Lower case, full width and spaces are tolerated.
 */
export function validateUscc(s: string): UsccOk | IdCheckFailure {
  const v = normalizeCode(s);
  if (v === '') return fail('请填写统一社会信用代码');
  if (v.length !== 18) return fail(`统一社会信用代码应为18位，现为${v.length}位`);
  const bad = [...v].find((c) => !USCC_CHARS.includes(c));
  if (bad !== undefined) {
    return fail(`统一社会信用代码含有无效字符“${bad}”（不使用字母I、O、Z、S、V）`);
  }
  const dept = USCC_DEPARTMENTS[v[0] ?? ''];
  if (!dept) return fail(`统一社会信用代码的登记管理部门代码（第1位）“${v[0]}”无效`);
  if (v[1] === '0') return fail('统一社会信用代码的机构类别代码（第2位）不能为0');
  if (!/^\d{6}$/.test(v.slice(2, 8))) {
    return fail('统一社会信用代码的登记管理机关行政区划码（第3至8位）应为6位数字');
  }
  const expected = usccCheckChar(v.slice(0, 17));
  if (v[17] !== expected) return fail(`统一社会信用代码校验位错误：应为 ${expected}`);
  return { ok: true, normalized: v, department: dept.label, category: dept.categories[v[1] ?? ''] ?? null };
}

/**
 * Masks an identity number for display: numbers of 11 characters or more keep the first 6 and
 * the last 4 (110105********123X); shorter ones (passports, permits) keep the first 2 and last 2;
 * 4 characters or fewer are masked entirely. Spaces are dropped first.
 */
export function maskIdNumber(s: string): string {
  const v = s.replace(/\s/g, '');
  const n = v.length;
  if (n <= 4) return '*'.repeat(n);
  const [head, tail] = n >= 11 ? [6, 4] : [2, 2];
  return v.slice(0, head) + '*'.repeat(n - head - tail) + v.slice(n - tail);
}

/**
 * Masks a telephone number for display: of its digits, the first 3 and last 4 stay visible
 * (138****5678, 025-****1234); separators are kept; a leading +86 / 0086 country code is kept
 * and not counted. Numbers with fewer than 8 digits keep only their last 2 digits.
 */
export function maskPhone(s: string): string {
  const v = s.trim();
  const m = /^(\+86|0086)([\s-]*)(.*)$/.exec(v);
  const prefix = m ? `${m[1]}${m[2]}` : '';
  const rest = m ? (m[3] ?? '') : v;
  const total = rest.replace(/\D/g, '').length;
  const [head, tail] = total >= 8 ? [3, 4] : [0, 2];
  let seen = 0;
  const masked = rest.replace(/\d/g, (d) => {
    seen++;
    return seen <= head || seen > total - tail ? d : '*';
  });
  return prefix + masked;
}
