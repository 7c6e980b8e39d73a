import { finishClassicPdf } from './finish-classic-pdf.ts';

export interface PdfBookmark {
  title: string;
  /** 0-based page index. */
  page: number;
}

export interface PdfMetadata {
  title: string;
  author?: string;
  lang: string;
  subject?: string;
}

/**
 * Finishes a PDF Chromium printed: document title, author and language, and one bookmark per slide.
 * Everything else (the tagged structure, text, fonts, links) is kept as Chromium wrote it: the additions
 * are appended as an incremental update, which takes milliseconds; a PDF in another form is rewritten
 * by pdf-lib, which parses it whole.
 */
export async function finishPdf(bytes: Uint8Array, metadata: PdfMetadata, bookmarks: readonly PdfBookmark[]): Promise<Uint8Array> {
  const finished = finishClassicPdf(bytes, metadata, bookmarks);
  if (finished) return finished;
  const { finishPdfWithPdfLib } = await import('./finish-pdf-with-pdf-lib.ts');
  return finishPdfWithPdfLib(bytes, metadata, bookmarks);
}
