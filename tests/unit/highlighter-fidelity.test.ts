import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { wasmBinaryPromise } from '@shikijs/engine-oniguruma/wasm-inlined';
import { createHighlighter, type BundledLanguage } from 'shiki';
import { describe, expect, it } from 'vitest';
import { readOnigurumaWasm } from '../../src/project/oniguruma-wasm.ts';
import { CODE_THEMES, createCodeHighlighter, resolveCodeLanguage } from '../../src/render/code-highlighter.ts';

// lesdia's highlighter loads Shiki's engine from onig.wasm and tokenizes once for both themes; the tokens must
// be exactly the ones Shiki's own codeToTokens gives, with its default engine, for any code in any language.
const ours = createCodeHighlighter(readOnigurumaWasm);
const reference = createHighlighter({ themes: [CODE_THEMES.light, CODE_THEMES.dark], langs: [] });

async function expectShikiTokens(lang: string, code: string): Promise<void> {
  const shiki = await reference;
  const highlighter = await ours;
  await shiki.loadLanguage(lang as BundledLanguage);
  await highlighter.loadLanguages([lang]);
  const expected = shiki.codeToTokens(code, { lang: lang as BundledLanguage, themes: CODE_THEMES, defaultColor: false, tokenizeTimeLimit: 20_000 }).tokens;
  expect(highlighter.tokenize(code, lang)).toStrictEqual(expected);
}

function files(dir: string, keep: (file: string) => boolean, found: string[] = []): string[] {
  for (const item of readdirSync(dir, { withFileTypes: true }).toSorted((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) files(full, keep, found);
    else if (keep(full)) found.push(full);
  }
  return found;
}

/** The first `count` lines of a file, leaving out minified ones (a grammar can take seconds on a 50 kB line). */
function sample(file: string, count: number): string {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.length <= 300).slice(0, count).join('\n');
}

/** Every fenced block of the fixtures, the spec and the course pages that names a language Shiki knows. */
function fixtureBlocks(): Map<string, string[]> {
  const byLang = new Map<string, string[]>();
  for (const file of [...files('tests', (f) => f.endsWith('.md')), ...files('slides', (f) => f.endsWith('.md'))]) {
    const text = readFileSync(file, 'utf8').replaceAll('\r\n', '\n');
    for (const match of text.matchAll(/^([ \t>]*)(`{3,}|~{3,})[ \t]*\{?\.?([A-Za-z0-9_+#-]+)[^\n]*\n([\s\S]*?)\n\1\2/gm)) {
      const lang = resolveCodeLanguage(match[3] ?? '');
      if (lang === undefined || lang === 'text') continue;
      const prefix = match[1] ?? '';
      const code = (match[4] ?? '').split('\n').map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line)).join('\n');
      byLang.set(lang, [...(byLang.get(lang) ?? []), code]);
    }
  }
  return byLang;
}

/** Real files of many kinds from the installed packages: a few of each, the first 200 lines. */
const PACKAGE_FILES: [lang: string, ending: string][] = [
  ['typescript', '.d.ts'],
  ['javascript', '.js'],
  ['javascript', '.mjs'],
  ['json', '.json'],
  ['markdown', '.md'],
  ['css', '.css'],
  ['scss', '.scss'],
  ['html', '.html'],
  ['xml', '.svg'],
  ['shellscript', '.sh'],
  ['yaml', '.yml'],
  ['powershell', '.ps1'],
  ['python', '.py'],
  ['perl', '.pl'],
];
const packageFiles = files('node_modules', (f) => !f.includes('/.cache/') && PACKAGE_FILES.some(([, ending]) => f.endsWith(ending)));

/** Prose, markup and code of several kinds, each read as many other languages: every grammar meets input it does not expect. */
const MIXED = [
  readFileSync('slides/docker-ecosysteem.md', 'utf8'),
  readFileSync('tests/fixtures/long-pages/python-basis.md', 'utf8'),
  sample('node_modules/marked/lib/marked.esm.js', 150),
  sample('node_modules/katex/dist/katex.css', 120),
  'int main(void) {\r\n  printf("%d\\n", 42); /* tab\there */\r\n}\r\n\r\n\t\t  \n// trailing',
];
const MANY_LANGUAGES = ['c', 'cpp', 'csharp', 'java', 'kotlin', 'go', 'rust', 'swift', 'php', 'ruby', 'lua', 'r', 'sql', 'dockerfile', 'makefile', 'nginx', 'ini', 'toml', 'diff', 'latex', 'haskell', 'elixir', 'vue', 'svelte', 'jsx', 'tsx', 'graphql', 'http', 'console', 'bat', 'scala', 'dart', 'csv', 'regex', 'nix', 'vb', 'matlab', 'julia'];

describe("lesdia's highlighter gives Shiki's own tokens", () => {
  it('loads the same regex engine Shiki inlines', async () => {
    expect(Buffer.from(await wasmBinaryPromise).equals(readOnigurumaWasm())).toBe(true);
  });

  it.each([...fixtureBlocks()])('for the %s blocks of the fixtures and pages', async (lang, blocks) => {
    for (const code of blocks) await expectShikiTokens(lang, code);
  });

  it.each(PACKAGE_FILES)('for %s files in the installed packages (%s)', async (lang, ending) => {
    const chosen = packageFiles.filter((f) => f.endsWith(ending)).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 6)) === 0).slice(0, 6);
    expect(chosen.length).toBeGreaterThan(0);
    for (const file of chosen) await expectShikiTokens(lang, sample(file, 200));
  });

  it.each(MANY_LANGUAGES)('for mixed text read as %s', async (lang) => {
    for (const code of MIXED) await expectShikiTokens(lang, code);
  });

  it('for empty code, blank lines and a lone newline', async () => {
    for (const code of ['', '\n', '\n\n  \n', 'x\n', '\r\n']) await expectShikiTokens('python', code);
  });
});
