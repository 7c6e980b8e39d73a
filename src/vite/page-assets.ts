import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DeckAsset } from '../model/deck.ts';
import { contentType } from '../server/content-type.ts';
import { escapeHtml } from '../shared/escape-html.ts';

const RE_TEXT_FONT = /atkinson-hyperlegible-latin-(?:400|700)-normal[^/]*\.woff2$/;

/**
 * The text fonts start loading with the page instead of after the stylesheet, so the first slide shows in
 * its own font rather than switching from a fallback.
 */
export function fontPreloads(files: readonly string[], page: string): string {
  return files
    .filter((file) => RE_TEXT_FONT.test(file))
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
