import type { Block, HtmlBlock } from '../model/block.ts';
import { blocksHaveRawHtml, rawHtmlMark } from './has-raw-html.ts';

/**
 * Keeps what raw HTML wraps together: from a piece that leaves an element open (`<div class="tip">`) to the
 * piece that closes it, the blocks between become one group, measured as the element they are inside and
 * never split across slides. An element never closed wraps everything after it.
 */
export function groupRawHtml(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (block.kind !== 'html' || block.opened === 0) {
      out.push(block);
      continue;
    }
    let depth = block.opened;
    let end = i + 1;
    for (; end < blocks.length && depth > 0; end++) {
      const next = blocks[end];
      if (next?.kind === 'html') depth += next.opened - next.closed;
    }
    const members = blocks.slice(i, end);
    const opener: HtmlBlock = block;
    out.push({
      kind: 'group',
      role: opener.callout ? 'callout' : 'plain',
      open: '',
      close: '',
      children: members.flatMap((member) => (member === opener ? inside(opener) : member.kind === 'html' ? member.children : [member])),
      html: joinMembers(members),
      ...rawHtmlMark(blocksHaveRawHtml(members)),
      ...(opener.line === undefined ? {} : { line: opener.line }),
    });
    i = end - 1;
  }
  return out;
}

/**
 * The group's HTML as marked writes it: a raw HTML piece runs straight into what follows (it is inside the
 * element the piece left open, where a newline would show in a `<pre>`); other blocks end their line.
 */
function joinMembers(members: readonly Block[]): string {
  return members.map((member, i) => (i === members.length - 1 ? member.html : `${member.html}${member.kind === 'html' ? '' : '\n'}`)).join('');
}

/** What the opener holds inside the element it leaves open (parse5 closed it at the piece's end). */
function inside(opener: HtmlBlock): Block[] {
  const [only] = opener.children;
  return opener.children.length === 1 && only?.kind === 'group' ? only.children : opener.children;
}
