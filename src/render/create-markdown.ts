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
  // The line of the token being rendered; overrides use it to point diagnostics at the file.
  let currentLine = 1;
  const lineOf = (raw: string, needle: string) => positionOf(raw, needle).line;
  /** Where `needle` stands in the file, found inside the raw text of the token being rendered. */
  const positionOf = (raw: string, needle: string) => {
    const before = raw.slice(0, Math.max(raw.indexOf(needle), 0));
    return { line: currentLine + countNewlines(before), column: before.length - before.lastIndexOf('\n') };
  };
  let currentRaw = '';
  // Set for one top-level list inside `::: build`; nested lists stay whole.
  let fragmentListItems = false;

  const marked = new Marked({ gfm: true });
  marked.use({
    tokenizer: { del: strikethrough },
    renderer: {
      code: (token) => renderCodeBlock(token.text, token.lang ?? '', currentLine, ctx),
      image: (token) => {
        const start = positionOf(currentRaw, token.raw);
        const end = { line: start.line, column: start.column + token.raw.length - 1 };
        return renderImage(token.href, token.text, token.title ?? null, { start, end }, ctx);
      },
      html: (token) => {
        const line = lineOf(currentRaw, token.raw);
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
      fragmentListItems = fragmentItems && token.type === 'list';
      const html = marked.parser([token]);
      fragmentListItems = false;
      return html;
    },
  };
}
