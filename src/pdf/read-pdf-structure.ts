import { PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';
import type { PdfStructure } from './read-pdf.ts';

/** `PdfStructure` with pdf-lib, for PDFs not in the form Chromium writes (object and cross-reference streams). */
export async function readPdfStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const structure = await PDFDocument.load(bytes, { updateMetadata: false });
  const lang = structure.catalog.lookup(PDFName.of('Lang'));
  return {
    pages: structure.getPages().map((page) => {
      const found = collectResources(page.node.Resources() ?? PDFDict.withContext(structure.context));
      return { fonts: [...found.fonts], images: found.images };
    }),
    lang: lang ? decodePdfString(lang) : '',
    tagged: structure.catalog.has(PDFName.of('StructTreeRoot')),
  };
}

/** Fonts and images in a resource dictionary, following form XObjects (Chromium draws through them). */
function collectResources(resources: PDFDict, seen = new Set<PDFDict>()): { fonts: Set<string>; images: number } {
  const fonts = new Set<string>();
  let images = 0;
  if (seen.has(resources)) return { fonts, images };
  seen.add(resources);
  const fontDict = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [, value] of fontDict?.entries() ?? []) {
    const font = fontDict?.context.lookup(value);
    const base = font instanceof PDFDict ? font.lookup(PDFName.of('BaseFont')) : undefined;
    fonts.add(base ? String(base).replace(/^\//, '').replace(/^[A-Z]{6}\+/, '') : 'Type3');
  }
  const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
  for (const [, value] of xobjects?.entries() ?? []) {
    const object = xobjects?.context.lookup(value);
    if (!(object instanceof PDFStream)) continue;
    const subtype = String(object.dict.lookup(PDFName.of('Subtype')));
    if (subtype === '/Image') images++;
    const inner = object.dict.lookupMaybe(PDFName.of('Resources'), PDFDict);
    if (subtype === '/Form' && inner) {
      const nested = collectResources(inner, seen);
      for (const font of nested.fonts) fonts.add(font);
      images += nested.images;
    }
  }
  return { fonts, images };
}

function decodePdfString(object: PDFObject): string {
  const candidate = object as { decodeText?: () => string };
  return typeof candidate.decodeText === 'function' ? candidate.decodeText() : String(object).replace(/^\(|\)$/g, '');
}
