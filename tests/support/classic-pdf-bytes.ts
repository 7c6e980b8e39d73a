/**
 * A PDF written as Chromium writes one (numbered objects, a classic xref table, no object streams), from
 * the objects' bodies: object N is `objects[N - 1]`. `trailer` holds the trailer's entries besides /Size.
 */
export function classicPdfBytes(objects: readonly string[], trailer: string): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}\n${trailer}>>\nstartxref\n${xref}\n%%EOF`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
