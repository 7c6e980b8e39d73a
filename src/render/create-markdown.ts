import { Marked, type Token } from 'marked';
import { countNewlines } from '../shared/count-newlines.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import { renderCodeBlock } from './render-code-block.ts';
import type { RenderContext } from './render-context.ts';
import { renderImage, reportRemoteResources, rewriteHtmlImages } from './render-image.ts';
import { strikethrough } from './strikethrough.ts';

const RE_EXTERNAL_LINK = /^https?:\/\//i;

/** The markdown renderer of one compile: one Marked instance, its overrides in one visible list. */
export interface MarkdownRenderer {
  /** Top-level tokens of a markdown run, each with the file line it starts on. */
  lex(text: string, startLine: number): PositionedToken[];
  /** HTML of one top-level token; with `fragmentItems`, a list's items become build steps. */
  render(token: PositionedToken, fragmentItems?: boolean): string;
}

export interface PositionedToken {
  token: Token;
  line: number;
}

export function createMarkdown(ctx: RenderContext): MarkdownRenderer {
  // The top-level token being rendered: its first line in the file and its source. Overrides find their
  // own text in that source, left to right (so a repeated image is found where it repeats), to point
  // diagnostics at the file.
  let currentLine = 1;
  let currentRaw = '';
  let cursor = 0;
  const locate = (needle: string) => {
    const text = needle.trim().split('\n')[0] ?? '';
    let at = currentRaw.indexOf(text, cursor);
    if (at === -1) at = currentRaw.indexOf(text);
    if (at === -1) return { line: currentLine, column: 1 };
    cursor = at + text.length;
    const before = currentRaw.slice(0, at);
    return { line: currentLine + countNewlines(before), column: before.length - before.lastIndexOf('\n') };
  };
  // Set for one top-level list inside `::: build`; nested lists stay whole.
  let fragmentListItems = false;

  const marked = new Marked({ gfm: true });
  marked.use({
    tokenizer: { del: strikethrough },
    renderer: {
      code: (token) => renderCodeBlock(token.text, token.lang ?? '', locate(token.raw).line, ctx),
      image: (token) => {
        const start = locate(token.raw);
        const end = { line: start.line, column: start.column + token.raw.length - 1 };
        return renderImage(token.href, token.text, token.title ?? null, { start, end }, ctx);
      },
      html: (token) => {
        const { line } = locate(token.raw);
        reportRemoteResources(token.text, line, ctx);
        return rewriteHtmlImages(token.text, line, ctx);
      },
      list(token) {
        const itemClass = fragmentListItems ? ' class="fragment"' : '';
        fragmentListItems = false;
        const tag = token.ordered ? 'ol' : 'ul';
        const start = token.ordered && token.start !== '' && token.start !== 1 ? ` start="${token.start}"` : '';
        const items = token.items.map((item) => `<li${itemClass}>${this.parser.parse(item.tokens)}</li>\n`).join('');
        return `<${tag}${start}>\n${items}</${tag}>\n`;
      },
      link(token) {
        const text = this.parser.parseInline(token.tokens);
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        // A link followed in class must not replace the presentation: external ones open a new tab.
        const target = RE_EXTERNAL_LINK.test(token.href) ? ' target="_blank" rel="noopener"' : '';
        return `<a href="${escapeHtml(token.href)}"${title}${target}>${text}</a>`;
      },
    },
  });

  return {
    lex(text, startLine) {
      const tokens = marked.lexer(text);
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
      fragmentListItems = fragmentItems && token.type === 'list';
      const html = marked.parser([token]);
      fragmentListItems = false;
      return html;
    },
  };
}
