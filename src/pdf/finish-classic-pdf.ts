import { appendPdfUpdate, pdfTextString } from './append-pdf-update.ts';
import { openClassicPdf, PdfName, PdfRaw, PdfRef, type PdfDict, type PdfValue } from './classic-pdf.ts';
import { classicCatalog, classicPages } from './classic-pdf-pages.ts';
import type { PdfBookmark, PdfMetadata } from './pdf-document.ts';

/**
 * `finishPdf` for the PDFs Chromium writes: a new document information dictionary, the catalog with the
 * language, the outline (one entry per bookmark, shown when the file opens) and the title in the window
 * bar, appended as an incremental update. Undefined when the PDF is not in that form.
 */
export function finishClassicPdf(bytes: Uint8Array, metadata: PdfMetadata, bookmarks: readonly PdfBookmark[]): Uint8Array | undefined {
  const pdf = openClassicPdf(bytes);
  const catalog = pdf && classicCatalog(pdf);
  const pages = pdf && classicPages(pdf);
  if (!pdf || !catalog || !pages) return undefined;
  let next = pdf.size;
  const objects = new Map<number, PdfValue>();

  const oldInfo = pdf.trailer.get('Info');
  const infoRef = oldInfo instanceof PdfRef ? oldInfo : new PdfRef(next++, 0);
  const info: PdfDict = new Map(pdf.resolve(oldInfo) instanceof Map ? (pdf.resolve(oldInfo) as PdfDict) : []);
  info.set('Title', pdfTextString(metadata.title));
  if (metadata.author) info.set('Author', pdfTextString(metadata.author));
  if (metadata.subject) info.set('Subject', pdfTextString(metadata.subject));
  info.set('Creator', pdfTextString('lesdia'));
  info.set('Producer', pdfTextString('lesdia (Chromium)'));
  objects.set(infoRef.num, info);

  const root: PdfDict = new Map(catalog.dict);
  root.set('Lang', pdfTextString(metadata.lang));
  const preferences: PdfDict = new Map(pdf.resolve(root.get('ViewerPreferences')) instanceof Map ? (pdf.resolve(root.get('ViewerPreferences')) as PdfDict) : []);
  preferences.set('DisplayDocTitle', new PdfRaw('true'));
  root.set('ViewerPreferences', preferences);

  const entries = bookmarks.filter((bookmark) => pages[bookmark.page]);
  if (entries.length > 0) {
    const outline = new PdfRef(next++, 0);
    const refs = entries.map(() => new PdfRef(next++, 0));
    entries.forEach((bookmark, i) => {
      const item: PdfDict = new Map<string, PdfValue>([
        ['Title', pdfTextString(bookmark.title)],
        ['Parent', outline],
        ['Dest', [pages[bookmark.page]?.ref as PdfRef, new PdfName('XYZ'), new PdfRaw('null'), new PdfRaw('null'), new PdfRaw('null')]],
      ]);
      if (i > 0) item.set('Prev', refs[i - 1] as PdfRef);
      if (i < refs.length - 1) item.set('Next', refs[i + 1] as PdfRef);
      objects.set((refs[i] as PdfRef).num, item);
    });
    objects.set(outline.num, new Map<string, PdfValue>([['Type', new PdfName('Outlines')], ['First', refs[0] as PdfRef], ['Last', refs[refs.length - 1] as PdfRef], ['Count', new PdfRaw(String(entries.length))]]));
    root.set('Outlines', outline);
    root.set('PageMode', new PdfName('UseOutlines'));
  }
  objects.set(catalog.ref.num, root);
  return appendPdfUpdate(pdf, bytes, objects, new Map<string, PdfValue>([['Root', catalog.ref], ['Info', infoRef]]));
}
