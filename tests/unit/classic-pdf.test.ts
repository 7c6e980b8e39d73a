import { PDFDocument, PDFName, PDFDict, PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openClassicPdf } from '../../src/pdf/classic-pdf.ts';
import { classicPageResources, classicPages } from '../../src/pdf/classic-pdf-pages.ts';
import { decodePdfText } from '../../src/pdf/decode-pdf-text.ts';
import { finishClassicPdf } from '../../src/pdf/finish-classic-pdf.ts';
import { classicPdfBytes } from '../support/classic-pdf-bytes.ts';

/** A two-page PDF as Chromium writes one: a classic cross-reference table, plain dictionaries, a nested page tree. */
function chromiumLikePdf(): Uint8Array {
  const objects = [
    '<</Title (Oud \\(concept\\))\n/Producer (Skia/PDF m156)>>',
    '<</Type /Catalog\n/Pages 3 0 R\n/MarkInfo <</Type /MarkInfo /Marked true>>\n/StructTreeRoot 9 0 R\n/Lang (nl)>>',
    '<</Type /Pages\n/Count 2\n/Kids [4 0 R]>>',
    '<</Type /Pages\n/Count 2\n/Kids [5 0 R 6 0 R]\n/Parent 3 0 R>>',
    '<</Type /Page\n/Parent 4 0 R\n/MediaBox [0 0 960 540]\n/Resources <</Font <</F1 7 0 R>> /XObject <</X1 8 0 R>>>>\n/Contents 10 0 R>>',
    '<</Type /Page\n/Parent 4 0 R\n/MediaBox [0 0 960 540]\n/Resources <</Font <</F1 7 0 R>>>>\n/Contents 10 0 R>>',
    '<</Type /Font\n/Subtype /Type0\n/BaseFont /AAAAAA+AtkinsonHyperlegible-Bold>>',
    '<</Type /XObject /Subtype /Image /Width 1 /Height 1 /Length 3>> stream\nabc\nendstream',
    '<</Type /StructTreeRoot>>',
    '<</Length 0>> stream\n\nendstream',
  ];
  return classicPdfBytes(objects, '/Root 2 0 R\n/Info 1 0 R');
}

describe('PDFs in Chromium’s form, read and finished without a full parse', () => {
  it('finds the pages through a nested page tree, with their fonts and images', () => {
    const pdf = openClassicPdf(chromiumLikePdf());
    if (!pdf) throw new Error('not read');
    const pages = classicPages(pdf) ?? [];
    expect(pages.map((page) => page.ref.num)).toEqual([5, 6]);
    expect(classicPageResources(pdf, pages[0]?.resources)).toEqual({ fonts: new Set(['AtkinsonHyperlegible-Bold']), images: 1 });
  });

  it('appends title, author, language and one bookmark per entry that another reader (pdf-lib) reads back', async () => {
    const finished = finishClassicPdf(chromiumLikePdf(), { title: 'Docker — één', author: 'Docent', lang: 'en' }, [
      { title: 'Begin', page: 0 },
      { title: 'Einde ‘twee’', page: 1 },
      { title: 'No such page', page: 7 },
    ]);
    if (!finished) throw new Error('not finished');
    const pdf = await PDFDocument.load(finished, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Docker — één');
    expect(pdf.getAuthor()).toBe('Docent');
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFHexString).decodeText()).toBe('en');
    expect(pdf.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    const outline = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const first = outline.lookup(PDFName.of('First'), PDFDict);
    expect(first.lookup(PDFName.of('Title'), PDFHexString).decodeText()).toBe('Begin');
    expect(first.lookup(PDFName.of('Next'), PDFDict).lookup(PDFName.of('Title'), PDFHexString).decodeText()).toBe('Einde ‘twee’');
    expect(String(outline.get(PDFName.of('Count')))).toBe('2');
  });

  it('leaves PDFs in other forms (object streams) to pdf-lib', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    expect(openClassicPdf(await other.save({ useObjectStreams: true }))).toBeUndefined();
  });

  it('decodes text strings as written', () => {
    expect(decodePdfText('(Oud \\(concept\\) \\351)')).toBe('Oud (concept) é');
    expect(decodePdfText('<FEFF00E9006E>')).toBe('én');
    expect(decodePdfText('(nl)')).toBe('nl');
  });
});
