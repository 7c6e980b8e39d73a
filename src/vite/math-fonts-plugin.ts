import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const RE_MATH_CSS = /[\\/]client[\\/]theme[\\/]math\.css$/;
const RE_KATEX_IMPORT = /@import\s+['"]katex\/dist\/katex\.min\.css['"];/;
// Every @font-face lists WOFF2, then WOFF and TrueType fallbacks: every browser that runs a deck reads WOFF2.
const RE_FALLBACK_FONTS = /,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)/g;
const RE_FONT_URL = /url\(fonts\//g;

/**
 * `lesdia:math-fonts`: puts KaTeX's stylesheet into the deck's math stylesheet with its WOFF2 fonts only,
 * so a deck with formulas carries 20 font files instead of 60 (a single-file deck 260 KB instead of 1 MB).
 * Vite reads an `@import`ed stylesheet itself, past the plugins, so the import is inlined here.
 */
export function mathFontsPlugin(): Plugin {
  return {
    name: 'lesdia:math-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!RE_MATH_CSS.test(id.replace(/\?.*$/, '')) || !RE_KATEX_IMPORT.test(code)) return undefined;
      const katexCss = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8')
        .replace(RE_FALLBACK_FONTS, '')
        .replace(RE_FONT_URL, 'url(katex/dist/fonts/');
      return { code: code.replace(RE_KATEX_IMPORT, () => katexCss), map: null };
    },
  };
}
