import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { clientBundleKey } from '../../src/vite/client-bundle-key.ts';
import { loadClientBundle } from '../../src/vite/client-bundle.ts';
import { buildSite } from '../../src/vite/build-site.ts';
import { createSiteConfig } from '../../src/vite/vite-config.ts';

const FIXTURE = path.resolve('tests/fixtures/project');
const ANNOTATIONS = { format: 'lesdia-annotations', version: 1, slides: { 'een-plaatje': [{ id: 'k3f9x0a1b2', step: 0, tool: 'pen', color: 'red', width: 4, points: [310, 402, 322, 398] }] } };

/** Every file below `dir` with its bytes, but lesdia's marker and stamp (the Vite build writes neither). */
function siteFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.lesdia-')) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file).toString('base64'));
  }
  return files;
}

describe('the site written from the cached client bundle', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-client-bundle-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // With one deck: given several, Vite splits the deck client into a chunk the identical deck pages share,
  // where the written site gives every deck page the same one-deck bundle.
  it('is, file for file and byte for byte, the site `vite build` through the lesdia plugin writes', async () => {
    const project = path.join(work, 'same');
    cpSync(FIXTURE, project, { recursive: true, filter: (source) => !source.includes('node_modules') });
    rmSync(path.join(project, 'slides/beta.md'));
    mkdirSync(path.join(project, 'annotations'));
    writeFileSync(path.join(project, 'annotations/alpha.json'), JSON.stringify(ANNOTATIONS));
    const slidesDir = path.join(project, 'slides');
    await buildSite({ slidesDir, outDir: path.join(project, 'fast') });
    await build({ ...createSiteConfig({ slidesDir, outDir: path.join(project, 'vite') }), logLevel: 'silent' });
    const fast = siteFiles(path.join(project, 'fast'));
    const vite = siteFiles(path.join(project, 'vite'));
    expect([...fast.keys()].toSorted()).toEqual([...vite.keys()].toSorted());
    for (const [file, bytes] of vite) expect(fast.get(file), file).toBe(bytes);
    // The comparison has something to compare: the deck, its image, its drawings and the QR code's chunk.
    expect([...fast.keys()]).toEqual(expect.arrayContaining(['alpha/index.html', 'alpha/media/assets/schema.png']));
    expect([...fast.keys()].some((file) => /^assets\/browser-.*\.js$/.test(file))).toBe(true);
    expect(readFileSync(path.join(project, 'fast/alpha/index.html'), 'utf8')).toContain('id="lesdia-ink"');
  });

  it('adds KaTeX only to a site with formulas, and links it from the decks that have them', async () => {
    const project = path.join(work, 'math');
    mkdirSync(path.join(project, 'slides'), { recursive: true });
    writeFileSync(path.join(project, 'slides/plain.md'), '---\ntitle: Plain\n---\n\n::: section\n### Tekst\nGeen formules.\n:::\n');
    await buildSite({ slidesDir: path.join(project, 'slides'), outDir: path.join(project, 'without') });
    const without = [...siteFiles(path.join(project, 'without')).keys()];
    expect(without.some((file) => file.includes('KaTeX'))).toBe(false);

    writeFileSync(path.join(project, 'slides/math.md'), '---\ntitle: Math\n---\n\n::: section\n### Formule\n$$\\frac{n(n-1)}{2}$$\n:::\n');
    await buildSite({ slidesDir: path.join(project, 'slides'), outDir: path.join(project, 'with') });
    const withMath = [...siteFiles(path.join(project, 'with')).keys()];
    expect(withMath.filter((file) => /KaTeX_.*\.woff2$/.test(file)).length).toBeGreaterThan(10);
    const stylesheets = (page: string) => [...readFileSync(path.join(project, 'with', page), 'utf8').matchAll(/rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
    const katexCss = (page: string) => stylesheets(page).filter((href) => readFileSync(path.join(project, 'with/math', href), 'utf8').includes('KaTeX_Main'));
    expect(katexCss('math/index.html')).toHaveLength(1);
    expect(katexCss('plain/index.html')).toHaveLength(0);
  });
});

describe('the client bundle cache', () => {
  // A copy of lesdia's sources inside the repository, so that its imports of reveal.js still resolve.
  mkdirSync(path.resolve('.tmp'), { recursive: true });
  const copy = mkdtempSync(path.join(path.resolve('.tmp'), 'client-bundle-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('is built once, then read; a changed client source or theme stylesheet builds it anew', async () => {
    cpSync(path.resolve('src'), path.join(copy, 'src'), { recursive: true });
    const entries = { deck: path.join(copy, 'src/client/deck.ts'), index: path.join(copy, 'src/client/index-page.ts') };
    const cacheDir = path.join(copy, 'cache');
    let builds = 0;
    const load = () => loadClientBundle({ cacheDir, entries, onBuild: () => builds++ });
    const css = async () => {
      const bundle = await load();
      return bundle.files.filter((file) => file.endsWith('.css')).map((file) => readFileSync(path.join(bundle.dir, file), 'utf8')).join('\n');
    };

    // Something of someone else's in the cache folder, old and with a dot like a killed build's leftover: kept.
    const foreign = path.join(cacheDir, 'notities.d');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(path.join(foreign, 'les.txt'), 'niet van lesdia');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(foreign, twoHoursAgo, twoHoursAgo);

    expect(await css()).not.toContain('#123457');
    expect(builds).toBe(1);
    await load();
    expect(builds).toBe(1);

    const theme = path.join(copy, 'src/client/theme/deck.css');
    writeFileSync(theme, `${readFileSync(theme, 'utf8')}\n.lesdia-test-mark { color: #123457; }\n`);
    expect(await css()).toContain('#123457');
    expect(builds).toBe(2);

    const client = path.join(copy, 'src/client/review-link.ts');
    writeFileSync(client, `${readFileSync(client, 'utf8')}\nconsole.info('lesdia-test-mark-in-the-client');\n`);
    const bundle = await load();
    expect(builds).toBe(3);
    const scripts = bundle.files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(path.join(bundle.dir, file), 'utf8'));
    expect(scripts.some((text) => text.includes('lesdia-test-mark-in-the-client'))).toBe(true);
    expect(readFileSync(path.join(foreign, 'les.txt'), 'utf8')).toBe('niet van lesdia');
  });

  it('is named after the theme sizes it was built with', () => {
    expect(clientBundleKey('--a: 1px;')).not.toBe(clientBundleKey('--a: 2px;'));
    expect(clientBundleKey('--a: 1px;')).toBe(clientBundleKey('--a: 1px;'));
  });
});
