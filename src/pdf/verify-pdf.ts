import type { PrintedPage } from './read-printed-pdf.ts';

/** The fonts lesdia bundles (the theme's, and KaTeX's for formulas); a page with text in none of them printed before its fonts loaded. */
const BUNDLED_FONTS = /AtkinsonHyperlegible|JetBrainsMono|KaTeX_/i;

export interface PdfVerdict {
  problems: string[];
  /** Fonts drawn besides the bundled ones (fallbacks for glyphs such as arrows), for the report. */
  otherFonts: string[];
}

/** Reads back what was written: no blank page, and the bundled fonts in use wherever there is text. */
export function verifyPdf(contents: { pages: readonly PrintedPage[] }, expectedPages: number | undefined): PdfVerdict {
  const problems: string[] = [];
  if (expectedPages !== undefined && contents.pages.length !== expectedPages) problems.push(`${contents.pages.length} pages where ${expectedPages} were laid out`);
  contents.pages.forEach((page, i) => {
    if (page.text === '' && page.images === 0) problems.push(`page ${i + 1} is blank`);
    else if (page.text !== '' && !page.fonts.some((font) => BUNDLED_FONTS.test(font))) problems.push(`page ${i + 1} uses substituted fonts only (${page.fonts.join(', ') || 'none found'})`);
  });
  const otherFonts = [...new Set(contents.pages.flatMap((page) => page.fonts).filter((font) => !BUNDLED_FONTS.test(font)))];
  return { problems, otherFonts };
}
