import { Marked, type Token, type Tokens } from 'marked';
import type { Embed } from '../model/block.ts';
import { countNewlines } from '../shared/count-newlines.ts';
import { escapeHtmlKeepingReferences } from '../shared/escape-html.ts';
import { linkHref } from './link-href.ts';
import { joinCodeParts, renderCodeBlock, type CodeParts } from './render-code-block.ts';
import type { RenderContext } from './render-context.ts';
import { renderImage, reportRemoteResources, rewriteHtmlImages } from './render-image.ts';
import { typesetMath } from './math/typeset-math.ts';
import { mathExtension } from './math/math-extension.ts';
import { limitNesting } from './limit-nesting.ts';
import { strikethrough } from './strikethrough.ts';
import { dropUnsafeUrls, isUnsafeUrl } from './unsafe-url.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';

const RE_EXTERNAL_LINK = /^https?:\/\//i;

/** The markdown renderer of one compile: one Marked instance, its overrides in one visible list. */
export interface MarkdownRenderer {
  /** Top-level tokens of a markdown run, each with the file line it starts on. */
  lex(text: string, startLine: number): PositionedToken[];
  /** HTML of one top-level token; with `fragmentItems`, a list's items become build steps. */
  render(token: PositionedToken, fragmentItems?: boolean): string;
  /** What rendering a token made besides its HTML, for the typed blocks. */
  records: RenderRecords;
}

/** Parts of the HTML marked made, by token, so blocks can be cut and measured without reading HTML back. */
export interface RenderRecords {
  /** The HTML of a block token rendered inside another (a list item's, a quote's). */
  html: WeakMap<Token, string>;
  /** Images found in an image or raw HTML token. */
  embeds: WeakMap<Token, Embed[]>;
  code: WeakMap<Token, CodeParts>;
  /** A list's items, `<li>…</li>` each. */
  items: WeakMap<Token, string[]>;
  /** A table's `<thead>` element and its body rows, `<tr>…</tr>` each. */
  table: WeakMap<Token, { headHtml: string; rows: string[] }>;
  /** A heading's inner HTML. */
  heading: WeakMap<Token, string>;
}

export interface PositionedToken {
  token: Token;
  line: number;
}

/** A URL as quoted in a message: at most 60 characters. */
function shortUrl(url: string): string {
  return url.length > 60 ? `${url.slice(0, 60)}…` : url;
}

export function createMarkdown(ctx: RenderContext): MarkdownRenderer {
  // The top-level token being rendered: its first line in the file and its source. Overrides find their
  // own text in that source, left to right (so a repeated image is found where it repeats), to point
  // diagnostics at the file.
  let currentLine = 1;
  let currentRaw = '';
  let cursor = 0;
  // Newlines counted so far, up to `counted`: later finds count on from there, so a long line of many
  // images or tags is located in linear time.
  let counted = 0;
  let countedLines = 0;
  let lastNewline = -1;
  const locate = (needle: string) => {
    const text = needle.trim().split('\n')[0] ?? '';
    let at = currentRaw.indexOf(text, cursor);
    if (at === -1) at = currentRaw.indexOf(text);
    if (at === -1) return { line: currentLine, column: 1 };
    cursor = at + text.length;
    if (at < counted) {
      counted = 0;
      countedLines = 0;
      lastNewline = -1;
    }
    for (let i = counted; i < at; i++) {
      if (currentRaw.charCodeAt(i) !== 10) continue;
      countedLines++;
      lastNewline = i;
    }
    counted = at;
    return { line: currentLine + countedLines, column: at - lastNewline };
  };
  // Set for one top-level list inside `::: build`; nested lists stay whole.
  let fragmentListItems = false;

  const records: RenderRecords = { html: new WeakMap(), embeds: new WeakMap(), code: new WeakMap(), items: new WeakMap(), table: new WeakMap(), heading: new WeakMap() };
  const marked = new Marked({ gfm: true });
  marked.use(mathExtension((token) => typesetMath(token, locate(token.raw), ctx)));
  marked.use({
    tokenizer: { del: strikethrough },
    renderer: {
      code: (token) => {
        const parts = renderCodeBlock(token.text, token.lang ?? '', locate(token.raw).line, ctx);
        records.code.set(token, parts);
        return `${joinCodeParts(parts)}\n`;
      },
      image: (token) => {
        const start = locate(token.raw);
        const end = { line: start.line, column: start.column + token.raw.length - 1 };
        const image = renderImage(token.href, token.text, token.title ?? null, { start, end }, ctx);
        records.embeds.set(token, [image.embed]);
        return image.html;
      },
      html: (token) => {
        const { line, column } = locate(token.raw);
        const safe = dropUnsafeUrls(token.text);
        for (const url of safe.removed) ctx.sink.report('unsafe-link', lineRange(line, column, token.raw.trim().length), { url: shortUrl(url) });
        reportRemoteResources(safe.html, line, ctx);
        const rewritten = rewriteHtmlImages(safe.html, line, ctx);
        records.embeds.set(token, rewritten.embeds);
        return rewritten.html;
      },
      heading(token) {
        const inner = this.parser.parseInline(token.tokens);
        records.heading.set(token, inner);
        return `<h${token.depth}>${inner}</h${token.depth}>\n`;
      },
      blockquote(token) {
        return `<blockquote>\n${renderChildren(token.tokens, this.parser)}</blockquote>\n`;
      },
      list(token) {
        const itemClass = fragmentListItems ? ' class="fragment"' : '';
        fragmentListItems = false;
        const tag = token.ordered ? 'ol' : 'ul';
        const start = token.ordered && token.start !== '' && token.start !== 1 ? ` start="${token.start}"` : '';
        const items = token.items.map((item) => `<li${itemClass}>${renderChildren(item.tokens, this.parser)}</li>`);
        records.items.set(token, items);
        return `<${tag}${start}>\n${items.map((item) => `${item}\n`).join('')}</${tag}>\n`;
      },
      table(token) {
        const cell = (c: Tokens.TableCell) => {
          const tag = c.header ? 'th' : 'td';
          return `${c.align ? `<${tag} align="${c.align}">` : `<${tag}>`}${this.parser.parseInline(c.tokens)}</${tag}>\n`;
        };
        const headHtml = `<thead>\n<tr>\n${token.header.map(cell).join('')}</tr>\n</thead>`;
        const rows = token.rows.map((row) => `<tr>\n${row.map(cell).join('')}</tr>`);
        records.table.set(token, { headHtml, rows });
        const body = rows.length > 0 ? `<tbody>${rows.map((row) => `${row}\n`).join('')}</tbody>` : '';
        return `<table>\n${headHtml}\n${body}</table>\n`;
      },
      link(token) {
        const text = this.parser.parseInline(token.tokens);
        if (isUnsafeUrl(token.href)) {
          // Not clickable: in class a click must never run script or open an inline document.
          const { line, column } = locate(token.raw);
          ctx.sink.report('unsafe-link', lineRange(line, column, token.raw.length), { url: shortUrl(token.href) });
          return `<span class="link-blocked">${text}</span>`;
        }
        const href = linkHref(token.href, token.autolink === true);
        if (href === undefined) return text;
        const title = token.title ? ` title="${escapeHtmlKeepingReferences(token.title)}"` : '';
        // A link followed in class must not replace the presentation: external ones open a new tab.
        const target = RE_EXTERNAL_LINK.test(token.href) ? ' target="_blank" rel="noopener"' : '';
        return `<a href="${href}"${title}${target}>${text}</a>`;
      },
    },
  });

  // Each child's HTML is kept, so a list item or a quote can later be measured and cut child by child.
  const renderChildren = (tokens: readonly Token[], parser: { parse(tokens: Token[]): string }) =>
    tokens
      .map((child) => {
        const html = parser.parse([child]);
        records.html.set(child, html);
        return html;
      })
      .join('');

  return {
    records,
    lex(text, startLine) {
      const tokens = marked.lexer(limitNesting(text, startLine, ctx.sink));
      const positioned: PositionedToken[] = [];
      let line = startLine;
      for (const token of tokens) {
        positioned.push({ token, line });
        line += countNewlines(token.raw);
      }
      return positioned;
    },
    render({ token, line }, fragmentItems = false) {
      currentLine = line;
      currentRaw = token.raw;
      cursor = 0;
      counted = 0;
      countedLines = 0;
      lastNewline = -1;
      fragmentListItems = fragmentItems && token.type === 'list';
      const html = marked.parser([token]);
      fragmentListItems = false;
      return html;
    },
  };
}
