import { inflateSync } from 'node:zlib';
import { openClassicPdf, PdfName, PdfRef, type ClassicPdf, type PdfDict, type PdfValue } from './classic-pdf.ts';
import { classicPageResources, classicPages } from './classic-pdf-pages.ts';
import { walkContent } from './content-stream-text.ts';
import { parseToUnicode } from './to-unicode-map.ts';

/** What the verification needs of a page: its text as a reader extracts it, the fonts it embeds and its images. */
export interface PrintedPage {
  /** The text shown, spaces collapsed, as pdf.js gives it (a space between lines). */
  text: string;
  /** Names of the embedded fonts the page uses (subset prefixes removed). */
  fonts: string[];
  images: number;
}

/** Text of one font's character codes. */
type FontText = (codes: string) => string;

const asDict = (value: PdfValue | undefined): PdfDict | undefined => (value instanceof Map ? value : undefined);
const nameOf = (value: PdfValue | undefined): string | undefined => (value instanceof PdfName ? value.name : undefined);

/**
 * The pages of a PDF in the form Chromium writes, read straight from its objects: each content stream's
 * text decoded through its fonts' ToUnicode maps, and the fonts and images of its resources. A 200-page
 * deck reads in tens of milliseconds, where pdf.js takes a second. Undefined for a PDF in any other form
 * or with content this reader does not follow (another filter, a font without ToUnicode): read that one
 * with pdf.js (`readPdf`).
 */
export function readPrintedPages(bytes: Uint8Array): PrintedPage[] | undefined {
  const pdf = openClassicPdf(bytes);
  const pages = pdf && classicPages(pdf);
  if (!pdf || !pages) return undefined;
  try {
    const reader = new PrintedPdfReader(pdf);
    return pages.map((page) => {
      const found = classicPageResources(pdf, page.resources);
      const parts: string[] = [];
      for (const stream of contentStreams(pdf.resolve(page.dict.get('Contents')), page.dict.get('Contents'))) reader.text(stream, page.resources, parts, 0);
      return { text: parts.join('').replace(/\s+/g, ' ').trim(), fonts: [...found.fonts], images: found.images };
    });
  } catch {
    return undefined;
  }
}

/** The streams of a page's `/Contents`: one reference, or an array of them. */
function contentStreams(resolved: PdfValue | undefined, written: PdfValue | undefined): number[] {
  if (written instanceof PdfRef && resolved instanceof Map) return [written.num];
  if (Array.isArray(resolved)) return resolved.map((item) => (item instanceof PdfRef ? item.num : unreadable('a content stream that is not a reference')));
  if (written === undefined) return [];
  return unreadable('page contents in another form');
}

class PrintedPdfReader {
  private readonly fonts = new Map<number, FontText>();

  constructor(private readonly pdf: ClassicPdf) {}

  /** Appends the text of content stream `num`, drawn with `resources`, following form XObjects. */
  text(num: number, resources: PdfDict | undefined, parts: string[], depth: number): void {
    if (depth > 12) unreadable('form XObjects nested too deep');
    const content = this.decoded(num);
    const fontsOf = asDict(this.pdf.resolve(resources?.get('Font')));
    const xobjects = asDict(this.pdf.resolve(resources?.get('XObject')));
    walkContent(content, {
      show: (font, codes) => {
        const ref = fontsOf?.get(font);
        if (!(ref instanceof PdfRef)) unreadable(`font ${font} not among the resources`);
        parts.push(this.font(ref.num)(codes));
      },
      breakLine: () => parts.push(' '),
      paint: (name) => {
        const ref = xobjects?.get(name);
        const form = ref instanceof PdfRef ? asDict(this.pdf.object(ref.num)) : undefined;
        if (!(ref instanceof PdfRef) || nameOf(form?.get('Subtype')) !== 'Form') return;
        parts.push(' ');
        this.text(ref.num, asDict(this.pdf.resolve(form?.get('Resources'))) ?? resources, parts, depth + 1);
        parts.push(' ');
      },
    });
  }

  /** A stream's bytes with its filter undone, one byte per character. */
  private decoded(num: number): string {
    const dict = asDict(this.pdf.object(num));
    const data = this.pdf.streamData(num);
    if (!dict || !data) return unreadable(`object ${num} is not a stream`);
    const filter = dict.get('Filter');
    const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
    let bytes: Uint8Array = data;
    for (const item of filters) {
      if (nameOf(item) !== 'FlateDecode' || dict.has('DecodeParms')) unreadable('a stream filter other than plain FlateDecode');
      bytes = inflateSync(bytes);
    }
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }

  /** How font `num` turns codes into text: two-byte codes for Identity-H/V composite fonts, one byte otherwise. */
  private font(num: number): FontText {
    const known = this.fonts.get(num);
    if (known) return known;
    const dict = asDict(this.pdf.object(num));
    const toUnicode = dict?.get('ToUnicode');
    if (!dict || !(toUnicode instanceof PdfRef)) return unreadable(`font ${num} without a ToUnicode map`);
    const composite = nameOf(dict.get('Subtype')) === 'Type0';
    if (composite && !['Identity-H', 'Identity-V'].includes(nameOf(dict.get('Encoding')) ?? '')) unreadable(`font ${num} with another encoding`);
    const map = parseToUnicode(this.decoded(toUnicode.num));
    const decode: FontText = composite
      ? (codes) => {
          let text = '';
          for (let i = 0; i + 1 < codes.length; i += 2) text += map.get((codes.charCodeAt(i) << 8) | codes.charCodeAt(i + 1)) ?? '';
          return text;
        }
      : (codes) => {
          let text = '';
          for (let i = 0; i < codes.length; i++) text += map.get(codes.charCodeAt(i)) ?? '';
          return text;
        };
    this.fonts.set(num, decode);
    return decode;
  }
}

function unreadable(why: string): never {
  throw new Error(`not read directly: ${why}`);
}
