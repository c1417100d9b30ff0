import { existsSync } from 'node:fs';
import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { buildLetter } from '../../src/domain/letters.ts';
import type { LetterDocument } from '../../src/domain/letters.ts';
import { findCjkFont } from '../../src/report/fonts.ts';
import { letterToDocx } from '../../src/report/letters/docx.ts';
import { letterToPdf } from '../../src/report/letters/pdf.ts';

const agency = { name: '某某市生态环境局', phone: '0571-12345678', address: '某某市某某路1号', reviewBody: '某某市人民政府' };
const common = { agency, applicant: '张三', receivedDate: '2026-02-10', request: '2025年某某项目环境影响评价批复文件', date: '2026-03-05' };

const reply = buildLetter('reply', {
  ...common,
  outcome: 'withhold_third_party',
  reasons: '该信息涉及第三方商业秘密，经书面征求意见，第三方不同意公开',
  docNumber: '某环公开〔2026〕第12号',
});
const fee = buildLetter('fee_notice', { ...common, fee: { method: 'per_item', previousItemsThisMonth: 25, items: 20 }, paymentMethod: '银行转账' });

const ARTICLE = '《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项';

/** Facts each rendering must carry, whitespace ignored (line breaks fall anywhere). */
function expectFacts(text: string, doc: LetterDocument, facts: string[]): void {
  const flat = text.replace(/\s+/g, '');
  for (const fact of [doc.title, doc.recipient, doc.signature, doc.dateText, ...facts]) expect(flat).toContain(fact.replace(/\s+/g, ''));
}

async function pdfText(buf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(buf), { mergePages: true });
  return text;
}

describe('letterToDocx', () => {
  it('writes the title, applicant, article and Chinese date', async () => {
    const buf = await letterToDocx(reply);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: buf });
    expectFacts(value, reply, ['政府信息公开申请答复告知书', '张三', ARTICLE, '二〇二六年三月五日', '某环公开〔2026〕第12号', '二〇二六年二月十日', agency.phone]);
  });
});

describe('letterToPdf', () => {
  it('embeds a CJK font so the Chinese text reads back', async () => {
    const buf = await letterToPdf(reply);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expectFacts(await pdfText(buf), reply, ['政府信息公开申请答复告知书', '张三', ARTICLE, '二〇二六年三月五日', '某环公开〔2026〕第12号', agency.reviewBody]);
  });

  it('renders a longer letter over pages with the figures intact', async () => {
    const text = await pdfText(await letterToPdf(fee));
    expectFacts(text, fee, ['信息处理费缴费通知书', '第31—40件，10件×200元/件，计2,000.00元', '合计4,000.00元', '20个工作日']);
  });
});

describe('CJK font lookup', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('uses the installed Noto Serif CJK by default', () => {
    const font = findCjkFont({});
    expect(font.regular.face).toMatch(/CJKsc-Regular$/);
    expect(existsSync(font.regular.path)).toBe(true);
  });

  it('prefers GONGKAI_CJK_FONT and needs a face name for a .ttc', () => {
    const exists = (p: string): boolean => p === '/fonts/my.ttc' || p === '/fonts/my.ttf';
    expect(findCjkFont({ GONGKAI_CJK_FONT: '/fonts/my.ttf' }, exists)).toEqual({ regular: { path: '/fonts/my.ttf' } });
    expect(findCjkFont({ GONGKAI_CJK_FONT: '/fonts/my.ttc', GONGKAI_CJK_FONT_NAME: 'MySong' }, exists)).toEqual({
      regular: { path: '/fonts/my.ttc', face: 'MySong' },
    });
    expect(() => findCjkFont({ GONGKAI_CJK_FONT: '/fonts/my.ttc' }, exists)).toThrow(/GONGKAI_CJK_FONT_NAME/);
    expect(() => findCjkFont({ GONGKAI_CJK_FONT: '/fonts/none.ttf' }, exists)).toThrow(/不存在/);
  });

  it('refuses when no CJK font is installed', () => {
    let error: unknown;
    try {
      findCjkFont({}, () => false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('UNAVAILABLE');
    expect((error as DomainError).message).toBe('未找到中文字体：请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk）或设置 GONGKAI_CJK_FONT');
  });

  it.each([
    ['a missing file', '/nonexistent/font.ttf', undefined],
    ['a wrong face name', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NoSuchFace'],
  ])('does not render a PDF with %s', async (_, path, face) => {
    vi.stubEnv('GONGKAI_CJK_FONT', path);
    if (face) vi.stubEnv('GONGKAI_CJK_FONT_NAME', face);
    await expect(letterToPdf(reply)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('renders with a font chosen by GONGKAI_CJK_FONT', async () => {
    vi.stubEnv('GONGKAI_CJK_FONT', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
    vi.stubEnv('GONGKAI_CJK_FONT_NAME', 'NotoSansCJKsc-Regular');
    const buf = await letterToPdf(reply);
    expect(buf.includes('NotoSansCJKsc-Regular')).toBe(true);
    expect((await pdfText(buf)).replace(/\s+/g, '')).toContain('政府信息公开申请答复告知书');
  });
});
