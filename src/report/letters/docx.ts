/**
 * A letter (LetterDocument) as a Word document laid out like an official letter (after GB/T
 * 9704-2012 《党政机关公文格式》): A4, margins 37/35/28/26 mm, title in 二号 小标宋, body in 三号
 * 仿宋 with a first-line indent of two characters and a fixed 28 pt line pitch, signature and date
 * at the right.
 */
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { IFontAttributesProperties } from 'docx';
import type { LetterDocument } from '../../domain/letters.ts';

/** Word measures in twips (1/20 pt); 1 mm ≈ 56.7 twips. */
const mm = (n: number): number => Math.round((n * 1440) / 25.4);

/**
 * Title font: 方正小标宋简体 for Chinese; SimSun (宋体, present on every Chinese Windows) for the
 * other scripts and as what Word shows where 方正小标宋简体 is not installed.
 */
export const TITLE_FONT: IFontAttributesProperties = {
  eastAsia: '方正小标宋简体',
  ascii: 'SimSun',
  hAnsi: 'SimSun',
  cs: 'SimSun',
  hint: 'eastAsia',
};

/** Body font: 仿宋_GB2312 for Chinese, FangSong (Windows' 仿宋) for the other scripts. */
export const BODY_FONT: IFontAttributesProperties = {
  eastAsia: '仿宋_GB2312',
  ascii: 'FangSong',
  hAnsi: 'FangSong',
  cs: 'FangSong',
  hint: 'eastAsia',
};

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, note: 28 } as const;

/** Fixed line pitch of the body: 28 pt. */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

function run(text: string, size: number = SIZE.body, font: IFontAttributesProperties = BODY_FONT): TextRun {
  return new TextRun({ text, size, font, language: { eastAsia: 'zh-CN' } });
}

/** A body paragraph: justified, first line indented two characters (also in twips for other readers). */
function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLineChars: 200, firstLine: 640 },
    spacing: BODY_LINE,
    children: [run(text)],
  });
}

/** A right-aligned line (signature, date), kept two characters from the margin. */
function rightLine(text: string, before = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, spacing: { ...BODY_LINE, before }, children: [run(text)] });
}

function headParagraphs(doc: LetterDocument): Paragraph[] {
  const head = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: doc.docNumber ? 240 : 480, line: 720, lineRule: LineRuleType.EXACT },
      children: [run(doc.title, SIZE.title, TITLE_FONT)],
    }),
  ];
  if (doc.docNumber) {
    head.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...BODY_LINE, after: 240 }, children: [run(doc.docNumber)] }));
  }
  head.push(new Paragraph({ spacing: BODY_LINE, children: [run(doc.recipient)] }));
  return head;
}

/** Renders a letter as a .docx file. */
export async function letterToDocx(doc: LetterDocument): Promise<Buffer> {
  const children = [
    ...headParagraphs(doc),
    ...doc.paragraphs.map(bodyParagraph),
    rightLine(doc.signature, 560),
    rightLine(doc.dateText),
  ];
  if (doc.footnote) {
    children.push(new Paragraph({ spacing: { before: 560 }, children: [run(doc.footnote, SIZE.note)] }));
  }
  const document = new Document({
    title: doc.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
