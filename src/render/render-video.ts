import type { Block } from '../model/block.ts';
import type { VideoNode } from '../model/document-tree.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { escapeHtml } from '../shared/escape-html.ts';

/** A video as a card that links out: no iframe, so a deck works offline and asks nothing until clicked. */
export function renderVideo(node: VideoNode, strings: UiStrings): Block {
  const line = node.range.start.line;
  const card = `<a class="video-card" href="${escapeHtml(node.href)}" target="_blank" rel="noopener"><span class="video-card-icon" aria-hidden="true">▶</span><span class="video-card-text">${escapeHtml(strings.watchVideo)}</span></a>`;
  return { kind: 'text', role: 'paragraph', line, inline: [{ kind: 'embed', embed: { kind: 'video' } }], html: `<p data-line="${line}">${card}</p>` };
}
