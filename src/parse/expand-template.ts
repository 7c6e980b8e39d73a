import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import type { MessageArgs } from '../diagnostics/messages.ts';
import { closestName } from '../shared/closest-name.ts';
import { createLineIndex } from './line-index.ts';

// Expressions stay on one line and contain no braces, so a scan is linear whatever the input.
const RE_TEMPLATE = /\{\{-?([^{}\n]*?)-?\}\}|\{%-?([^%\n]*?)-?%\}/g;
const RE_VARIABLE = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)*$/;
const RE_VIDEO = /^video\s+(?:"([^"]*)"|'([^']*)'|(\S+))?/;
const RE_VIDEO_ID = /^[\w-]{6,20}$/;

const FILTERS: Record<string, (value: string) => string> = {
  upper: (v) => v.toUpperCase(),
  lower: (v) => v.toLowerCase(),
  capitalize: (v) => v.charAt(0).toUpperCase() + v.slice(1).toLowerCase(),
  trim: (v) => v.trim(),
};

/** A `{% video %}` tag alone on its line: the tree gets a video node there (see place-nodes.ts). */
export interface VideoPlacement {
  line: number;
  href: string;
}

export interface ExpandedTemplate {
  /** The page with its tags expanded, line for line. */
  text: string;
  videos: VideoPlacement[];
}

/**
 * Expands the course site's template syntax (Eleventy with Nunjucks or Liquid) as that site would:
 * `{{ variables }}` from front matter, `{% video "ID" %}`, `{% raw %}`; other tags are dropped with a warning.
 * The result has exactly as many lines as the input, so later positions still point at the file. A video
 * tag alone on its line is left out of the text and returned as a placement; one inside other text (or a
 * code block) becomes its link.
 */
export function expandTemplate(text: string, data: Record<string, unknown>, sink: DiagnosticSink, options = { reportUnknown: true }): ExpandedTemplate {
  const videos: VideoPlacement[] = [];
  const index = createLineIndex(text);
  const at = (offset: number, length: number) => {
    const start = index.positionAt(offset);
    return { start, end: { line: start.line, column: start.column + length - 1 } };
  };
  let rawOpen: { offset: number; length: number } | undefined;
  const expanded = text.replace(RE_TEMPLATE, (match: string, expression: string | undefined, tag: string | undefined, offset: number) => {
    if (tag !== undefined) {
      const name = tag.trim().split(/\s+/)[0] ?? '';
      if (rawOpen) {
        if (name !== 'endraw') return match;
        rawOpen = undefined;
        return '';
      }
      if (name === 'raw') {
        rawOpen = { offset, length: match.length };
        return '';
      }
      if (name === 'video') {
        const href = videoHref(tag.trim());
        if (!href) {
          sink.report('missing-video-id', at(offset, match.length));
          return '';
        }
        if (!isAloneOnLine(text, offset, match.length)) return `<${href}>`;
        videos.push({ line: index.positionAt(offset).line, href });
        return '';
      }
      sink.report('unknown-tag', at(offset, match.length), { name: name || tag.trim() });
      return '';
    }
    if (rawOpen) return match;
    const range = at(offset, match.length);
    return expandExpression((expression ?? '').trim(), match, data, {
      invalid: (args) => sink.report('invalid-variable', range, args),
      unknown: (args) => options.reportUnknown && sink.report('unknown-variable', range, args),
      filter: (args) => sink.report('unknown-filter', range, args),
    });
  });
  if (rawOpen) sink.report('unclosed-raw', at(rawOpen.offset, rawOpen.length));
  return { text: expanded, videos };
}

function isAloneOnLine(text: string, offset: number, length: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset + length);
  return text.slice(start, offset).trim() === '' && text.slice(offset + length, end === -1 ? undefined : end).trim() === '';
}

interface Report {
  invalid: (args: MessageArgs<'invalid-variable'>) => void;
  unknown: (args: MessageArgs<'unknown-variable'>) => void;
  filter: (args: MessageArgs<'unknown-filter'>) => void;
}

function expandExpression(expression: string, literal: string, data: Record<string, unknown>, report: Report): string {
  const [name = '', ...filters] = expression.split('|').map((part) => part.trim());
  if (!RE_VARIABLE.test(name)) {
    report.invalid({ expression });
    return literal;
  }
  const value = lookUp(data, name);
  if (value === undefined) {
    const known = Object.keys(data);
    const suggestion = closestName(name, known);
    report.unknown(suggestion ? { name, known: known.join(', '), suggestion } : { name, known: known.join(', ') });
    return '';
  }
  let text = stringify(value);
  let safe = false;
  for (const filter of filters) {
    const filterName = filter.split(/[\s(]/)[0] ?? '';
    if (filterName === 'safe') safe = true;
    else if (FILTERS[filterName]) text = FILTERS[filterName](text);
    else report.filter({ name: filterName });
  }
  // `<` and `>` become entities so a value cannot open HTML; `&` and quotes stay, since markdown shows
  // them as written (`Q&A` in a code block must not read `Q&amp;A`).
  return safe ? text : text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function lookUp(data: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(data, name)) return data[name];
  let value: unknown = data;
  for (const key of name.split('.')) {
    if (value == null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function stringify(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(stringify).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  // Newlines would shift every later line number, so a multi-line value is joined into one line.
  return String(value).replace(/\s*\n\s*/g, ' ');
}

/** The video's address: a YouTube ID becomes its watch page; a URL stays; anything else is no video. */
function videoHref(tag: string): string | undefined {
  const match = RE_VIDEO.exec(tag);
  const id = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
  if (/^https?:\/\//.test(id)) return id;
  return RE_VIDEO_ID.test(id) ? `https://www.youtube.com/watch?v=${id}` : undefined;
}
