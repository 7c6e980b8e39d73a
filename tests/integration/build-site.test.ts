import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const FIXTURE = path.resolve('tests/fixtures/project');
/** Strings that only Shiki's, marked's or KaTeX's code contains. */
const FORBIDDEN_IN_BROWSER = ['markedjs', 'vscode-textmate', 'shiki', 'onig', 'KaTeX parse error'];

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('lesdia build on a project folder', () => {
  let work: string;
  let out: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-build-'));
    cpSync(FIXTURE, work, { recursive: true });
    out = path.join(work, 'site');
    expect(await main(['build', path.join(work, 'slides'), '--out', out])).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes an index page and one page per deck, with the images beside them', () => {
    for (const file of ['index.html', 'alpha/index.html', 'beta/index.html', 'alpha/media/assets/schema.png']) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="alpha/"');
    expect(index).toContain('href="beta/"');
  });

  it('puts the slides in the page, so the first slide needs no script to exist', () => {
    const alpha = readFileSync(path.join(out, 'alpha/index.html'), 'utf8');
    expect(alpha.match(/<section /g)).toHaveLength(2);
    expect(alpha).toContain('<html lang="nl"');
    expect(readFileSync(path.join(out, 'beta/index.html'), 'utf8')).toContain('<html lang="en"');
  });

  it('writes the theme\'s stylesheets into each deck page, their fonts named from the page\'s folder', () => {
    const alpha = readFileSync(path.join(out, 'alpha/index.html'), 'utf8');
    expect(alpha).not.toMatch(/<link rel="stylesheet"/);
    expect(alpha).toContain('--lesdia-');
    const fonts = [...alpha.matchAll(/url\(["']?(\.\.\/assets\/[^"')]+)/g)].map((m) => m[1] ?? '');
    expect(fonts.some((font) => font.includes('atkinson-hyperlegible'))).toBe(true);
    for (const font of fonts) expect(existsSync(path.join(out, 'alpha', font)), font).toBe(true);
    expect(alpha).not.toMatch(/url\(["']?\.\/[^"')]*\.woff2/);
  });

  it('uses only relative URLs, so the site works under any sub-path', () => {
    for (const file of filesBelow(out).filter((f) => f.endsWith('.html') || f.endsWith('.css'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/(?:src|href)="\/(?!\/)/);
      expect(text, file).not.toMatch(/url\(\/(?!\/)/);
    }
  });

  it('ships no Shiki or marked code to the browser', () => {
    const chunks = filesBelow(out).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const text = readFileSync(chunk, 'utf8');
      for (const needle of FORBIDDEN_IN_BROWSER) expect(text.includes(needle), `${needle} in ${path.basename(chunk)}`).toBe(false);
    }
  });

  it('would notice marked or Shiki if they were bundled (the check above can fail)', () => {
    expect(readFileSync(path.resolve('node_modules/marked/lib/marked.esm.js'), 'utf8')).toContain('markedjs');
    expect(readFileSync(path.resolve('node_modules/reveal.js/dist/plugin/notes.mjs'), 'utf8')).toContain('markedjs');
    expect(readFileSync(path.resolve('node_modules/katex/dist/katex.mjs'), 'utf8')).toContain('KaTeX parse error');
  });

  it('refuses to build a page with errors and leaves the previous site intact', async () => {
    const before = readFileSync(path.join(out, 'alpha/index.html'), 'utf8');
    writeFileSync(path.join(work, 'slides/broken.md'), '::: section\n# Kapot\n');
    try {
      expect(await main(['build', path.join(work, 'slides'), '--out', out])).toBe(1);
      expect(readFileSync(path.join(out, 'alpha/index.html'), 'utf8')).toBe(before);
      expect(existsSync(path.join(out, 'broken'))).toBe(false);
    } finally {
      rmSync(path.join(work, 'slides/broken.md'));
    }
  });

  it('--single-file writes one self-contained page per deck, and refuses remote resources', async () => {
    const single = path.join(work, 'single');
    expect(await main(['build', path.join(work, 'slides'), '--single-file', '--out', single])).toBe(0);
    expect(readdirSync(single).toSorted()).toEqual(['.lesdia-output', 'alpha.html', 'beta.html']);
    const alpha = readFileSync(path.join(single, 'alpha.html'), 'utf8');
    expect(alpha).toContain('src="data:image/png;base64,');
    expect(alpha).toMatch(/<script type="module">/);
    expect(alpha).toContain('font/woff2;base64,');
    expect(alpha).not.toMatch(/(?:src|href)="(?!data:|#|\?|https:\/\/www\.youtube)[^"]*\.(?:js|css|woff2|png)"/);

    writeFileSync(path.join(work, 'slides/remote.md'), '::: section\n![Logo](https://example.org/logo.png)\n:::\n');
    try {
      expect(await main(['build', path.join(work, 'slides'), '--single-file', '--out', single])).toBe(1);
    } finally {
      rmSync(path.join(work, 'slides/remote.md'));
    }
  });

  it('never writes into the slides folder', () => {
    expect(readdirSync(path.join(work, 'slides')).toSorted()).toEqual(['alpha.md', 'beta.md']);
  });

  it('answers a usage error with exit status 2', async () => {
    expect(await main(['build', path.join(work, 'nowhere.md')])).toBe(2);
    expect(await main(['frobnicate'])).toBe(2);
  });
});
