import { readPrintedPages, type PrintedPage } from './read-printed-pdf.ts';

/**
 * The pages of a PDF as the verification reads them: straight from the objects for the PDFs Chromium
 * writes (`readPrintedPages`), with pdf.js for any other, loaded only then.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PrintedPage[]> {
  const printed = readPrintedPages(bytes);
  if (printed) return printed;
  const { readPdf } = await import('./read-pdf.ts');
  return (await readPdf(bytes)).pages;
}
