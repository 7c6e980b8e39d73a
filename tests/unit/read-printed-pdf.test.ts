import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { walkContent } from '../../src/pdf/content-stream-text.ts';
import { readPdf } from '../../src/pdf/read-pdf.ts';
import { readPdfPages } from '../../src/pdf/read-pdf-pages.ts';
import { readPrintedPages } from '../../src/pdf/read-printed-pdf.ts';
import { parseToUnicode } from '../../src/pdf/to-unicode-map.ts';
import { verifyPdf } from '../../src/pdf/verify-pdf.ts';
import { classicPdfBytes } from '../support/classic-pdf-bytes.ts';

const CMAP = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<0003> <0020>
<0004> <00660069>
<0005> <D83DDE00>
endbfchar
2 beginbfrange
<0010> <0013> <0041>
<0020> <0021> [<0078> <0079>]
endbfrange
endcmap`;

/** A stream object: its dictionary entries and data, deflated when `deflate`. */
function stream(entries: string, data: string, deflate = true): string {
  const bytes = deflate ? deflateSync(Buffer.from(data, 'latin1')).toString('latin1') : data;
  return `<<${entries}${deflate ? ' /Filter /FlateDecode' : ''} /Length ${bytes.length}>> stream\n${bytes}\nendstream`;
}

/** A PDF in the form Chromium writes: text in an Identity-H font and a Type3 font, a form XObject, a blank page. */
function printedPdf(): Uint8Array {
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Count 3 /Kids [3 0 R 4 0 R 5 0 R]>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Resources <</Font <</F1 6 0 R /F2 8 0 R>> /XObject <</X1 10 0 R>>>> /Contents 11 0 R>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Resources <</Font <</F1 6 0 R>>>> /Contents [12 0 R 13 0 R]>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Resources <</Font <</F1 6 0 R>>>> /Contents 14 0 R>>',
    '<</Type /Font /Subtype /Type0 /BaseFont /AAAAAA+AtkinsonHyperlegible-Regular /Encoding /Identity-H /ToUnicode 7 0 R>>',
    stream('', CMAP),
    '<</Type /Font /Subtype /Type3 /ToUnicode 9 0 R>>',
    stream('', 'begincmap\n1 beginbfchar\n<01> <2192>\nendbfchar\nendcmap', false),
    stream(' /Type /XObject /Subtype /Form /Resources <</Font <</F1 6 0 R>>>>', 'BT /F1 12 Tf <00200021> Tj ET'),
    stream('', '/NonStruct <</MCID 0 >>BDC\n0 0 10 10 re f\nBT\n/F1 44 Tf\n1 0 0 -1 16 2207 Tm\n<0010> Tj\n28.8 0 Td <0011> Tj\n10 0 Td <0003> Tj\n0 -20 Td [<0004> -120 <0005>] TJ\nET\nEMC\nq /X1 Do Q\nBT /F2 9 Tf (\\001) Tj ET\n% a comment ( with a parenthesis\nBI /W 2 /H 1 /BPC 8 /CS /G ID \u0000) EI\n'),
    stream('', 'BT /F1 12 Tf <0012> Tj ET'),
    stream('', 'BT /F1 12 Tf <0013> Tj ET'),
    stream('', 'q 1 1 1 rg 0 0 960 540 re f Q BT /F1 12 Tf <0003> Tj ET'),
  ];
  return classicPdfBytes(objects, '/Root 1 0 R');
}

describe('reading back a PDF Chromium printed, without pdf.js', () => {
  it('reads a ToUnicode map: single codes, ligatures, surrogate pairs, ranges and range arrays', () => {
    const map = parseToUnicode(CMAP);
    expect(map.get(3)).toBe(' ');
    expect(map.get(4)).toBe('fi');
    expect(map.get(5)).toBe('😀');
    expect([0x10, 0x11, 0x12, 0x13].map((code) => map.get(code)).join('')).toBe('ABCD');
    expect(map.get(0x20)).toBe('x');
    expect(map.get(0x21)).toBe('y');
  });

  it('walks a content stream: strings shown in their font, line breaks, XObjects, inline images passed over', () => {
    const events: string[] = [];
    walkContent('BT /F1 12 Tf (a\\(b\\)\\101) Tj 5 0 Td <41 42> Tj 0 -3 Td [(c) 10 (d)] TJ T* (e) \' ET /X1 Do BI /W 1 ID \u0000 EI q', {
      show: (font, codes) => events.push(`${font}:${codes}`),
      breakLine: () => events.push('|'),
      paint: (name) => events.push(`Do ${name}`),
    });
    expect(events).toEqual(['|', 'F1:a(b)A', 'F1:AB', '|', 'F1:c', 'F1:d', '|', '|', 'F1:e', 'Do X1']);
  });

  it('gives each page its text (also from form XObjects and split contents), fonts and images', () => {
    const pages = readPrintedPages(printedPdf());
    expect(pages?.map((page) => page.text)).toEqual(['AB fi😀 xy →', 'C D', '']);
    expect(pages?.[0]?.fonts).toEqual(['AtkinsonHyperlegible-Regular', 'Type3']);
    expect(pages?.[2]).toEqual({ text: '', fonts: ['AtkinsonHyperlegible-Regular'], images: 0 });
  });

  it('finds the blank page that shows only a space', () => {
    const pages = readPrintedPages(printedPdf()) ?? [];
    expect(verifyPdf({ pages }, 3).problems).toEqual(['page 3 is blank']);
  });

  it('leaves a PDF in another form to pdf.js, with the same verdict', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([960, 540]);
    pdf.addPage([960, 540]).drawText('Docker', { font: await pdf.embedFont(StandardFonts.Helvetica) });
    const bytes = await pdf.save();
    expect(readPrintedPages(bytes)).toBeUndefined();
    const pages = await readPdfPages(bytes);
    expect(pages.map((page) => page.text)).toEqual((await readPdf(bytes)).pages.map((page) => page.text));
    expect(verifyPdf({ pages }, 2).problems).toEqual(['page 1 is blank', 'page 2 uses substituted fonts only (Helvetica)']);
  });
});
