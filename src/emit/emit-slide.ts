import type { Block, LaidOutSlide, PlacedBlock } from '../model/block.ts';
import type { Slide } from '../model/deck.ts';
import { balanceHtml, needsBalancing } from '../render/balance-html.ts';
import { blocksHaveRawHtml } from '../render/has-raw-html.ts';

/**
 * A laid-out slide as the HTML inside its `<section>`: the title (with the "(vervolg)" mark on a follow-up),
 * then each block or part of a block, one per line. Each page is balanced on its own, so raw HTML that
 * opens or closes too much cannot reach the slide around it. A page without raw HTML from the author holds only
 * HTML lesdia wrote, balanced by construction, and goes out as it is.
 */
export function emitSlide(slide: LaidOutSlide, continuedLabel: string): Slide {
  const lines: string[] = [];
  if (slide.heading) {
    const { parts } = slide.heading;
    lines.push(slide.continuation > 0 && parts ? `${parts.open}${parts.inner} <span class="continued">${continuedLabel}</span>${parts.close}` : slide.heading.html);
  }
  for (const placed of slide.blocks) lines.push(placedHtml(placed));
  // A block carrying raw HTML marks every group it is in, so the blocks placed on the page tell.
  const raw = (slide.heading?.rawHtml ?? false) || blocksHaveRawHtml(slide.blocks.map((placed) => placed.block));
  return {
    kind: slide.kind,
    title: slide.title,
    html: balanced(joinLines(lines), raw),
    notesHtml: balanced(joinBlocks(slide.notes), blocksHaveRawHtml(slide.notes)),
    source: slide.source,
    continuation: slide.continuation,
  };
}

function balanced(html: string, raw: boolean): string {
  return needsBalancing(html, raw) ? balanceHtml(html).html : html;
}

export function joinBlocks(blocks: readonly Block[]): string {
  return joinLines(blocks.map((block) => block.html));
}

function joinLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

const RE_TAG_NAME = /^<[a-zA-Z][\w-]*/;

/**
 * The HTML of a block, or of the part of it one page holds: items, rows or lines, or a quote or callout
 * cut between its children (each whole or cut in turn). A part that goes on from the page before carries
 * `data-resumed`: reading mode joins it to the part before, and a list item resumed shows no marker again.
 */
function placedHtml(placed: PlacedBlock): string {
  const { block, part } = placed;
  const resumed = placed.resumed ? ' data-resumed' : '';
  if (block.kind === 'group' && placed.children) {
    const open = block.open.replace(RE_TAG_NAME, (tag) => `${tag}${resumed}`);
    return `${open}\n${placed.children.map((child) => `${placedHtml(child)}\n`).join('')}${block.close}`;
  }
  if (!part) return block.html;
  const { from, to } = part;
  if (block.kind === 'list') {
    const items = block.items.slice(from, to).map((item, i) => {
      const children = placed.items?.[i];
      if (!children) return item.html;
      const mark = i === 0 && placed.resumed ? ' data-resumed' : '';
      return `<li${mark}>${children.map((child) => placedHtml(child)).join('\n')}</li>`;
    });
    const start = block.tag === 'ol' && from > 0 ? ` start="${block.start + from}"` : block.tag === 'ol' && block.start !== 1 ? ` start="${block.start}"` : '';
    const continues = from > 0 || placed.resumed ? ' data-resumed' : '';
    return `<${block.tag}${block.attributes}${start}${continues}>\n${items.join('\n')}\n</${block.tag}>`;
  }
  if (block.kind === 'table') {
    return `${block.open}\n${block.headHtml}\n<tbody>\n${block.rows.slice(from, to).map((row) => row.html).join('\n')}\n</tbody>\n</table>`;
  }
  if (block.kind === 'code') {
    return `${block.open}${block.caption}${block.preOpen}${block.lines.slice(from, to).map((line) => line.html).join('\n')}</code></pre></figure>`;
  }
  return block.html;
}
