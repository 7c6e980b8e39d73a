/** Inputs no teacher writes on purpose, at full size; `scale` shrinks them for the linearity check. */
export const PATHOLOGICAL: Record<string, (scale: number) => string> = {
  'page of 5 MB': (scale) => `::: section\n### Kop\n${'Tekst met **nadruk**, `code` en een [link](https://x.nl).\n\n'.repeat(50)}:::\n`.repeat(Math.ceil((1600 * scale))),
  '10,000 sections': (scale) => Array.from({ length: Math.round(10_000 * scale) }, (_, i) => `::: section\n### Dia ${i}\nTekst.\n:::`).join('\n'),
  'nesting 200 deep': (scale) => {
    const depth = Math.round(200 * scale);
    return `::: section\n${'::: box\n'.repeat(depth)}diep\n${':::\n'.repeat(depth)}:::\n`;
  },
  // Staircases: each line one level deeper than the one before (the input grows as the square of the depth).
  'list nested 1,600 deep': (scale) => `::: section\n### Lijst\n${Array.from({ length: Math.round(1600 * scale) }, (_, i) => `${'  '.repeat(i)}- punt ${i}`).join('\n')}\n:::\n`,
  'quote nested 1,600 deep': (scale) => `::: section\n### Citaat\n${Array.from({ length: Math.round(1600 * scale) }, (_, i) => `${'>'.repeat(i + 1)} regel ${i}`).join('\n')}\n:::\n`,
  'code block of 20,000 lines': (scale) => `::: section\n\`\`\`python\n${Array.from({ length: Math.round(20_000 * scale) }, (_, i) => `x_${i} = ${i} * 2`).join('\n')}\n\`\`\`\n:::\n`,
  'binary garbage (400 KB)': (scale) => Buffer.from(Array.from({ length: Math.round(400_000 * scale) }, (_, i) => (i * 7919 + 13) % 256)).toString('utf8'),
  'one line of 1 MB': (scale) => 'woord *schuin* `code` [x](y) <b>vet</b> ~weg~ '.repeat(Math.round((1_000_000 / 44) * scale)),
};
