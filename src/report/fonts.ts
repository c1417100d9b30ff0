/**
 * The CJK font embedded in every PDF gongkai renders. pdfmake's built-in fonts have no Chinese
 * glyphs, so a PDF without a CJK font would silently drop the text: we refuse instead.
 *
 * Lookup: env GONGKAI_CJK_FONT (a .ttf/.otf/.ttc path; a .ttc also needs GONGKAI_CJK_FONT_NAME, the
 * PostScript name of the face), else the first installed of the well-known system fonts below.
 */
import { existsSync } from 'node:fs';
import { DomainError } from '../domain/errors.ts';

/** A font file and, for a collection (.ttc), the PostScript name of the face to use. */
export interface FontFace {
  path: string;
  face?: string;
}

/** The CJK font to embed: a regular face and, when installed, a bold one. */
export interface CjkFont {
  regular: FontFace;
  bold?: FontFace;
}

const NOTO = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-cjk'];

/** Installed-font candidates, in order of preference (Debian/Ubuntu paths first). */
export const CJK_FONT_CANDIDATES: readonly CjkFont[] = [
  ...NOTO.map((dir) => ({
    regular: { path: `${dir}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' },
    bold: { path: `${dir}/NotoSerifCJK-Bold.ttc`, face: 'NotoSerifCJKsc-Bold' },
  })),
  ...NOTO.map((dir) => ({
    regular: { path: `${dir}/NotoSansCJK-Regular.ttc`, face: 'NotoSansCJKsc-Regular' },
    bold: { path: `${dir}/NotoSansCJK-Bold.ttc`, face: 'NotoSansCJKsc-Bold' },
  })),
  { regular: { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', face: 'WenQuanYiZenHei' } },
  { regular: { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' } },
];

const MISSING = '未找到中文字体：请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk）或设置 GONGKAI_CJK_FONT';

/** The font named by GONGKAI_CJK_FONT (and GONGKAI_CJK_FONT_NAME), checked. */
function fontFromEnv(path: string, face: string | undefined, exists: (p: string) => boolean): CjkFont {
  if (!exists(path)) throw new DomainError('UNAVAILABLE', `GONGKAI_CJK_FONT 指定的字体文件不存在：${path}`);
  if (!/\.(ttf|otf|ttc)$/i.test(path)) {
    throw new DomainError('UNAVAILABLE', `GONGKAI_CJK_FONT 应为 .ttf、.otf 或 .ttc 字体文件：${path}`);
  }
  if (/\.ttc$/i.test(path) && !face) {
    throw new DomainError('UNAVAILABLE', `字体集 ${path} 含多个字形，请用 GONGKAI_CJK_FONT_NAME 指定其 PostScript 名称（如 NotoSerifCJKsc-Regular）`);
  }
  return { regular: face ? { path, face } : { path } };
}

/**
 * Finds the CJK font: the env override, else the first installed candidate (its bold face only if
 * installed too). Throws UNAVAILABLE when there is none — never render Chinese without glyphs.
 */
export function findCjkFont(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
): CjkFont {
  const path = env['GONGKAI_CJK_FONT']?.trim();
  if (path) return fontFromEnv(path, env['GONGKAI_CJK_FONT_NAME']?.trim() || undefined, exists);
  const found = CJK_FONT_CANDIDATES.find((c) => exists(c.regular.path));
  if (!found) throw new DomainError('UNAVAILABLE', MISSING);
  return found.bold && exists(found.bold.path) ? found : { regular: found.regular };
}
