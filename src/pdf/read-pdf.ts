import './node-compat.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openClassicPdf, PdfRaw } from './classic-pdf.ts';
import { classicCatalog, classicPageResources, classicPages } from './classic-pdf-pages.ts';
import { decodePdfText } from './decode-pdf-text.ts';

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

/** What pdf.js does not tell: fonts and images per page, the language and whether the PDF is tagged. */
export interface PdfStructure {
  pages: { fonts: string[]; images: number }[];
  lang: string;
  tagged: boolean;
}

// pdfjs-dist ships no types for its worker module; only its presence matters here.
const PDFJS_WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
let preloading: Promise<unknown> | undefined;

/**
 * Loads pdf.js's document parser into this thread (pdf.js picks it up from `globalThis.pdfjsWorker`
 * instead of starting a worker of its own).
 */
function preloadPdfReader(): Promise<unknown> {
  preloading ??= import(PDFJS_WORKER).then((worker: unknown) => Object.assign(globalThis, { pdfjsWorker: worker }));
  return preloading;
}

/**
 * Text, outline and links with pdf.js (as a viewer extracts them); fonts, images and catalog straight from
 * the file's objects where it is in Chromium's form, with pdf-lib otherwise.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  await preloadPdfReader();
  const structure = readClassicStructure(bytes) ?? (await (await import('./read-pdf-structure.ts')).readPdfStructure(bytes));
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: PdfPage[] = [];
    const links: string[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim();
      const [, , width = 0, height = 0] = page.view;
      const found = structure.pages[n - 1] ?? { fonts: [], images: 0 };
      pages.push({ text, fonts: found.fonts, images: found.images, width, height });
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[];
      links.push(await Promise.all(annotations.filter((a) => a.subtype === 'Link').map(async (a) => (a.url ? a.url : `page ${await destinationPage(document, a.dest)}`))));
      page.cleanup();
    }
    const { info } = (await document.getMetadata()) as { info: Record<string, unknown> };
    const outline = ((await document.getOutline()) ?? []).map((entry) => entry.title);
    return {
      pages,
      title: String(info.Title ?? ''),
      author: String(info.Author ?? ''),
      lang: structure.lang,
      tagged: structure.tagged,
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

function readClassicStructure(bytes: Uint8Array): PdfStructure | undefined {
  const pdf = openClassicPdf(bytes);
  const catalog = pdf && classicCatalog(pdf);
  const pages = pdf && classicPages(pdf);
  if (!pdf || !catalog || !pages) return undefined;
  const lang = pdf.resolve(catalog.dict.get('Lang'));
  return {
    pages: pages.map((page) => {
      const found = classicPageResources(pdf, page.resources);
      return { fonts: [...found.fonts], images: found.images };
    }),
    lang: lang instanceof PdfRaw ? decodePdfText(lang.text) : '',
    tagged: catalog.dict.has('StructTreeRoot'),
  };
}
