import type { Block, ColumnBasis, GroupBlock } from '../model/block.ts';
import { blocksHaveRawHtml, rawHtmlMark } from './has-raw-html.ts';

/** A group's HTML: its tags around its children, one per line, as marked writes nested blocks. */
export function groupOf(role: GroupBlock['role'], open: string, close: string, children: Block[], line?: number, basis?: ColumnBasis): GroupBlock {
  const html = `${open}\n${children.map((child) => `${child.html}\n`).join('')}${close}`;
  return { kind: 'group', role, open, close, children, html, ...rawHtmlMark(blocksHaveRawHtml(children)), ...(line === undefined ? {} : { line }), ...(basis === undefined ? {} : { basis }) };
}
