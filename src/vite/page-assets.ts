import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DeckAsset } from '../model/deck.ts';
import { contentType } from '../server/content-type.ts';
import { escapeHtml } from '../shared/escape-html.ts';

const RE_TEXT_FONT = /atkinson-hyperlegible-latin-(?:400|700)-normal[^/]*\.woff2$/;
const RE_ITALIC_FONT = /atkinson-hyperlegible-latin-400-italic[^/]*\.woff2$/;
const RE_CODE_FONT = /jetbrains-mono-latin-400-normal[^/]*\.woff2$/;
const RE_USES_ITALIC = /<(?:em|i|cite)[\s>]/;
const RE_USES_CODE = /<(?:code|pre|kbd|samp)[\s>]/;

/**
 * The fonts start loading with the page instead of after the stylesheet, all at once: the first slide shows
 * in its own font rather than switching from a fallback, and the italic and code fonts (when the deck uses
 * them) are not found only once reveal lays out the next slides, which kept the page loading fonts longer.
 */
export function fontPreloads(files: readonly string[], page: string, body: string): string {
  const italic = RE_USES_ITALIC.test(body);
  const code = RE_USES_CODE.test(body);
  return files
    .filter((file) => RE_TEXT_FONT.test(file) || (italic && RE_ITALIC_FONT.test(file)) || (code && RE_CODE_FONT.test(file)))
    .map((file) => `<link rel="preload" href="${path.posix.relative(path.posix.dirname(page), file)}" as="font" type="font/woff2" crossorigin>\n`)
    .join('');
}

/** Images as data URLs, for a single file that carries everything. */
export function inlineImages(body: string, assets: readonly DeckAsset[]): string {
  let html = body;
  for (const asset of assets) {
    const data = `data:${contentType(asset.file)};base64,${readFileSync(asset.file).toString('base64')}`;
    html = html.replaceAll(`src="${escapeHtml(asset.url)}"`, `src="${data}"`);
  }
  return html;
}
