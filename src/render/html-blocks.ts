import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Block, Embed, FontFace, Inline, TableRow } from '../model/block.ts';
import { CALLOUT_NAMES } from './callout-names.ts';
import { decodeEntities } from './inline-content.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'img', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'input']);
const SKIPPED = new Set(['aside', 'script', 'style', 'template']);
const RE_BASIS = /flex:\s*0 [01] (\d+(?:\.\d+)?)(%|px|r?em)/;

/**
 * The blocks a piece of the page's raw HTML reads as, for the layout model only (its HTML goes out as the
 * author wrote it): parsed by parse5 as a browser would, images measured by the embeds rendering found.
 */
export function htmlBlocks(raw: string, embeds: readonly Embed[]): Block[] {
  const images = [...embeds];
  return blocksOf(parseFragment(raw).childNodes, images);
}

function blocksOf(nodes: readonly T.ChildNode[], images: Embed[]): Block[] {
  const blocks: Block[] = [];
  let inline: T.ChildNode[] = [];
  const flush = () => {
    const content = inlineOfNodes(inline, 'regular', images);
    if (content.some((part) => part.kind !== 'text' || part.text.trim() !== '')) blocks.push({ kind: 'text', role: 'inline', inline: content, html: '' });
    inline = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || INLINE.has(node.tagName)) {
      if (node.nodeName === '#text' || isElement(node)) inline.push(node);
      continue;
    }
    flush();
    const block = blockOf(node, images);
    if (block) blocks.push(block);
  }
  flush();
  return blocks;
}

function blockOf(node: T.Element, images: Embed[]): Block | undefined {
  const tag = node.tagName;
  const html = '';
  if (SKIPPED.has(tag)) return undefined;
  if (HEADINGS.has(tag)) return { kind: 'text', role: 'heading', level: Number(tag[1]), inline: inlineOfNodes(node.childNodes, 'bold', images), html };
  if (tag === 'p') return { kind: 'text', role: 'paragraph', inline: inlineOfNodes(node.childNodes, 'regular', images), html };
  if (tag === 'ul' || tag === 'ol') {
    const items = elements(node).filter((child) => child.tagName === 'li').map((li) => ({ html, blocks: blocksOf(li.childNodes, images) }));
    return { kind: 'list', tag, attributes: '', start: 1, items, html };
  }
  if (tag === 'table') {
    const rows = elements(node).flatMap((child) => (child.tagName === 'tr' ? [child] : elements(child).filter((row) => row.tagName === 'tr')));
    return { kind: 'table', open: '', headHtml: '', head: [], rows: rows.map((row) => tableRow(row, images)), html };
  }
  if (tag === 'blockquote') return group('quote', node, images);
  if (tag === 'pre') {
    const code = elements(node)[0] ?? node;
    const count = Math.max(1, elements(code).filter((child) => hasClass(child, 'line')).length);
    return { kind: 'code', open: '', caption: '', preOpen: '', close: '', lines: Array.from({ length: count }, () => ({ html, text: '' })), stepped: true, framed: false, html };
  }
  if (tag === 'hr') return { kind: 'rule', html };
  if (tag === 'div' && hasClass(node, 'columns')) {
    const columns = elements(node).map((column) => {
      const basis = RE_BASIS.exec(attribute(column, 'style') ?? '');
      const unit = basis?.[2] === '%' ? '%' : basis?.[2] === 'px' ? 'px' : 'em';
      return { ...group('column', column, images), ...(basis ? { basis: { value: Number(basis[1]), unit } as const } : {}) };
    });
    return { kind: 'group', role: 'columns', open: '', close: '', children: columns, html };
  }
  return group(CALLOUT_NAMES.some((name) => hasClass(node, name)) ? 'callout' : 'plain', node, images);
}

function group(role: 'quote' | 'callout' | 'column' | 'plain', node: T.Element, images: Embed[]): Block & { kind: 'group' } {
  return { kind: 'group', role, open: '', close: '', children: blocksOf(node.childNodes, images), html: '' };
}

function tableRow(row: T.Element, images: Embed[]): TableRow {
  return { html: '', cells: elements(row).map((cell) => ({ header: cell.tagName === 'th', inline: inlineOfNodes(cell.childNodes, cell.tagName === 'th' ? 'bold' : 'regular', images) })) };
}

function inlineOfNodes(nodes: readonly T.ChildNode[], face: FontFace, images: Embed[]): Inline[] {
  const out: Inline[] = [];
  const visit = (node: T.ChildNode, current: FontFace, code: boolean) => {
    if (node.nodeName === '#text') {
      out.push({ kind: 'text', text: decodeEntities((node as T.TextNode).value.replace(/\s+/g, ' ')), face: current, ...(code ? { code: true } : {}) });
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.tagName) || hasClass(node, 'visually-hidden')) return;
    const tag = node.tagName;
    if (tag === 'br') out.push({ kind: 'break' });
    else if (tag === 'img') out.push({ kind: 'embed', embed: images.shift() ?? imageEmbed(node) });
    const next: FontFace = tag === 'code' || tag === 'kbd' ? 'mono' : tag === 'strong' || tag === 'b' ? 'bold' : tag === 'em' || tag === 'i' ? (current === 'regular' ? 'italic' : current) : current;
    for (const child of node.childNodes) visit(child, next, code || tag === 'code');
  };
  for (const node of nodes) visit(node, face, false);
  return out;
}

function imageEmbed(node: T.Element): Embed {
  const width = Number(attribute(node, 'width'));
  const height = Number(attribute(node, 'height'));
  return width > 0 && height > 0 ? { kind: 'image', width, height } : { kind: 'image' };
}

function isElement(node: T.ChildNode): node is T.Element {
  return 'tagName' in node;
}

function elements(node: T.Element): T.Element[] {
  return node.childNodes.filter(isElement);
}

function attribute(node: T.Element, name: string): string | undefined {
  return node.attrs.find((a) => a.name === name)?.value;
}

function hasClass(node: T.Element, name: string): boolean {
  return (attribute(node, 'class') ?? '').split(/\s+/).includes(name);
}
