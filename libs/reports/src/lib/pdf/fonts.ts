import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The CJK font comes from the npm package @embedpdf/fonts-sc (Noto Sans Hans, GB2312 coverage, SIL
 * OFL 1.1): installed with the project, never fetched at run time. pdfkit embeds only the glyphs a
 * document uses (a CID-keyed subset), so text stays selectable and the files stay small.
 */
export const FONT_REGULAR = 'zh';
export const FONT_BOLD = 'zh-bold';

let cache: { regular: Buffer; bold: Buffer } | null = null;

function fontDirectory(): string {
  // The package exports only its entry point, so locate the fonts folder beside its dist folder.
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

/** The font files, read once per process (about 8 MB each). */
export function cjkFonts(): { regular: Buffer; bold: Buffer } {
  if (!cache) {
    const directory = fontDirectory();
    cache = {
      regular: readFileSync(join(directory, 'NotoSansHans-Regular.otf')),
      bold: readFileSync(join(directory, 'NotoSansHans-Bold.otf')),
    };
  }
  return cache;
}

export function registerCjkFonts(doc: PDFKit.PDFDocument): void {
  const fonts = cjkFonts();
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  doc.font(FONT_REGULAR);
}
