/**
 * A reader for PDFs with classic cross-reference tables and plain (uncompressed) object dictionaries, the
 * form Chromium's printer (Skia) writes. It reads only the objects it is asked for, so finding the pages,
 * their fonts and the catalog of a 200-page deck costs milliseconds instead of a full parse; a PDF in
 * another form (cross-reference streams, object streams) gives `undefined`, and callers use pdf-lib then.
 */
export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
/** Numbers, strings, booleans and null, kept as written so they are written back unchanged. */
export class PdfRaw {
  constructor(readonly text: string) {}
}
export type PdfValue = PdfName | PdfRef | PdfRaw | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

export interface ClassicPdf {
  /** The file as one byte-per-character string (latin1), so offsets are byte offsets. */
  readonly text: string;
  readonly trailer: PdfDict;
  /** The offset of the newest cross-reference table (for an incremental update's `/Prev`). */
  readonly startxref: number;
  /** One more than the highest object number in use. */
  readonly size: number;
  /** The dictionary of an object (a stream's dictionary for a stream), undefined when there is none. */
  object(num: number): PdfValue | undefined;
  /** A stream's bytes as stored (its filters not undone), undefined when the object is not a stream. */
  streamData(num: number): Uint8Array | undefined;
  /** Follows a reference; other values are returned as they are. */
  resolve(value: PdfValue | undefined): PdfValue | undefined;
}

const RE_STARTXREF = /startxref\s+(\d+)\s+%%EOF\s*$/;
const RE_XREF_ENTRY = /^(\d{10}) (\d{5}) ([nf])/;

export function openClassicPdf(bytes: Uint8Array): ClassicPdf | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const start = RE_STARTXREF.exec(text.slice(-64));
  if (!start) return undefined;
  const startxref = Number(start[1]);
  const offsets = new Map<number, number>();
  let trailer: PdfDict | undefined;
  // Newer sections come first along the /Prev chain; their entries win.
  for (let at: number | undefined = startxref, guard = 0; at !== undefined && guard < 64; guard++) {
    const section = readXrefSection(text, at, offsets);
    if (!section) return undefined;
    trailer ??= section;
    const prev = section.get('Prev');
    at = prev instanceof PdfRaw ? Number(prev.text) : undefined;
  }
  if (!trailer || trailer.has('XRefStm') || trailer.has('Encrypt')) return undefined;
  const size = trailer.get('Size');
  const cache = new Map<number, PdfValue | undefined>();
  const object = (num: number): PdfValue | undefined => {
    if (!cache.has(num)) {
      const offset = offsets.get(num);
      cache.set(num, offset === undefined ? undefined : readObjectAt(text, offset, num));
    }
    return cache.get(num);
  };
  return {
    text,
    trailer,
    startxref,
    size: size instanceof PdfRaw ? Number(size.text) : 0,
    object,
    streamData: (num) => {
      const offset = offsets.get(num);
      return offset === undefined ? undefined : readStreamAt(bytes, text, offset, num, object);
    },
    resolve: (value) => (value instanceof PdfRef ? object(value.num) : value),
  };
}

function readXrefSection(text: string, at: number, offsets: Map<number, number>): PdfDict | undefined {
  if (!text.startsWith('xref', at)) return undefined;
  const lines = text.slice(at, text.indexOf('trailer', at)).split(/\r\n|\r|\n/);
  let num = 0;
  for (const line of lines.slice(1)) {
    const entry = RE_XREF_ENTRY.exec(line);
    if (entry) {
      if (entry[3] === 'n' && !offsets.has(num)) offsets.set(num, Number(entry[1]));
      num++;
      continue;
    }
    const head = /^(\d+) (\d+)\s*$/.exec(line);
    if (head) num = Number(head[1]);
  }
  const value = new Lexer(text, text.indexOf('trailer', at) + 'trailer'.length).value();
  return value instanceof Map ? value : undefined;
}

/** Where the body of object `num` begins, after its `num gen obj` header at `offset`; undefined when another object is there. */
function objectBodyAt(text: string, offset: number, num: number): number | undefined {
  const header = /^(\d+)\s+(\d+)\s+obj/.exec(text.slice(offset, offset + 32));
  return header && Number(header[1]) === num ? offset + header[0].length : undefined;
}

function readObjectAt(text: string, offset: number, num: number): PdfValue | undefined {
  const body = objectBodyAt(text, offset, num);
  return body === undefined ? undefined : new Lexer(text, body).value();
}

/** The bytes between `stream` and `endstream` (PDF 32000-1, 7.3.8), as long as the dictionary's `/Length` says. */
function readStreamAt(bytes: Uint8Array, text: string, offset: number, num: number, object: (num: number) => PdfValue | undefined): Uint8Array | undefined {
  const body = objectBodyAt(text, offset, num);
  if (body === undefined) return undefined;
  const lexer = new Lexer(text, body);
  const dict = lexer.value();
  if (!(dict instanceof Map)) return undefined;
  const keyword = /^\s*stream\r?\n/.exec(text.slice(lexer.position, lexer.position + 16));
  const written = dict.get('Length');
  const length = written instanceof PdfRef ? object(written.num) : written;
  if (!keyword || !(length instanceof PdfRaw) || !/^\d+$/.test(length.text)) return undefined;
  const start = lexer.position + keyword[0].length;
  const end = start + Number(length.text);
  return end <= bytes.byteLength ? bytes.subarray(start, end) : undefined;
}

const DELIMITER = /[\s()<>[\]{}/%]/;

class Lexer {
  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  /** Where the next value would begin. */
  get position(): number {
    return this.at;
  }

  value(): PdfValue | undefined {
    this.skip();
    const { text } = this;
    if (text.startsWith('<<', this.at)) return this.dict();
    const char = text[this.at];
    if (char === '[') return this.array();
    if (char === '/') return new PdfName(this.word(this.at + 1));
    if (char === '(') return new PdfRaw(this.literal());
    if (char === '<') return new PdfRaw(text.slice(this.at, (this.at = text.indexOf('>', this.at) + 1)));
    const word = this.word(this.at);
    if (word === '') return undefined;
    const ref = /^\s+(\d+)\s+R(?![^\s/<>[\]()])/.exec(text.slice(this.at, this.at + 24));
    if (/^\d+$/.test(word) && ref) {
      this.at += ref[0].length;
      return new PdfRef(Number(word), Number(ref[1]));
    }
    return new PdfRaw(word);
  }

  private dict(): PdfDict {
    this.at += 2;
    const dict: PdfDict = new Map();
    for (this.skip(); !this.text.startsWith('>>', this.at) && this.at < this.text.length; this.skip()) {
      const key = this.value();
      const value = this.value();
      if (!(key instanceof PdfName) || value === undefined) break;
      dict.set(key.name, value);
    }
    this.at += 2;
    return dict;
  }

  private array(): PdfValue[] {
    this.at += 1;
    const items: PdfValue[] = [];
    for (this.skip(); this.text[this.at] !== ']' && this.at < this.text.length; this.skip()) {
      const item = this.value();
      if (item === undefined) break;
      items.push(item);
    }
    this.at += 1;
    return items;
  }

  /** A literal string with its nested parentheses and escapes, as written. */
  private literal(): string {
    const from = this.at;
    let depth = 0;
    for (; this.at < this.text.length; this.at++) {
      const char = this.text[this.at];
      if (char === '\\') this.at++;
      else if (char === '(') depth++;
      else if (char === ')' && --depth === 0) break;
    }
    this.at++;
    return this.text.slice(from, this.at);
  }

  private word(from: number): string {
    let end = from;
    while (end < this.text.length && !DELIMITER.test(this.text[end] ?? ' ')) end++;
    const word = this.text.slice(from, end);
    this.at = end;
    return word;
  }

  private skip(): void {
    for (;;) {
      while (/\s/.test(this.text[this.at] ?? '')) this.at++;
      if (this.text[this.at] !== '%') return;
      while (this.at < this.text.length && !/[\r\n]/.test(this.text[this.at] ?? '')) this.at++;
    }
  }
}
