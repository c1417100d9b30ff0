import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import {
  DEFAULT_TEMPLATES,
  buildLetter,
  fillTemplate,
  unknownPlaceholders,
} from '../../src/domain/letters.ts';
import type { LetterBase, LetterDocument } from '../../src/domain/letters.ts';
import { OUTCOMES } from '../../src/domain/outcomes.ts';

const base: LetterBase = {
  agency: { name: '某某市生态环境局', phone: '0571-12345678', address: '某某市某某路1号', reviewBody: '某某市人民政府' },
  applicant: '张三',
  receivedDate: '2026-02-10',
  request: '2025年某某项目环境影响评价批复文件',
  date: '2026-03-05',
};

const REASONS = '该信息涉及第三方商业秘密，经书面征求意见，第三方不同意公开。';

const body = (doc: LetterDocument): string => doc.paragraphs.join('\n');

/** The DomainError a call throws (fails the test if it does not throw one). */
function errorOf(call: () => unknown): DomainError {
  try {
    call();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('reply letters (答复告知书), one per outcome of outcomes.ts', () => {
  it.each(OUTCOMES.map((o) => [o.code, o] as const))('%s', (code, outcome) => {
    expect(DEFAULT_TEMPLATES[`reply.${code}`]).toBeTypeOf('string');
    const doc = buildLetter('reply', { ...base, outcome: code, reasons: REASONS });
    expect(doc.title).toBe('政府信息公开申请答复告知书');
    expect(doc.recipient).toBe('张三：');
    expect(doc.paragraphs[0]).toBe(
      '本机关于二〇二六年二月十日收到您（单位）提出的政府信息公开申请，申请获取“2025年某某项目环境影响评价批复文件”。经审查，现答复如下：',
    );
    expect(body(doc)).toContain(`根据${outcome.article}的规定`);
    expect(doc.paragraphs.at(-1)).toBe(
      '如对本答复不服，可以在收到本答复之日起60日内向某某市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。',
    );
    expect(doc.signature).toBe('某某市生态环境局');
    expect(doc.dateText).toBe('二〇二六年三月五日');
    expect(doc.footnote).toBe('联系电话：0571-12345678；联系地址：某某市某某路1号。');
    expect(body(doc)).not.toMatch(/[{}]|。。/);
  });

  const needsReasons = OUTCOMES.filter((o) => DEFAULT_TEMPLATES[`reply.${o.code}`]?.includes('{理由}'));

  it.each(needsReasons.map((o) => o.code))('%s states the staff’s reasons and requires them', (code) => {
    expect(body(buildLetter('reply', { ...base, outcome: code, reasons: REASONS }))).toContain(REASONS.slice(0, -1));
    const err = errorOf(() => buildLetter('reply', { ...base, outcome: code, reasons: '  ' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.issues).toEqual([{ field: 'reasons', message: '请填写理由' }]);
  });

  it('every withholding and rejection gives reasons (第三十六条第（三）项、第（五）项)', () => {
    const codes = needsReasons.map((o) => o.code);
    for (const o of OUTCOMES.filter((x) => x.row.startsWith('3') || x.row.startsWith('5'))) expect(codes).toContain(o.code);
  });

  it('予以公开 says how the information is provided', () => {
    expect(body(buildLetter('reply', { ...base, outcome: 'disclose' }))).toContain('本机关予以公开，相关政府信息随本告知书一并提供。');
    const byMail = buildLetter('reply', { ...base, outcome: 'disclose', provision: '已通过电子邮件发送至您预留的邮箱。' });
    expect(body(byMail)).toContain('本机关予以公开，已通过电子邮件发送至您预留的邮箱。');
  });

  it('keeps the document number when given', () => {
    expect(buildLetter('reply', { ...base, outcome: 'disclose', docNumber: ' 某环公开〔2026〕第12号 ' }).docNumber).toBe('某环公开〔2026〕第12号');
    expect(buildLetter('reply', { ...base, outcome: 'disclose' }).docNumber).toBeUndefined();
  });

  it.each([
    ['outcome', { outcome: 'nonsense' }],
    ['agency.reviewBody', { outcome: 'disclose', agency: { ...base.agency, reviewBody: '' } }],
    ['applicant', { outcome: 'disclose', applicant: ' ' }],
    ['date', { outcome: 'disclose', date: '2026-02-09' }],
    ['receivedDate', { outcome: 'disclose', receivedDate: '2026-02-30' }],
  ])('rejects a bad %s', (field, change) => {
    const err = errorOf(() => buildLetter('reply', { ...base, ...change } as Parameters<typeof buildLetter<'reply'>>[1]));
    expect(err.code).toBe('VALIDATION');
    expect(err.issues.map((i) => i.field)).toContain(field);
  });
});

describe('templates and placeholders', () => {
  it('every default template uses only known placeholders', () => {
    for (const [id, text] of Object.entries(DEFAULT_TEMPLATES)) expect(unknownPlaceholders(text), id).toEqual([]);
  });

  it('fills placeholders once, without re-reading the values', () => {
    expect(fillTemplate('{申请人}：申请获取“{申请内容}”', { 申请人: '张三', 申请内容: '{理由}' })).toBe('张三：申请获取“{理由}”');
  });

  it('rejects placeholders it cannot fill, listing them', () => {
    const err = errorOf(() => fillTemplate('{申请人}：{收件日期}{办结日}', { 申请人: '张三' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('{收件日期}、{办结日}');
    expect(errorOf(() => fillTemplate('{申请人：', { 申请人: '张三' })).message).toContain('花括号');
  });

  it('uses an agency’s edited template and catches a broken one', () => {
    const edited = { 'reply.remedy': '如不服本答复，可于60日内向{复议机关}申请行政复议，或于6个月内依法提起行政诉讼。' };
    const doc = buildLetter('reply', { ...base, outcome: 'disclose', templates: edited });
    expect(doc.paragraphs.at(-1)).toBe('如不服本答复，可于60日内向某某市人民政府申请行政复议，或于6个月内依法提起行政诉讼。');

    const broken = { 'reply.disclose': '根据{法律依据}，{答复内容}。' };
    const err = errorOf(() => buildLetter('reply', { ...base, outcome: 'disclose', templates: broken }));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('reply.disclose');
    expect(err.message).toContain('{答复内容}');
  });
});

describe('补正告知书 (第三十条)', () => {
  const input = { ...base, date: '2026-02-12', items: '请明确所需环境影响评价批复文件的项目名称、建设单位及批复年份', deadline: '2026-02-27' };

  it('says what to add, by when, and that not supplementing is abandonment', () => {
    const doc = buildLetter('correction', input);
    expect(doc.title).toBe('政府信息公开申请补正告知书');
    const text = body(doc);
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十条');
    expect(text).toContain('请您对申请作如下补正：请明确所需环境影响评价批复文件的项目名称、建设单位及批复年份。');
    expect(text).toContain('请您于二〇二六年二月二十七日前');
    expect(text).toContain('答复期限自本机关收到补正的申请之日起计算');
    expect(text).toContain('无正当理由逾期不补正的，视为放弃申请');
    expect(doc.dateText).toBe('二〇二六年二月十二日');
  });

  it.each([
    ['items', { items: '' }],
    ['deadline', { deadline: '2026-02-12' }],
    ['deadline', { deadline: '2026/02/27' }],
  ])('rejects a bad %s', (field, change) => {
    expect(errorOf(() => buildLetter('correction', { ...input, ...change })).issues.map((i) => i.field)).toContain(field);
  });
});

describe('延期答复告知书 (第三十三条第二款)', () => {
  const input = { ...base, date: '2026-03-09', reasons: '申请公开的信息数量较多，需要检索、核对', extensionDays: 20, newDueDate: '2026-04-07' };

  it('states the approval, the extension and the new due date', () => {
    const doc = buildLetter('extension', input);
    expect(doc.title).toBe('政府信息公开申请延期答复告知书');
    const text = body(doc);
    expect(text).toContain('因申请公开的信息数量较多，需要检索、核对，本机关不能在规定期限内作出答复。');
    expect(text).toContain('经本机关政府信息公开工作机构负责人同意');
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十三条第二款');
    expect(text).toContain('答复期限延长20个工作日，本机关将于二〇二六年四月七日前作出答复。');
  });

  it.each([
    ['extensionDays', { extensionDays: 21 }],
    ['extensionDays', { extensionDays: 0 }],
    ['extensionDays', { extensionDays: 2.5 }],
    ['newDueDate', { newDueDate: '2026-03-09' }],
    ['reasons', { reasons: '' }],
  ])('rejects a bad %s', (field, change) => {
    expect(errorOf(() => buildLetter('extension', { ...input, ...change })).issues.map((i) => i.field)).toContain(field);
  });
});

describe('信息处理费缴费通知书 (第四十二条; 国办函〔2020〕109号)', () => {
  const input = { ...base, paymentMethod: '通过非税收入缴款渠道缴纳' };

  it('按件: basis, standard, breakdown, amount, payment method and the 20-working-day rule', () => {
    const doc = buildLetter('fee_notice', { ...input, fee: { method: 'per_item', previousItemsThisMonth: 25, items: 20 } });
    expect(doc.title).toBe('信息处理费缴费通知书');
    const text = body(doc);
    expect(text).toContain('收费依据：《中华人民共和国政府信息公开条例》第四十二条、《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）。');
    expect(text).toContain('收费标准：按件计收，同一申请人一个自然月内累计申请10件以下（含10件）的，不收费');
    expect(text).toContain('本月此前已累计申请25件，本次申请20件');
    expect(text).toContain('第31—40件，10件×200元/件，计2,000.00元');
    expect(text).toContain('合计4,000.00元');
    expect(text).toContain('缴纳方式：通过非税收入缴款渠道缴纳。');
    expect(text).toContain('请您自收到本通知书次日起20个工作日内缴纳');
    expect(text).toContain('逾期未缴纳的，视为放弃申请');
  });

  it('按量: pages and amount', () => {
    const text = body(buildLetter('fee_notice', { ...input, fee: { method: 'per_page', pages: 150 } }));
    expect(text).toContain('收费标准：按量计收');
    expect(text).toContain('本次申请共150页');
    expect(text).toContain('第101—150页，50页×20元/页，计1,000.00元');
    expect(text).toContain('合计1,700.00元');
  });

  it('refuses a notice for a free application, and needs the payment method', () => {
    const free = errorOf(() => buildLetter('fee_notice', { ...input, fee: { method: 'per_page', pages: 30 } }));
    expect(free.issues.map((i) => i.field)).toEqual(['fee']);
    const noWay = errorOf(() => buildLetter('fee_notice', { ...input, paymentMethod: '', fee: { method: 'per_page', pages: 31 } }));
    expect(noWay.issues.map((i) => i.field)).toEqual(['paymentMethod']);
  });
});
