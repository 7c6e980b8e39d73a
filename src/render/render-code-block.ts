import type { ThemedToken } from 'shiki';
import { escapeHtml } from '../shared/escape-html.ts';
import { closestName } from '../shared/closest-name.ts';
import type { RenderContext } from './render-context.ts';
import { parseFenceInfo, parseLineSteps } from './fence-info.ts';
import { splitChunkOptions } from './chunk-options.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';

const SESSION_LANGUAGES = new Set(['console', 'shellsession', 'shell-session']);
const SHELL_LANGUAGES = new Set(['shell', 'sh', 'bash', 'zsh', 'shellscript']);
// `$ ` with a space (or a bare `$`) is a prompt; `$EDITOR` at the start of a line is shell code.
const RE_PROMPT = /^\$(?: |$)/;

/** A code block's HTML in the parts layout cuts it at: the figure, its file tab, and one entry per line. */
export interface CodeParts {
  open: string;
  caption: string;
  preOpen: string;
  lines: { html: string; text: string }[];
  close: string;
  stepped: boolean;
}

/** The whole block's HTML. */
export function joinCodeParts(parts: Pick<CodeParts, 'open' | 'caption' | 'preOpen' | 'lines' | 'close'>): string {
  return `${parts.open}${parts.caption}${parts.preOpen}${parts.lines.map((line) => line.html).join('\n')}${parts.close}`;
}

/**
 * A fenced code block as a `<figure>`: Shiki-highlighted lines (colours as CSS variables for the light and
 * dark theme), an optional file tab, shell prompts kept out of copied text, and line steps as fragments.
 */
export function renderCodeBlock(code: string, info: string, line: number, ctx: RenderContext): CodeParts {
  const fence = parseFenceInfo(info);
  const lang = resolveLanguage(fence.lang, line, ctx);
  const written = code.replace(/\n$/, '').split('\n');
  // A Quarto chunk's `#|` options configure the chunk; they are not code to show.
  const chunk = fence.chunk ? splitChunkOptions(written) : undefined;
  const sourceLines = chunk ? chunk.code : written;
  const session = SESSION_LANGUAGES.has(lang) || (SHELL_LANGUAGES.has(lang) && sourceLines.some((l) => RE_PROMPT.test(l)));
  const lineHtml = session ? renderSession(sourceLines, ctx) : renderLines(ctx.highlighter.tokenize(sourceLines.join('\n'), lang));

  const attributes = [`class="code-block${session ? ' code-session' : ''}"`, `data-lang="${escapeHtml(fence.lang || 'text')}"`];
  // `echo: fenced`: reading mode shows and copies the chunk as written (see copy-code.ts, review.css).
  const fenced = chunk?.echoFenced ? ` data-chunk-head="${escapeHtml(['```' + info.trim(), ...chunk.options].join('\n'))}" data-chunk-tail="\`\`\`"` : '';
  let stepMarkers = '';
  let stepped = false;
  if (fence.lineSteps !== undefined) {
    const { steps, invalid } = parseLineSteps(fence.lineSteps, sourceLines.length);
    for (const step of invalid) ctx.sink.report('invalid-line-steps', lineRange(line, 1, info.length + 3), { step, lines: String(sourceLines.length) });
    if (steps.length > 0) {
      stepped = true;
      attributes.push(`data-line-steps="${steps.map((s) => (s.length === 0 ? 'all' : s.join(','))).join('|')}"`);
      stepMarkers = steps.slice(1).map(() => '<span class="fragment code-step" aria-hidden="true"></span>').join('');
    }
  }
  const title = fence.title ? `<figcaption class="code-title"><span class="visually-hidden">${escapeHtml(ctx.strings.codeFile)}: </span>${escapeHtml(fence.title)}</figcaption>` : '';
  return {
    open: `<figure ${attributes.join(' ')}>`,
    caption: title,
    preOpen: `<pre class="code" tabindex="0"${fenced}><code>`,
    lines: lineHtml.map((html, i) => ({ html, text: sourceLines[i] ?? '' })),
    close: `</code></pre>${stepMarkers}</figure>`,
    stepped,
  };
}

function resolveLanguage(requested: string, line: number, ctx: RenderContext): string {
  const lang = ctx.highlighter.resolveLanguage(requested);
  if (lang) return lang;
  const suggestion = closestName(requested.toLowerCase(), ctx.highlighter.knownLanguages);
  ctx.sink.report('unknown-language', lineRange(line, 1, requested.length + 3), suggestion ? { lang: requested, suggestion } : { lang: requested });
  return 'text';
}

/** A shell session: `$ ` lines (and their `\` continuations) are commands, highlighted as shell; the rest is output. */
function renderSession(lines: readonly string[], ctx: RenderContext): string[] {
  type LineKind = 'prompt' | 'continued' | 'output';
  const kinds: LineKind[] = [];
  let continues = false;
  for (const text of lines) {
    const kind: LineKind = continues ? 'continued' : RE_PROMPT.test(text) ? 'prompt' : 'output';
    kinds.push(kind);
    continues = kind !== 'output' && text.trimEnd().endsWith('\\');
  }
  const commands = lines.flatMap((text, i) => (kinds[i] === 'output' ? [] : [kinds[i] === 'prompt' ? text.replace(RE_PROMPT, '') : text]));
  const commandTokens = ctx.highlighter.tokenize(commands.join('\n'), 'shellscript');
  let next = 0;
  return lines
    .map((text, i) => {
      const kind = kinds[i];
      const number = i + 1;
      if (kind === 'output') return `<span class="line output" data-code-line="${number}">${escapeHtml(text)}</span>`;
      const tokens = commandTokens[next++] ?? [];
      const prompt = kind === 'prompt' ? '<span class="prompt" aria-hidden="true">$ </span>' : '';
      return `<span class="line command" data-code-line="${number}">${prompt}${renderTokens(tokens)}</span>`;
    });
}

function renderLines(tokenLines: ThemedToken[][]): string[] {
  return tokenLines.map((tokens, i) => `<span class="line" data-code-line="${i + 1}">${renderTokens(tokens)}</span>`);
}

/** Adjacent tokens of one colour are merged; colours become `--l`/`--d` variables, switched by the theme's CSS. */
function renderTokens(tokens: readonly ThemedToken[]): string {
  let html = '';
  let pendingStyle = '';
  let pendingText = '';
  const flush = () => {
    if (pendingText) html += pendingStyle && pendingText.trim() ? `<span style="${pendingStyle}">${escapeHtml(pendingText)}</span>` : escapeHtml(pendingText);
    pendingText = '';
  };
  for (const token of tokens) {
    const style = tokenStyle(token);
    if (style !== pendingStyle && token.content.trim()) {
      flush();
      pendingStyle = style;
    }
    pendingText += token.content;
  }
  flush();
  return html;
}

function tokenStyle(token: ThemedToken): string {
  const style = token.htmlStyle;
  if (!style) return '';
  return Object.entries(style)
    .map(([key, value]) => `${key.replace('--shiki-light', '--l').replace('--shiki-dark', '--d')}:${value}`)
    .join(';');
}
