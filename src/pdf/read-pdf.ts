import './node-compat.ts';
import { PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a PDF holds, read back the way a viewer would: for lesdia's own verification and for the tests. */
export interface PdfContents {
  pages: PdfPage[];
  title: string;
  author: string;
  lang: string;
  tagged: boolean;
  outline: string[];
  /** Link targets per page: URIs, and internal links as `page N`. */
  links: string[][];
}

export interface PdfPage {
  text: string;
  /** Names of the embedded fonts the page uses (subset prefixes removed). */
  fonts: string[];
  images: number;
  width: number;
  height: number;
}

/** Text, outline and links with pdf.js (as a viewer extracts them); fonts, images and catalog with pdf-lib. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const structure = await PDFDocument.load(bytes, { updateMetadata: false });
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: PdfPage[] = [];
    const links: string[][] = [];
    const structurePages = structure.getPages();
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim();
      const [, , width = 0, height = 0] = page.view;
      const resources = structurePages[n - 1]?.node.Resources();
      const found = resources ? collectResources(resources) : { fonts: new Set<string>(), images: 0 };
      pages.push({ text, fonts: [...found.fonts], images: found.images, width, height });
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[];
      links.push(await Promise.all(annotations.filter((a) => a.subtype === 'Link').map(async (a) => (a.url ? a.url : `page ${await destinationPage(document, a.dest)}`))));
      page.cleanup();
    }
    const { info } = (await document.getMetadata()) as { info: Record<string, unknown> };
    const outline = ((await document.getOutline()) ?? []).map((entry) => entry.title);
    const lang = structure.catalog.lookup(PDFName.of('Lang'));
    return {
      pages,
      title: String(info.Title ?? ''),
      author: String(info.Author ?? ''),
      lang: lang ? decodePdfString(lang) : '',
      tagged: structure.catalog.has(PDFName.of('StructTreeRoot')),
      outline,
      links,
    };
  } finally {
    await task.destroy();
  }
}

type PdfJsDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

async function destinationPage(document: PdfJsDocument, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await document.getDestination(dest) : (dest as unknown[] | null);
  const ref = explicit?.[0];
  if (!ref || typeof ref !== 'object') return 0;
  return (await document.getPageIndex(ref as { num: number; gen: number })) + 1;
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
