/**
 * A font's `/ToUnicode` CMap (PDF 32000-1, 9.10.3): the text each character code stands for, from its
 * `bfchar` and `bfrange` sections. The codes are numbers (two bytes for the Identity-H fonts Chromium
 * writes, one for its Type3 fonts); the text is what a viewer copies or searches.
 */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of sections(cmap, 'bfchar')) {
    for (const [, code, text] of section.matchAll(/<([0-9A-Fa-f\s]*)>\s*<([0-9A-Fa-f\s]*)>/g)) map.set(hexNumber(code ?? ''), utf16(text ?? ''));
  }
  for (const section of sections(cmap, 'bfrange')) {
    for (const [, low, high, first, list] of section.matchAll(/<([0-9A-Fa-f\s]*)>\s*<([0-9A-Fa-f\s]*)>\s*(?:<([0-9A-Fa-f\s]*)>|\[([^\]]*)\])/g)) {
      const from = hexNumber(low ?? '');
      const to = Math.min(hexNumber(high ?? ''), from + 0xffff);
      if (list !== undefined) {
        const texts = [...list.matchAll(/<([0-9A-Fa-f\s]*)>/g)].map((item) => utf16(item[1] ?? ''));
        for (let code = from; code <= to && code - from < texts.length; code++) map.set(code, texts[code - from] ?? '');
        continue;
      }
      // A range with one destination: each next code stands for the next value of the destination's last unit.
      const units = utf16Units(first ?? '');
      const last = units.pop() ?? 0;
      for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(...units, last + (code - from)));
    }
  }
  return map;
}

function sections(cmap: string, kind: 'bfchar' | 'bfrange'): string[] {
  return [...cmap.matchAll(new RegExp(`begin${kind}([\\s\\S]*?)end${kind}`, 'g'))].map((match) => match[1] ?? '');
}

function hexNumber(hex: string): number {
  return parseInt(hex.replace(/\s+/g, '') || '0', 16);
}

function utf16Units(hex: string): number[] {
  const digits = hex.replace(/\s+/g, '');
  // Two hex digits are one byte: a code written short, taken as the character it numbers.
  if (digits.length <= 2) return [parseInt(digits || '0', 16)];
  const units: number[] = [];
  for (let i = 0; i < digits.length; i += 4) units.push(parseInt(digits.slice(i, i + 4).padEnd(4, '0'), 16));
  return units;
}

function utf16(hex: string): string {
  return String.fromCharCode(...utf16Units(hex));
}
