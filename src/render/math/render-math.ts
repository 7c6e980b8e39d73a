import katex from 'katex';

import type { MathMeasure } from './math-extension.ts';

/** One formula rendered: HTML with MathML for screen readers, or the reason KaTeX gave up. */
export type RenderedMath = ({ ok: true; html: string } & MathMeasure) | { ok: false; reason: string };

// KaTeX writes each row's height and depth on a strut, in em of the formula's own size (1.21em of the text).
const RE_STRUT = /class="katex-strut" style="height:([\d.]+)em/g;
const RE_TAG = /<[^>]*>/g;
const RE_SPACE = /class="mspace"/g;
const KATEX_SCALE = 1.21;
const KATEX_LINE_HEIGHT = 1.2;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * TeX to HTML + MathML with KaTeX, at build time: the browser gets the result and KaTeX's stylesheet,
 * never KaTeX itself. For bad TeX, KaTeX's reason.
 */
export function renderMath(tex: string, display: boolean): RenderedMath {
  try {
    // `strict: 'ignore'`: KaTeX's LaTeX-compatibility warnings would go to the console, not to the author.
    const html = katex.renderToString(tex, { displayMode: display, output: 'htmlAndMathml', throwOnError: true, strict: 'ignore', trust: false });
    return { ok: true, html, ...measureMath(html) };
  } catch (error) {
    if (error instanceof katex.ParseError) return { ok: false, reason: error.rawMessage };
    throw error;
  }
}

/**
 * What KaTeX drew, for the layout model: the glyphs of its HTML (a no-break space for each operator space)
 * and the tallest strut, never less than a line.
 */
function measureMath(html: string): MathMeasure {
  // From the end of the katex-html span's opening tag: its attributes are not glyphs.
  const visual = html.slice(html.indexOf('>', html.indexOf('class="katex-html"')) + 1);
  const spaces = visual.match(RE_SPACE)?.length ?? 0;
  const glyphs = visual.replace(RE_TAG, '').replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ENTITIES[name] ?? '').replace(/[\u200b\s]+/g, '');
  let tallest = KATEX_LINE_HEIGHT;
  for (const match of html.matchAll(RE_STRUT)) tallest = Math.max(tallest, Number(match[1]));
  // Operator spaces as no-break spaces: they take room, and a formula breaks across lines at most rarely.
  return { glyphs: glyphs + '\u00a0'.repeat(spaces), heightEm: tallest * KATEX_SCALE };
}
