import { describe, expect, it } from 'vitest';
import {
  maskIdNumber,
  maskPhone,
  residentIdCheckChar,
  usccCheckChar,
  validateResidentId,
  validateUscc,
} from '../../src/domain/identity.ts';

const TODAY = '2026-03-05';

// Independent reference implementations, written from the standards' formulas (not the module's tables).
function refIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 1; i <= 17; i++) sum += Number(first17[i - 1]) * (2 ** (18 - i) % 11);
  return '10X98765432'[sum % 11] ?? '?';
}
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function refUsccCheck(first17: string): string {
  let sum = 0;
  for (let i = 1; i <= 17; i++) sum += USCC_CHARSET.indexOf(first17[i - 1] ?? '') * (3 ** (i - 1) % 31);
  return USCC_CHARSET[(31 - (sum % 31)) % 31] ?? '?';
}
const withIdCheck = (first17: string) => first17 + refIdCheck(first17);
const withUsccCheck = (first17: string) => first17 + refUsccCheck(first17);

describe('validateResidentId', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'female'], // GB 11643-1999 example
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'female'], // lower-case x
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', '1949-12-31', 'female'], // full width
    [' 110105 19491231 002X ', '11010519491231002X', '1949-12-31', 'female'], // spaces
    [withIdCheck('32010219900307123'), withIdCheck('32010219900307123'), '1990-03-07', 'male'],
    [withIdCheck('81000020000229004'), withIdCheck('81000020000229004'), '2000-02-29', 'female'], // leap day, 港澳 81
    [withIdCheck('71000019000101001'), withIdCheck('71000019000101001'), '1900-01-01', 'male'], // earliest
    [withIdCheck('11010120260305001'), withIdCheck('11010120260305001'), '2026-03-05', 'male'], // born today
  ])('accepts %s', (input, normalized, birthDate, sex) => {
    expect(validateResidentId(input, TODAY)).toEqual({ ok: true, normalized, birthDate, sex });
  });

  it('computes check characters of the GB 11643 examples', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(refIdCheck('44052418800101001')).toBe('4');
  });

  it('agrees with the reference check digit on many generated numbers', () => {
    for (let seq = 0; seq < 1000; seq += 7) {
      const first17 = `32058219850610${String(seq).padStart(3, '0')}`;
      expect(residentIdCheckChar(first17)).toBe(refIdCheck(first17));
      expect(validateResidentId(withIdCheck(first17), TODAY).ok).toBe(true);
    }
  });

  it.each([
    ['', '请填写身份证号码'],
    ['110105491231002', '15位身份证号码已停止使用，请填写18位身份证号码'],
    ['1101051949123100', '身份证号码应为18位，现为16位'],
    ['11010519491231002X1', '身份证号码应为18位，现为19位'],
    ['1101051949123100XX', '身份证号码格式错误：前17位应为数字，最后一位应为数字或X'],
    ['11010519491231002Y', '身份证号码格式错误：前17位应为数字，最后一位应为数字或X'],
    [withIdCheck('01010519491231002'), '身份证号码格式错误：地址码（前6位）无效'],
    [withIdCheck('91010519491231002'), '身份证号码格式错误：地址码（前6位）无效'],
    [withIdCheck('11010519990230001'), '身份证号码中的出生日期无效：19990230不是真实的日期'],
    [withIdCheck('11010519991301001'), '身份证号码中的出生日期无效：19991301不是真实的日期'],
    [withIdCheck('11010520010229001'), '身份证号码中的出生日期无效：20010229不是真实的日期'],
    [withIdCheck('11010518991231001'), '身份证号码中的出生日期无效：18991231早于1900年'],
    [withIdCheck('11010520260306001'), '身份证号码中的出生日期无效：20260306晚于今天'],
    ['110105194912310021', '身份证号码校验位错误：应为 X'],
    ['110105194912310020', '身份证号码校验位错误：应为 X'],
    ['11010519800101001X', '身份证号码校验位错误：应为 6'],
    ['440524188001010014', '身份证号码中的出生日期无效：18800101早于1900年'], // GB 11643 example, check digit right
  ])('rejects %j', (input, message) => {
    expect(validateResidentId(input, TODAY)).toEqual({ ok: false, message });
  });

  it('uses the today parameter, not the clock', () => {
    const id = withIdCheck('11010520300101001');
    expect(validateResidentId(id, '2029-12-31').ok).toBe(false);
    expect(validateResidentId(id, '2030-01-01').ok).toBe(true);
  });
});

describe('validateUscc', () => {
  it.each([
    // The GB 32100-2015 example and public registrations whose 主体标识码 also passes GB 11714.
    ['91350100M000100Y43', '工商', '企业'],
    ['911100007109250324', '工商', '企业'],
    ['914403001922038216', '工商', '企业'],
    ['9144030071526726XG', '工商', '企业'],
    ['91330100716105852F', '工商', '企业'],
    ['91310000132149237G', '工商', '企业'],
  ])('accepts the known-good code %s', (code, department, category) => {
    expect(refUsccCheck(code.slice(0, 17))).toBe(code[17]); // the table itself is right
    expect(validateUscc(code)).toEqual({ ok: true, normalized: code, department, category });
  });

  it.each([
    [withUsccCheck('12100000MB0123456'), '机构编制', '事业单位'],
    [withUsccCheck('51320000MJ1234567'), '民政', '社会团体'],
    [withUsccCheck('31320000MD1234567'), '司法行政', '律师执业机构'],
    [withUsccCheck('92320102MA1XYW123'), '工商', '个体工商户'],
    [withUsccCheck('N2320102MF1234567'), '农业', '村级集体经济组织'],
    [withUsccCheck('Y1320102MF1234567'), '其他', null],
    [withUsccCheck('9A320102MF1234567'), '工商', null], // category not in the table: allowed, no label
  ])('accepts generated %s', (code, department, category) => {
    expect(validateUscc(code)).toEqual({ ok: true, normalized: code, department, category });
  });

  it('normalises lower case, full width and spaces', () => {
    expect(validateUscc(' 91350100m000100y43 ')).toMatchObject({ ok: true, normalized: '91350100M000100Y43' });
    expect(validateUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toMatchObject({ ok: true, normalized: '91350100M000100Y43' });
    expect(validateUscc('9135 0100 M000 100Y 43')).toMatchObject({ ok: true, normalized: '91350100M000100Y43' });
  });

  it('agrees with the reference check character on generated codes', () => {
    for (let i = 0; i < USCC_CHARSET.length; i++) {
      const first17 = `91320000${USCC_CHARSET[i]}${USCC_CHARSET[(i * 7) % 31]}1234567`;
      expect(usccCheckChar(first17)).toBe(refUsccCheck(first17));
    }
  });

  it.each([
    ['', '请填写统一社会信用代码'],
    ['91350100M000100Y4', '统一社会信用代码应为18位，现为17位'],
    ['91350100M000100Y433', '统一社会信用代码应为18位，现为19位'],
    ['91350100I000100Y43', '统一社会信用代码含有无效字符“I”（不使用字母I、O、Z、S、V）'],
    ['91350100O000100Y43', '统一社会信用代码含有无效字符“O”（不使用字母I、O、Z、S、V）'],
    ['91350100M000100Z43', '统一社会信用代码含有无效字符“Z”（不使用字母I、O、Z、S、V）'],
    ['91350100M0001S0Y43', '统一社会信用代码含有无效字符“S”（不使用字母I、O、Z、S、V）'],
    ['91350100M00V100Y43', '统一社会信用代码含有无效字符“V”（不使用字母I、O、Z、S、V）'],
    ['9135010#M000100Y43', '统一社会信用代码含有无效字符“#”（不使用字母I、O、Z、S、V）'],
    [withUsccCheck('01350100M000100Y4'), '统一社会信用代码的登记管理部门代码（第1位）“0”无效'],
    [withUsccCheck('B1350100M000100Y4'), '统一社会信用代码的登记管理部门代码（第1位）“B”无效'],
    [withUsccCheck('90350100M000100Y4'), '统一社会信用代码的机构类别代码（第2位）不能为0'],
    [withUsccCheck('9135A100M000100Y4'), '统一社会信用代码的登记管理机关行政区划码（第3至8位）应为6位数字'],
    ['91350100M000100Y44', '统一社会信用代码校验位错误：应为 3'],
    ['911100007109250320', '统一社会信用代码校验位错误：应为 4'],
  ])('rejects %j', (input, message) => {
    expect(validateUscc(input)).toEqual({ ok: false, message });
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['110105194912311234', '110105********1234'],
    [' 110105 19491231 002X', '110105********002X'],
    ['E12345678', 'E1*****78'],
    ['91350100M000100Y43', '913501********0Y43'],
    ['1234', '****'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138 **** 5678'],
    ['+86 13812345678', '+86 138****5678'],
    ['008613812345678', '0086138****5678'],
    ['025-83001234', '025-****1234'],
    ['0512-68881234', '051*-****1234'],
    ['12345', '***45'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
});
