import type { Embed } from '../model/block.ts';
import type { SourceRange } from '../model/diagnostic.ts';
import { countNewlines } from '../shared/count-newlines.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import type { RenderContext } from './render-context.ts';

const RE_IMG_TAG = /<img\b([^>]*)>/gi;
const RE_HTML_ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** An image: the resolved URL, or a framed placeholder with its alt text when the file is missing. */
export function renderImage(src: string, alt: string, title: string | null, at: SourceRange, ctx: RenderContext, size: ImageSize = {}, extraAttributes = ''): { html: string; embed: Embed } {
  if (!alt.trim()) ctx.sink.report('image-without-alt', at, { src });
  const url = resolveImageUrl(src, at, ctx);
  if (url === undefined) return { html: missingImage(alt, ctx), embed: { kind: 'image-missing', text: `${ctx.strings.imageMissing}${alt.trim() || ctx.strings.imageMissing}` } };
  const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
  const embed: Embed = size.width && size.height ? { kind: 'image', width: size.width, height: size.height } : { kind: 'image' };
  return { html: `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${titleAttribute}${extraAttributes}>`, embed };
}

/** The `width` and `height` attributes of a raw `<img>`, when both are numbers. */
interface ImageSize {
  width?: number;
  height?: number;
}

/** Rewrites the `<img>` tags of raw HTML: resolved `src`, `eleventy:*` attributes dropped, placeholders when missing. */
export function rewriteHtmlImages(html: string, line: number, ctx: RenderContext): { html: string; embeds: Embed[] } {
  const embeds: Embed[] = [];
  const rewritten = html.replace(RE_IMG_TAG, (tag: string, attributeText: string, offset: number) => {
    const before = html.slice(0, offset);
    const tagLine = line + countNewlines(before);
    const column = offset - before.lastIndexOf('\n');
    const at = { start: { line: tagLine, column }, end: { line: tagLine, column: column + tag.length - 1 } };
    const attributes = parseHtmlAttributes(attributeText).filter(([name]) => !name.toLowerCase().startsWith('eleventy:'));
    const get = (name: string) => attributes.find(([n]) => n.toLowerCase() === name)?.[1];
    const extra = attributes
      .filter(([name]) => !['src', 'alt', 'title'].includes(name.toLowerCase()))
      .map(([name, value]) => (value === undefined ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
      .join('');
    const size = { width: Number(get('width')), height: Number(get('height')) };
    const image = renderImage(get('src') ?? '', get('alt') ?? '', get('title') ?? null, at, ctx, size.width > 0 && size.height > 0 ? size : {}, extra);
    embeds.push(image.embed);
    return image.html;
  });
  return { html: rewritten, embeds };
}

function resolveImageUrl(src: string, at: SourceRange, ctx: RenderContext): string | undefined {
  const resolution = ctx.resolveImage(src);
  switch (resolution.kind) {
    case 'found':
      ctx.assets.set(resolution.asset.url, resolution.asset);
      return resolution.asset.url;
    case 'external':
      if (!resolution.url.startsWith('data:')) reportRemote(resolution.url, at, ctx);
      return resolution.url;
    case 'missing':
      ctx.sink.report('missing-image', at, { src, file: resolution.file });
      return undefined;
    case 'outside':
      ctx.sink.report('image-outside-project', at, { src });
      return undefined;
  }
}

/** A resource the browser would fetch from elsewhere: the deck is then no longer offline-proof. */
export function reportRemote(url: string, at: SourceRange, ctx: RenderContext): void {
  ctx.sink.report(ctx.singleFile ? 'remote-resource-single-file' : 'remote-resource', at, { url });
}

const RE_REMOTE_RESOURCE = /<(?:script|iframe|link|video|audio|source|embed|object)\b[^>]*?\s(?:src|href|data)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi;

/** Remote scripts, frames, stylesheets and media in raw HTML (images are handled with the other images). */
export function reportRemoteResources(html: string, line: number, ctx: RenderContext): void {
  for (const match of html.matchAll(RE_REMOTE_RESOURCE)) {
    const tagLine = line + countNewlines(html.slice(0, match.index));
    reportRemote(match[1] ?? '', { start: { line: tagLine, column: 1 }, end: { line: tagLine, column: 1 } }, ctx);
  }
}

function missingImage(alt: string, ctx: RenderContext): string {
  const label = alt.trim() || ctx.strings.imageMissing;
  return `<span class="image-missing" role="img" aria-label="${escapeHtml(label)}"><span class="image-missing-label">${escapeHtml(ctx.strings.imageMissing)}</span><span class="image-missing-alt">${escapeHtml(label)}</span></span>`;
}

function parseHtmlAttributes(text: string): [string, string | undefined][] {
  return [...text.matchAll(RE_HTML_ATTRIBUTE)].map((m) => [m[1] ?? '', m[2] ?? m[3] ?? m[4]]);
}
