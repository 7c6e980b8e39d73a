import { parseDocument } from 'yaml';
import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { DeckMeta } from '../model/document-tree.ts';
import { countNewlines } from '../shared/count-newlines.ts';
import { validateFrontMatter } from './validate-front-matter.ts';

const RE_OPEN = /^---[ \t]*$/;
const RE_ALIAS = /(^|[\s[{,:-])\*[^\s,\]}]/m;
/** Aliases expanded in all; the yaml package's default, which stops a "billion laughs" front matter. */
const MAX_ALIAS_COUNT = 100;
const RE_CLOSE = /^(---|\.\.\.)[ \t]*$/;

export interface FrontMatter {
  data: Record<string, unknown>;
  /** False when the front matter could not be read: its variables are then unknown, not missing. */
  readable: boolean;
  /** The page with its front matter lines blanked, so that line numbers stay those of the file. */
  body: string;
}

/** Splits YAML front matter from a normalized page; bad YAML is reported with its line and yields no data. */
export function parseFrontMatter(text: string, sink: DiagnosticSink): FrontMatter {
  const lines = text.split('\n');
  if (!RE_OPEN.test(lines[0] ?? '')) return { data: {}, body: text, readable: true };
  const close = lines.findIndex((line, i) => i > 0 && RE_CLOSE.test(line));
  if (close === -1) {
    sink.report('unclosed-front-matter', lineRange(1, 1, 3));
    return { data: {}, body: text, readable: false };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = [...lines.slice(0, close + 1).map(() => ''), ...lines.slice(close + 1)].join('\n');
  const data = readYaml(yamlText, sink);
  return { data: data ?? {}, body, readable: data !== undefined };
}

function readYaml(yamlText: string, sink: DiagnosticSink): Record<string, unknown> | undefined {
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
      // The YAML starts on the file's second line, after the opening `---`.
      sink.report('invalid-yaml', lineRange(pos.line + 1, pos.col), { reason: firstLine(error.message) });
    }
    return undefined;
  }
  const lineOf = (offset: number) => 2 + countNewlines(yamlText.slice(0, offset));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // The yaml package stops an alias bomb ("billion laughs") with a plain error: point at the first alias.
    const alias = RE_ALIAS.exec(yamlText);
    sink.report('yaml-alias-bomb', lineRange(lineOf(alias ? alias.index + alias[1].length : 0)), { max: String(MAX_ALIAS_COUNT) });
    return undefined;
  }
  if (value == null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    sink.report('invalid-yaml', lineRange(2), { reason: 'it must be a list of `key: value` pairs' });
    return undefined;
  }
  const data = value as Record<string, unknown>;
  // A wrong value is reported and left out, so the deck gets the default instead.
  for (const field of validateFrontMatter(doc, lineOf, sink)) delete data[field];
  return data;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Reads the fields lesdia knows from front matter data, with their defaults. */
export function readDeckMeta(data: Record<string, unknown>): DeckMeta {
  const text = (value: unknown): string | undefined => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (value == null || typeof value === 'object') return undefined;
    return String(value);
  };
  const meta: DeckMeta = {
    title: text(data.title) ?? '',
    lang: text(data.lang) ?? 'nl',
    theme: data.theme === 'dark' ? 'dark' : 'light',
    incremental: data.incremental === true,
    data,
  };
  const date = text(data.date);
  if (date) meta.date = date;
  const author = text(data.author);
  if (author) meta.author = author;
  const transition = text(data.transition);
  if (transition) meta.transition = transition;
  return meta;
}
