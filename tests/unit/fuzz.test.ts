import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, it } from 'vitest';
import { compileText } from '../support/compile-text.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// `npm test` runs a few seconds' worth; `npm run fuzz` sets FUZZ_RUNS for a long run. Seeded: a failure
// reproduces, and fast-check prints the seed and path to replay it.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20251128);

const FRAGMENTS = [
  '::: section', ':::', '::::', ':::::', '::: notes', '::: {.notes}', ':::: columns', ':::: {.columns}', '::: column',
  '::: {.column width="40%"}', '::: build', '::: tip Let op', '::: warning', '. . .', '```python', '```console {1|2-3|all}',
  '```yaml title="compose.yml"', '```', '~~~', '```dokerfile', '# Kop', '## Kop', '### Kop', '* item', '1. item', '  * sub',
  '| a | b |', '| --- | --- |', '{{ title }}', '{{title | upper}}', '{{ onbekend }}', '{{ .Names }}', '{% raw %}', '{% endraw %}',
  '{% video "abc123XYZ" %}', '{% include "x" %}', '<img src="/_assets/x.png" eleventy:widths="400">', '![alt](/_assets/present.png)',
  '![](../../etc/passwd)', '<div class="x">', '</div>', '</section>', '<details><summary>x</summary>', '---', 'title: x', 'tags: [a',
  '::: stack', '- VM', '  - App | App', '  - Host OS {highlight=2}', '  - note: klein', '::: flow', '| Client | Daemon |',
  '- Client -> Daemon: x', '- Client -> Nergens', '- A <-> B {step=3}', '$ docker ps', 'tekst met **vet** en ~~weg~~ en `code`',
  '', '', '\t* tab', '> citaat', '<!-- commentaar -->', '\u00a0', 'é ï ë ✔ → 😀',
];

/** Elements whose content is raw text or that a browser keeps open: each must end inside its slide (#11). */
const RAW_TEXT_HTML = ['<plaintext>', '<xmp>', '<textarea>', '<title>', '<script>', '<style>', '<iframe>', '<noscript>', '<select>', '<svg>', '<math>', '<template>', '</p>', '</li>', '<table><tr>', '<div id="foo"', '<![CDATA[', '<?php'];
/** Marker characters repeated: deep quotes and lists on one line, long emphasis and link runs. */
const MARKER_RUN = fc.tuple(fc.constantFrom('>', '> ', '- ', '* ', '> - ', '1. ', '*', '_', '~', '`', '[', '](', '<', '\\', '|', ':', '$', '{{'), fc.integer({ min: 10, max: 600 })).map(([marker, n]) => marker.repeat(n));
/** A list or a quote nested deep by indentation, line after line. */
const DEEP_NESTING = fc.tuple(fc.constantFrom('  - ', '> ', '   1. ', '\t* '), fc.integer({ min: 5, max: 120 })).map(([marker, depth]) =>
  Array.from({ length: depth }, (_, i) => (marker.startsWith('>') ? marker.repeat(i + 1) : marker.slice(0, -2).repeat(i) + marker.slice(-2)) + `niveau ${i}`).join('\n'),
);
/** Front matter with anchors and aliases, up to an alias bomb. */
const YAML_ANCHORS = fc.integer({ min: 1, max: 6 }).map((levels) =>
  ['---', 'title: &t Les', 'author: *t', 'a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: levels }, (_, i) => `l${i}: &l${i} [${Array(9).fill(i === 0 ? '*a' : `*l${i - 1}`).join(', ')}]`), 'theme: *t', '---'].join('\n'),
);
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_TEXT_HTML) },
  { weight: 1, arbitrary: MARKER_RUN },
  { weight: 1, arbitrary: DEEP_NESTING },
  { weight: 1, arbitrary: YAML_ANCHORS },
);
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const page = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fragment, lineBreak), { maxLength: 60 }))
  .map(([bom, lines]) => `${bom ? '\uFEFF' : ''}${lines.map(([text, end]) => text + end).join('')}`);

const CORPUS = new URL('../fixtures/corpus/', import.meta.url);
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.md')).map((name) => readFileSync(new URL(name, CORPUS), 'utf8')) : [];

/** A course page from the corpus, with lines deleted, repeated, swapped, inserted or the end cut off. */
const mutated = fc
  .tuple(
    fc.constantFrom(...(corpus.length > 0 ? corpus : ['::: section\n# x\n:::'])),
    fc.array(fc.tuple(fc.constantFrom('delete', 'repeat', 'swap', 'insert', 'cut'), fc.nat(), fc.nat(), fragment), { maxLength: 8 }),
  )
  .map(([text, edits]) => {
    let lines = text.split('\n');
    for (const [edit, a, b, inserted] of edits) {
      const i = a % Math.max(lines.length, 1);
      const j = b % Math.max(lines.length, 1);
      if (edit === 'delete') lines.splice(i, 1);
      if (edit === 'repeat') lines.splice(i, 0, lines[i] ?? '');
      if (edit === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      if (edit === 'insert') lines.splice(i, 0, inserted);
      if (edit === 'cut') lines = lines.slice(0, i);
    }
    return lines.join('\n');
  });

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : elements(child)));
}

const hasClass = (element: Element, name: string) => element.attrs.some((a) => a.name === 'class' && a.value.split(/\s+/).includes(name));

/** The compiler's promises, whatever the page: no exception, one intact `<section>` per slide, positions inside the file. */
async function holdsPromises(text: string): Promise<boolean> {
  const { deck, body, diagnostics } = await compileText(text);
  const tree = parseFragment(body);
  const slides = elements(tree).find((element) => element.tagName === 'div' && hasClass(element, 'slides'));
  const later = elements(tree).find((element): element is DefaultTreeAdapterMap['template'] => element.tagName === 'template');
  // A long deck keeps its later slides in a template, which the client adds once the first slide shows.
  const sections = [...(slides?.childNodes ?? []), ...(later?.content.childNodes ?? [])].filter((child) => 'tagName' in child && child.tagName === 'section');
  if (sections.length !== deck.slides.length) throw new Error(`${deck.slides.length} slides but ${sections.length} <section> elements in .slides`);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    const { start, end } = d.range;
    if (start.line < 1 || start.line > lineCount || end.line < start.line || start.column < 1) {
      throw new Error(`${d.code} at ${start.line}:${start.column} lies outside a page of ${lineCount} lines`);
    }
  }
  return true;
}

describe('fuzzing the compiler', () => {
  it('keeps its promises on random dialect fragments', async () => {
    await fc.assert(fc.asyncProperty(page, holdsPromises), { seed: SEED, numRuns: RUNS });
  }, 120_000);

  it('keeps its promises on mutations of the corpus', async () => {
    await fc.assert(fc.asyncProperty(mutated, holdsPromises), { seed: SEED + 1, numRuns: RUNS });
  }, 120_000);
});
