import { PdfName, PdfRaw, PdfRef, type ClassicPdf, type PdfValue } from './classic-pdf.ts';

/** Writes a value back in PDF syntax. */
export function serializePdfValue(value: PdfValue): string {
  if (value instanceof PdfName) return `/${value.name}`;
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfRaw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serializePdfValue).join(' ')}]`;
  return `<<${[...value].map(([key, item]) => `/${key} ${serializePdfValue(item)}`).join('\n')}>>`;
}

/** A text string as UTF-16BE hex with its byte-order mark: any title, in any script, survives. */
export function pdfTextString(text: string): PdfRaw {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return new PdfRaw(`<${hex}>`);
}

/**
 * Appends an incremental update (PDF 32000-1, 7.5.6): the changed and new objects, a cross-reference
 * section for them and a trailer pointing back at the previous one. Chromium's bytes stay as they were.
 */
export function appendPdfUpdate(pdf: ClassicPdf, original: Uint8Array, objects: ReadonlyMap<number, PdfValue>, trailer: Map<string, PdfValue>): Uint8Array {
  const base = original.byteLength;
  let body = original[base - 1] === 0x0a ? '' : '\n';
  const offsets = new Map<number, number>();
  for (const [num, value] of [...objects].toSorted((a, b) => a[0] - b[0])) {
    offsets.set(num, base + body.length);
    body += `${num} 0 obj\n${serializePdfValue(value)}\nendobj\n`;
  }
  const xrefAt = base + body.length;
  body += 'xref\n';
  const numbers = [...offsets.keys()].toSorted((a, b) => a - b);
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    body += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) body += `${String(offsets.get(numbers[k] as number)).padStart(10, '0')} 00000 n\r\n`;
    i = j + 1;
  }
  const size = Math.max(pdf.size, (numbers[numbers.length - 1] ?? 0) + 1);
  const entries = new Map<string, PdfValue>([...trailer, ['Size', new PdfRaw(String(size))], ['Prev', new PdfRaw(String(pdf.startxref))]]);
  const id = pdf.trailer.get('ID');
  if (id && !entries.has('ID')) entries.set('ID', id);
  body += `trailer\n${serializePdfValue(entries)}\nstartxref\n${xrefAt}\n%%EOF\n`;
  const update = Buffer.from(body, 'latin1');
  const out = new Uint8Array(base + update.byteLength);
  out.set(original, 0);
  out.set(update, base);
  return out;
}
