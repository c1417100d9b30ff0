/**
 * Renders a pdfmake document definition to a PDF buffer with the CJK font embedded (fonts.ts).
 * Shared by every PDF renderer.
 *
 * pdfmake 0.3 on the server: `import pdfmake from 'pdfmake'` is a singleton (no more `new
 * PdfPrinter(fonts)`); fonts are registered with `setFonts`, `createPdf(def).getBuffer()` returns a
 * promise. Fonts are read from local paths, so we also set both access policies: no URL is ever
 * fetched, and only the font files we chose may be read from disk.
 */
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontFamilyTypes } from 'pdfmake/interfaces.js';
import { DomainError } from '../domain/errors.ts';
import { findCjkFont } from './fonts.ts';
import type { FontFace } from './fonts.ts';

/** The pdfmake family name under which the CJK font is registered. */
export const CJK_FAMILY = 'CJK';

type FontSource = TFontFamilyTypes['normal'];

/** pdfmake accepts `[path, postscriptName]` for a face in a collection (passed on to pdfkit's font()). */
function source(face: FontFace): FontSource {
  return (face.face ? [face.path, face.face] : face.path) as unknown as FontSource;
}

/**
 * Renders `def` to a PDF. The CJK font is the default font (bold text uses its bold face when one is
 * installed). Throws UNAVAILABLE when no CJK font is found or it cannot be loaded.
 */
export async function renderPdf(def: TDocumentDefinitions): Promise<Buffer> {
  const font = findCjkFont();
  const bold = font.bold ?? font.regular;
  const allowed = new Set([font.regular.path, bold.path]);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  pdfmake.setFonts({
    [CJK_FAMILY]: { normal: source(font.regular), bold: source(bold), italics: source(font.regular), bolditalics: source(bold) },
  });
  // createPdf reads the fonts synchronously, so concurrent renders cannot see each other's settings.
  const pdf = pdfmake.createPdf({ ...def, defaultStyle: { font: CJK_FAMILY, ...def.defaultStyle } });
  try {
    return await pdf.getBuffer();
  } catch (err) {
    const name = font.regular.face ? `${font.regular.path}（${font.regular.face}）` : font.regular.path;
    throw new DomainError('UNAVAILABLE', `中文字体无法加载或 PDF 生成失败：${name}：${(err as Error).message}`);
  }
}
