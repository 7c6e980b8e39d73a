import { isMap, isScalar, type Document, type Pair } from 'yaml';
import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';
import { closestName } from '../shared/closest-name.ts';

export const THEMES = ['light', 'dark'] as const;
/** reveal.js's transitions (its `transition` option). */
export const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;
const RE_LANG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
/** Fields shown as text: a list or a `{…}` map there is a mistake. */
const TEXT_FIELDS = ['title', 'date', 'author'];

/**
 * Checks the front matter fields lesdia reads: `theme`, `transition`, `incremental`, `lang` and the types
 * of `title`, `date`, `author`. A wrong value is an error at its line, with the allowed values and a
 * did-you-mean; the deck then uses the default. Returns the names of the fields found wrong.
 */
export function validateFrontMatter(doc: Document, lineOf: (offset: number) => number, sink: DiagnosticSink): Set<string> {
  const wrong = new Set<string>();
  if (!isMap(doc.contents)) return wrong;
  for (const pair of doc.contents.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const node = pair.value;
    const value: unknown = isScalar(node) ? node.value : node == null ? null : (node as { toJSON?: () => unknown }).toJSON?.();
    const offset = (node as { range?: [number, number] } | null)?.range?.[0] ?? (pair.key as { range?: [number, number] } | null)?.range?.[0] ?? 0;
    const problem = checkField(key, value);
    if (!problem) continue;
    wrong.add(key);
    sink.report('invalid-front-matter', lineRange(lineOf(offset)), { field: key, value: shown(value), ...problem });
  }
  return wrong;
}

function checkField(key: string, value: unknown): { expected: string; suggestion: string } | undefined {
  const oneOf = (names: readonly string[]) => {
    if (typeof value === 'string' && names.includes(value)) return undefined;
    const suggestion = typeof value === 'string' ? closestName(value.toLowerCase(), names) ?? (names.find((name) => value.split(/\s+/).includes(name)) ?? '') : '';
    return { expected: `one of ${names.join(', ')}`, suggestion };
  };
  switch (key) {
    case 'theme':
      return oneOf(THEMES);
    case 'transition':
      return oneOf(TRANSITIONS);
    case 'incremental':
      return typeof value === 'boolean' ? undefined : { expected: '`true` or `false`', suggestion: /^(yes|ja|on|1)$/i.test(String(value)) ? 'true' : /^(no|nee|off|0)$/i.test(String(value)) ? 'false' : '' };
    case 'lang':
      return typeof value === 'string' && RE_LANG.test(value) ? undefined : { expected: 'a language code such as nl or en', suggestion: '' };
    default:
      if (TEXT_FIELDS.includes(key) && value !== null && typeof value === 'object' && !(value instanceof Date)) return { expected: 'text', suggestion: '' };
      return undefined;
  }
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
