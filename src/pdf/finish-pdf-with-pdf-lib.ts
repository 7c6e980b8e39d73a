import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import type { PdfBookmark, PdfMetadata } from './pdf-document.ts';

/** `finishPdf` for any PDF: parsed and written anew by pdf-lib (slower; for PDFs not in Chromium's form). */
export async function finishPdfWithPdfLib(bytes: Uint8Array, metadata: PdfMetadata, bookmarks: readonly PdfBookmark[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) pdf.setAuthor(metadata.author);
  if (metadata.subject) pdf.setSubject(metadata.subject);
  pdf.setLanguage(metadata.lang);
  pdf.setCreator('lesdia');
  pdf.setProducer('lesdia (Chromium, pdf-lib)');
  addOutline(pdf, bookmarks);
  return pdf.save({ useObjectStreams: true });
}

/** A flat outline: one entry per bookmark, opening the document with the outline visible. */
function addOutline(pdf: PDFDocument, bookmarks: readonly PdfBookmark[]): void {
  const pages = pdf.getPages();
  const entries = bookmarks.filter((bookmark) => pages[bookmark.page]);
  if (entries.length === 0) return;
  const context = pdf.context;
  const outlineRef = context.nextRef();
  const refs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((bookmark, i) => {
    const page = pages[bookmark.page];
    if (!page) return;
    const item: Record<string, unknown> = {
      Title: PDFHexString.fromText(bookmark.title),
      Parent: outlineRef,
      Dest: context.obj([page.ref, PDFName.of('XYZ'), null, null, null]),
    };
    if (i > 0) item.Prev = refs[i - 1];
    if (i < refs.length - 1) item.Next = refs[i + 1];
    context.assign(refs[i] as PDFRef, context.obj(item as never));
  });
  context.assign(outlineRef, context.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: PDFNumber.of(entries.length) } as never));
  pdf.catalog.set(PDFName.of('Outlines'), outlineRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
