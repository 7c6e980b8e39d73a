import type { Token, Tokens } from 'marked';
import type { Block, TableRow } from '../model/block.ts';
import type { RenderRecords } from './create-markdown.ts';
import type { MathToken } from './math/math-extension.ts';
import { htmlBlocks } from './html-blocks.ts';
import { htmlNesting } from './html-tags.ts';
import { inlineOf } from './inline-content.ts';
import { CALLOUT_NAMES } from './callout-names.ts';
import { countNewlines } from '../shared/count-newlines.ts';
import { hasRawHtml, rawHtmlMark } from './has-raw-html.ts';

/**
 * One marked token as a typed block, beside the HTML it rendered to (`html`, without its trailing newline).
 * `lineAttribute` is the ` data-line="N"` the top-level tag carries ('' inside lists and quotes).
 */
export function tokenBlock(token: Token, html: string, line: number | undefined, lineAttribute: string, records: RenderRecords): Block | undefined {
  const embedsOf = (t: Token) => records.embeds.get(t) ?? [];
  const at = { ...(line === undefined ? {} : { line }), ...rawHtmlMark(hasRawHtml(token)) };
  // Children carry their own markdown lines (counted from the container's), so a child too tall for any
  // slide is reported where it is written.
  const children = (tokens: readonly Token[], first: number | undefined) => {
    let childLine = first;
    return tokens.flatMap((child) => {
      const made = tokenBlock(child, trimNewline(records.html.get(child) ?? ''), childLine, '', records);
      if (childLine !== undefined) childLine += countNewlines(child.raw);
      return made ?? [];
    });
  };
  switch (token.type) {
    case 'paragraph':
    case 'text': {
      const t = token as Tokens.Paragraph | Tokens.Text;
      const inline = 'tokens' in t && t.tokens ? inlineOf(t.tokens, embedsOf) : [{ kind: 'text' as const, text: t.text, face: 'regular' as const }];
      return { kind: 'text', role: token.type === 'paragraph' ? 'paragraph' : 'inline', inline, html, ...at };
    }
    case 'heading': {
      const t = token as Tokens.Heading;
      const parts = { open: `<h${t.depth}${lineAttribute}>`, inner: records.heading.get(token) ?? '', close: `</h${t.depth}>` };
      return { kind: 'text', role: 'heading', level: t.depth, inline: inlineOf(t.tokens, embedsOf, 'bold'), parts, html, ...at };
    }
    case 'list': {
      const t = token as Tokens.List;
      const items = records.items.get(token) ?? [];
      return {
        kind: 'list',
        tag: t.ordered ? 'ol' : 'ul',
        attributes: lineAttribute,
        start: t.ordered && typeof t.start === 'number' ? t.start : 1,
        items: itemLines(t, line).map(([item, itemLine], i) => ({ html: items[i] ?? '', blocks: children(item.tokens, itemLine) })),
        html,
        ...at,
      };
    }
    case 'table': {
      const t = token as Tokens.Table;
      const recorded = records.table.get(token) ?? { headHtml: '', rows: [] };
      const row = (cells: Tokens.TableCell[], rowHtml: string): TableRow => ({ html: rowHtml, cells: cells.map((cell) => ({ header: cell.header, inline: inlineOf(cell.tokens, embedsOf, cell.header ? 'bold' : 'regular') })) });
      return { kind: 'table', open: `<table${lineAttribute}>`, headHtml: recorded.headHtml, head: [row(t.header, '')], rows: t.rows.map((cells, i) => row(cells, recorded.rows[i] ?? '')), html, ...at };
    }
    case 'code': {
      const parts = records.code.get(token);
      if (!parts) return undefined;
      return { kind: 'code', ...parts, open: withAttribute(parts.open, lineAttribute), framed: true, html, ...at };
    }
    case 'blockquote':
      return { kind: 'group', role: 'quote', open: `<blockquote${lineAttribute}>`, close: '</blockquote>', children: children((token as Tokens.Blockquote).tokens, line), html, ...at };
    case 'hr':
      return { kind: 'rule', html, ...at };
    case 'blockMath': {
      // Bad TeX is shown as written: a line of code-sized text.
      const { measured } = token as MathToken;
      return { kind: 'math', heightEm: measured?.heightEm ?? 1.5, html, ...at };
    }
    case 'html': {
      const raw = (token as Tokens.HTML).text;
      const nesting = htmlNesting(raw);
      const opener = nesting.opened[0];
      const callout = opener !== undefined && CALLOUT_NAMES.some((name) => (opener.attributes.get('class') ?? '').split(/\s+/).includes(name));
      return { kind: 'html', children: htmlBlocks(raw, embedsOf(token)), opened: nesting.opened.length, closed: nesting.closed, callout, html, ...at };
    }
    default:
      return undefined;
  }
}

/** Each item of a list beside the line it starts on. */
function itemLines(list: Tokens.List, line: number | undefined): [Tokens.ListItem, number | undefined][] {
  let at = line;
  return list.items.map((item) => {
    const start = at;
    if (at !== undefined) at += countNewlines(item.raw);
    return [item, start];
  });
}

/** Inserts attributes right after a tag's name: `<figure` + ` data-line="3"`. */
function withAttribute(open: string, attribute: string): string {
  const space = open.indexOf(' ');
  return attribute && space > 0 ? `${open.slice(0, space)}${attribute}${open.slice(space)}` : open;
}

export function trimNewline(html: string): string {
  return html.endsWith('\n') ? html.slice(0, -1) : html;
}
