import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/vite/build-site.ts';
import { themeSizesCss } from '../../src/layout/theme-sizes-css.ts';

describe('vite build through the lesdia plugin', () => {
  let work: string | undefined;
  afterEach(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('fails on a course page with errors, with every error at its line, and writes nothing', async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-vite-build-'));
    mkdirSync(path.join(work, 'slides'));
    writeFileSync(path.join(work, 'slides/kapot.md'), '---\ntitle: Kapot\n---\n\n::: section\n### Nooit gesloten\n');
    const outDir = path.join(work, 'site');
    await expect(buildSite({ slidesDir: path.join(work, 'slides'), outDir })).rejects.toThrow(/kapot\.md:5:1 error unclosed-container/);
    expect(() => readFileSync(path.join(outDir, 'index.html'))).toThrow();
  });

  it('writes the theme sizes from the layout model into the stylesheet', async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-vite-build-'));
    mkdirSync(path.join(work, 'slides'));
    writeFileSync(path.join(work, 'slides/goed.md'), '---\ntitle: Goed\n---\n\n::: section\n### Een dia\nTekst.\n:::\n');
    const outDir = path.join(work, 'site');
    await buildSite({ slidesDir: path.join(work, 'slides'), outDir });
    const html = readFileSync(path.join(outDir, 'goed/index.html'), 'utf8');
    const cssFiles = [...html.matchAll(/href="([^"]+\.css)"/g)].map((m) => path.join(outDir, 'goed', m[1] ?? ''));
    // The theme's stylesheets are written into the page; any other is linked.
    const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    const css = [...cssFiles.map((file) => readFileSync(file, 'utf8')), ...inline].join('\n');
    expect(themeSizesCss()).toContain('--lesdia-code-size: 19px');
    expect(css).toMatch(/--lesdia-code-size:\s*19px/);
    expect(css).toMatch(/font-size:\s*var\(--lesdia-code-size\)/);
  });
});
