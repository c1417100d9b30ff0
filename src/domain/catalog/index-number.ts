/**
 * 索引号: unique, never changed. Default scheme (政府信息公开目录系统实施指引: 前段码/后段码):
 * `<organisation code>/<YYYY>-<NNNNN>`, the year being the year of publication. Imported items may
 * carry the other forms seen on real sites (spec/statutory.md §5); they are accepted as they are.
 */
import { DomainError } from '../errors.ts';

/** The default index number for the n-th item an agency publishes in `year`. */
export function formatIndexNumber(orgCode: string, year: number, serial: number): string {
  if (serial < 1 || serial > 99_999) throw new DomainError('CONFLICT', `${year}年的索引号流水号已用尽（最多99999）`);
  return `${orgCode.replace(/-/g, '')}/${year}-${String(serial).padStart(5, '0')}`;
}

const FORMS: { re: RegExp; label: string }[] = [
  { re: /^[0-9A-Z]{8}-?[0-9A-Z]\/\d{4}-\d{5}$/, label: '组织机构代码/年-流水号' },
  { re: /^[0-9A-HJ-NPQRTUWXY]{18}\/\d{4}(\d{2})?-\d{5}$/, label: '统一社会信用代码/年（月）-流水号' },
  { re: /^[0-9A-Z]{7}-[0-9A-Z]\/\d{4}-\d{5}$/, label: '组织机构代码（带连字符）/年-流水号' },
  { re: /^[0-9A-Z]{9}-\d{4}-\d{6}$/, label: '地方分段编码' },
  { re: /^[0-9A-Za-z]+(-[0-9A-Za-z]+){4,}$/, label: '地方分段编码' },
];

/** Which accepted form an imported index number has, or a VALIDATION error. */
export function checkIndexNumber(s: string): string {
  const v = s.trim().toUpperCase();
  const f = FORMS.find((x) => x.re.test(v));
  if (!f) throw new DomainError('VALIDATION', `索引号“${s}”不是可识别的格式（如 000014349/2018-00222）`, [{ field: 'indexNumber', message: '索引号格式无法识别' }]);
  return f.label;
}

/** The organisation part of the agency's default 索引号: its 组织机构代码 without hyphens (else its code). */
export function indexPrefix(agency: { orgCode: string | null; code: string }): string {
  return (agency.orgCode ?? agency.code).replace(/-/g, '');
}

/**
 * If `s` is in the agency's own default form (`<prefix>/<YYYY>-<NNNNN>`), its year and serial, so
 * that the numbering can continue after imported numbers; otherwise null.
 */
export function ownIndexSerial(s: string, prefix: string): { year: number; serial: number } | null {
  const slash = s.lastIndexOf('/');
  if (slash < 0 || s.slice(0, slash).toUpperCase() !== prefix.toUpperCase()) return null;
  const m = /^(\d{4})-(\d{5})$/.exec(s.slice(slash + 1));
  return m ? { year: Number(m[1]), serial: Number(m[2]) } : null;
}
