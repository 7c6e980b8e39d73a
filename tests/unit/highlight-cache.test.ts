import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDeck, type CompiledDeck } from '../../src/compile.ts';
import { openHighlightStore } from '../../src/project/highlight-cache.ts';
import { createCachingHighlighter, type CachedLine } from '../../src/render/cached-highlighter.ts';
import { createCodeHighlighter, HighlighterNotReady, type ShikiHighlighter } from '../../src/render/code-highlighter.ts';
import { fakeImages } from '../support/compile-text.ts';

const DOCKER = readFileSync(path.resolve('slides/docker-ecosysteem.md'), 'utf8');
// Code in every place a fence can stand: a section, a list item, a quote, a shell session, a Quarto chunk.
const CODE = `---\ntitle: Code\n---\n\n::: section\n### Bash\n\`\`\`bash {1|2}\ndocker run -d nginx\ndocker ps\n\`\`\`\n:::\n\n::: section\n### Lijst\n- stap\n\n  \`\`\`yaml title="compose.yml"\n  services:\n    web: {image: nginx}\n  \`\`\`\n> \`\`\`python\n> print("hallo")\n> \`\`\`\n:::\n\n::: section\n### Sessie\n\`\`\`console\n$ docker images\nREPOSITORY TAG\n\`\`\`\n\`\`\`{r}\n#| label: fit\nmodel <- lm(mpg ~ wt, data = mtcars)\n\`\`\`\n:::\n`;
const shiki = createCodeHighlighter();

/** Shiki, counted; or, with `forbidden`, a Shiki that must never be created. */
function countedShiki(forbidden = false) {
  const counter = { created: 0 };
  const create = async (): Promise<ShikiHighlighter> => {
    if (forbidden) throw new Error('Shiki was created although every piece of code was in the cache');
    counter.created++;
    return shiki;
  };
  return { counter, create };
}

function compile(text: string, highlighter: Parameters<typeof compileDeck>[1]['highlighter']): Promise<CompiledDeck> {
  return compileDeck({ path: 'slides/docker.md', text }, { highlighter, resolveImage: fakeImages, clientEntry: '/client.ts' });
}

/** What a build writes of a compiled deck. */
function written(compiled: CompiledDeck) {
  return { shell: compiled.shell, body: compiled.body, diagnostics: compiled.diagnostics };
}

describe('highlighted code kept between builds', () => {
  it.each([
    ['the Docker deck', DOCKER],
    ['code in lists, quotes, sessions and chunks', CODE],
  ])('compiles %s cold, warm and after an edit to exactly what Shiki alone gives', async (_name, text) => {
    const expected = written(await compile(text, await shiki));
    expect(expected.body).toContain('style="--l:');

    const cache = new Map<string, CachedLine[]>();
    const cold = countedShiki();
    expect(written(await compile(text, createCachingHighlighter({ cache, eager: true, create: cold.create })))).toEqual(expected);
    expect(cold.counter.created).toBe(1);
    expect(cache.size).toBeGreaterThan(3);

    // A rebuild of the same page never creates Shiki.
    const warm = countedShiki(true);
    expect(written(await compile(text, createCachingHighlighter({ cache, eager: false, create: warm.create })))).toEqual(expected);

    // An edited code block is new code: the pass stops at it, Shiki starts, and the deck is compiled again.
    const edited = text.replace(/^(\$ )?docker (\w+)/m, '$1docker $2 --rm');
    expect(edited).not.toBe(text);
    const afterEdit = countedShiki();
    const compiled = written(await compile(edited, createCachingHighlighter({ cache, eager: false, create: afterEdit.create })));
    expect(afterEdit.counter.created).toBe(1);
    expect(compiled).toEqual(written(await compile(edited, await shiki)));
  });

  it('without Shiki, answers code it has seen and asks to be made ready for code it has not', async () => {
    const cache = new Map<string, CachedLine[]>();
    const { counter, create } = countedShiki();
    const highlighter = createCachingHighlighter({ cache, eager: false, create });
    await highlighter.loadLanguages(['yaml']);
    expect(counter.created).toBe(0);
    expect(() => highlighter.tokenize('a: 1', 'yaml')).toThrow(HighlighterNotReady);
    await highlighter.ready?.();
    const tokens = highlighter.tokenize('a: 1\nb: [2]', 'yaml');
    expect(counter.created).toBe(1);

    const again = createCachingHighlighter({ cache, eager: false, create: countedShiki(true).create });
    await again.loadLanguages(['yaml']);
    expect(again.tokenize('a: 1\nb: [2]', 'yaml')).toEqual(tokens.map((line) => line.map(({ content, offset, htmlStyle }) => (htmlStyle ? { content, offset, htmlStyle } : { content, offset }))));
    // Plain text needs no Shiki and is not kept.
    expect(again.tokenize('x\ny', 'text')).toEqual([[{ content: 'x', offset: 0 }], [{ content: 'y', offset: 1 }]]);
    expect(() => again.tokenize('a: 2', 'yaml')).toThrow(HighlighterNotReady);
  });

  it("keeps no result for a language Shiki did not load, so it shows plain as Shiki alone shows it", async () => {
    const cache = new Map<string, CachedLine[]>();
    const highlighter = createCachingHighlighter({ cache, eager: true, create: countedShiki().create });
    await highlighter.loadLanguages([]);
    expect(highlighter.tokenize('fn main() {}', 'rust')).toEqual([[{ content: 'fn main() {}', offset: 0 }]]);
    expect(cache.size).toBe(0);
  });
});

describe("the project's highlight store", () => {
  const project = mkdtempSync(path.join(os.tmpdir(), 'lesdia-highlight-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('is empty at first, saved below node_modules/.cache/lesdia/, and read back by the next build', () => {
    const first = openHighlightStore(project);
    expect(first.empty).toBe(true);
    first.entries.set('key', [[['a: ', { '--shiki-light': '#111', '--shiki-dark': '#eee' }], ['1']]]);
    first.save();
    const second = openHighlightStore(project);
    expect(second.empty).toBe(false);
    expect(second.entries.get('key')).toEqual([[['a: ', { '--shiki-light': '#111', '--shiki-dark': '#eee' }], ['1']]]);
    expect(readdirSync(path.join(project, 'node_modules/.cache/lesdia'))).toEqual([expect.stringMatching(/^highlight-.*shiki-4\..*\.json$/)]);
  });
});
