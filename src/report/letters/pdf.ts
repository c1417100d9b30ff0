/**
 * A letter (LetterDocument) as PDF, laid out like the DOCX version (docx.ts): A4, margins 37/35/28/26
 * mm, title 22 pt centred, body 16 pt (三号) with a two-character first-line indent and a 28 pt line
 * pitch, signature and date at the right. The CJK font is embedded (../fonts.ts).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { LetterDocument } from '../../domain/letters.ts';
import { renderPdf } from '../pdfmake.ts';

/** PDF measures in points; 1 mm ≈ 2.835 pt. */
const mm = (n: number): number => (n * 72) / 25.4;

const BODY_SIZE = 16;
/**
 * pdfmake's lineHeight multiplies the font's own line height (ascent + descent + gap, about 1.44 em
 * for Noto CJK), so 28 pt lines at 16 pt need 28 / (16 × 1.44) ≈ 1.2.
 */
const LINE = 28 / (BODY_SIZE * 1.44);

/** The pdfmake document definition of a letter (exported for tests and later composite renderers). */
export function letterDefinition(doc: LetterDocument): TDocumentDefinitions {
  const content: Content[] = [
    { text: doc.title, fontSize: 22, bold: true, alignment: 'center', lineHeight: 1.2, margin: [0, 0, 0, doc.docNumber ? 12 : 24] },
  ];
  if (doc.docNumber) content.push({ text: doc.docNumber, alignment: 'center', margin: [0, 0, 0, 12] });
  content.push({ text: doc.recipient });
  for (const p of doc.paragraphs) content.push({ text: p, alignment: 'justify', leadingIndent: 2 * BODY_SIZE });
  content.push({
    stack: [doc.signature, doc.dateText],
    alignment: 'right',
    margin: [0, 28, 2 * BODY_SIZE, 0],
    unbreakable: true,
  });
  if (doc.footnote) content.push({ text: doc.footnote, fontSize: 14, margin: [0, 28, 0, 0] });
  return {
    pageSize: 'A4',
    pageMargins: [mm(28), mm(37), mm(26), mm(35)],
    info: { title: doc.title },
    defaultStyle: { fontSize: BODY_SIZE, lineHeight: LINE },
    content,
  };
}

/** Renders a letter as PDF. Throws UNAVAILABLE when no CJK font is installed. */
export async function letterToPdf(doc: LetterDocument): Promise<Buffer> {
  return renderPdf(letterDefinition(doc));
}
