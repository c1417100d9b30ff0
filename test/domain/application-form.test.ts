import { describe, expect, it } from 'vitest';
import { validateApplication } from '../../src/domain/application-form.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { applicationPayload, VALID_USCC } from '../support/builders.ts';

const TODAY = '2026-03-02';

function issues(p: Record<string, string>): Record<string, string> {
  try {
    validateApplication(p, TODAY);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return Object.fromEntries((e as DomainError).issues.map((i) => [i.field, i.message]));
  }
  return {};
}

describe('validateApplication (第二十九条)', () => {
  it('accepts a natural person with a valid 居民身份证 and normalises the check character', () => {
    const r = validateApplication(applicationPayload({ idNumber: '11010519491231002x' }), TODAY);
    expect(r).toMatchObject({ applicantType: 'natural_person', idType: 'resident_id', idNumber: '11010519491231002X', orgCode: null });
  });

  it('accepts an organisation with a valid 统一社会信用代码 and a contact person', () => {
    const r = validateApplication(applicationPayload({ applicantType: 'legal_services', applicantName: '示例律师事务所', orgCode: VALID_USCC.toLowerCase(), contactPerson: '王律师', idNumber: '' }), TODAY);
    expect(r).toMatchObject({ applicantType: 'legal_services', orgCode: VALID_USCC, idNumber: null, contactPerson: '王律师' });
  });

  it.each([
    [{ applicantType: '' }, 'applicantType', '申请人类型'],
    [{ applicantName: '' }, 'applicantName', '姓名'],
    [{ idNumber: '110105194912310021' }, 'idNumber', '校验位'],
    [{ idNumber: '' }, 'idNumber', '证件号码'],
    [{ phone: '12345' }, 'phone', '联系电话'],
    [{ email: 'not-an-email' }, 'email', '电子邮箱'],
    [{ postalCode: '12' }, 'postalCode', '邮政编码'],
    [{ infoTitle: '' }, 'infoTitle', '名称'],
    [{ infoDescription: '' }, 'infoDescription', '内容描述'],
    [{ formWanted: 'telepathy' }, 'formWanted', '提供形式'],
    [{ deliveryWanted: 'email', email: '' }, 'email', '电子邮件'],
    [{ deliveryWanted: 'post', address: '' }, 'address', '通信地址'],
    [{ applicantType: 'commercial', orgCode: '91350100M000100Y44' }, 'orgCode', '统一社会信用代码'],
    [{ applicantType: 'commercial', orgCode: VALID_USCC, contactPerson: '' }, 'contactPerson', '联系人'],
  ])('rejects %j at field %s', (over, field, words) => {
    const found = issues(applicationPayload(over as Record<string, string>));
    expect(found[field]).toBeDefined();
    expect(found[field]).toContain(words);
  });

  it('reports every problem at once', () => {
    const found = issues({});
    expect(Object.keys(found).sort()).toEqual(['applicantName', 'applicantType', 'deliveryWanted', 'formWanted', 'idNumber', 'infoDescription', 'infoTitle', 'phone'].sort());
  });
});
