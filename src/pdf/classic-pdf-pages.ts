import { PdfName, PdfRef, type ClassicPdf, type PdfDict, type PdfValue } from './classic-pdf.ts';

export interface ClassicPage {
  ref: PdfRef;
  dict: PdfDict;
  /** The page's resources, inherited from the page tree where the page has none of its own. */
  resources: PdfDict | undefined;
}

const asDict = (value: PdfValue | undefined): PdfDict | undefined => (value instanceof Map ? value : undefined);
const nameOf = (value: PdfValue | undefined): string | undefined => (value instanceof PdfName ? value.name : undefined);

/** The catalog (document root) dictionary. */
export function classicCatalog(pdf: ClassicPdf): { ref: PdfRef; dict: PdfDict } | undefined {
  const ref = pdf.trailer.get('Root');
  const dict = asDict(pdf.resolve(ref));
  return ref instanceof PdfRef && dict ? { ref, dict } : undefined;
}

/** The pages in reading order, walking the page tree; undefined when the tree cannot be read. */
export function classicPages(pdf: ClassicPdf): ClassicPage[] | undefined {
  const root = classicCatalog(pdf)?.dict.get('Pages');
  if (!(root instanceof PdfRef)) return undefined;
  const pages: ClassicPage[] = [];
  const seen = new Set<number>();
  const walk = (ref: PdfRef, inherited: PdfDict | undefined): boolean => {
    const node = asDict(pdf.object(ref.num));
    if (!node || seen.has(ref.num)) return false;
    seen.add(ref.num);
    const resources = asDict(pdf.resolve(node.get('Resources'))) ?? inherited;
    if (nameOf(node.get('Type')) === 'Page') {
      pages.push({ ref, dict: node, resources });
      return true;
    }
    const kids = pdf.resolve(node.get('Kids'));
    return Array.isArray(kids) && kids.every((kid) => kid instanceof PdfRef && walk(kid, resources));
  };
  return walk(root, undefined) ? pages : undefined;
}

/** Names of the fonts (subset prefixes removed) and the number of images a page draws, through form XObjects. */
export function classicPageResources(pdf: ClassicPdf, resources: PdfDict | undefined, seen = new Set<PdfDict>()): { fonts: Set<string>; images: number } {
  const fonts = new Set<string>();
  let images = 0;
  if (!resources || seen.has(resources)) return { fonts, images };
  seen.add(resources);
  for (const value of asDict(pdf.resolve(resources.get('Font')))?.values() ?? []) {
    const base = nameOf(asDict(pdf.resolve(value))?.get('BaseFont'));
    fonts.add(base ? base.replace(/^[A-Z]{6}\+/, '') : 'Type3');
  }
  for (const value of asDict(pdf.resolve(resources.get('XObject')))?.values() ?? []) {
    const object = asDict(pdf.resolve(value));
    const subtype = nameOf(object?.get('Subtype'));
    if (subtype === 'Image') images++;
    if (subtype === 'Form') {
      const nested = classicPageResources(pdf, asDict(pdf.resolve(object?.get('Resources'))), seen);
      for (const font of nested.fonts) fonts.add(font);
      images += nested.images;
    }
  }
  return { fonts, images };
}
