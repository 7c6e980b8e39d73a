import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { mathStylesheet } from '../emit/emit-deck-page.ts';
import { LESDIA_ROOT } from '../project/lesdia-paths.ts';
import { DECK_CLIENT, INDEX_CLIENT } from './client-entries.ts';
import { clientBundleKey, inputsDigest } from './client-bundle-key.ts';
import { mathFontsPlugin } from './math-fonts-plugin.ts';
import { themeSizesPlugin } from './theme-sizes-plugin.ts';

/** The kinds of page a site has: the deck list, a deck, and the stylesheet a deck with formulas adds. */
export type ClientPage = 'index' | 'deck' | 'math';

/** What Vite made of one kind of page: the tags it put into the head, and every file those tags need. */
export interface ClientPageBundle {
  /** Vite's `<script>`/`<link>` tags, with URLs relative to a page one folder below the site's root. */
  head: string;
  /** Paths relative to the bundle's folder (`assets/…`), everything the page loads at once or later. */
  files: string[];
}

/** lesdia's browser side, built once per version of its sources into a cache, and copied into each site. */
export interface ClientBundle {
  /** The folder the files are in. */
  dir: string;
  pages: Record<ClientPage, ClientPageBundle>;
  /** Every file of the bundle, relative to `dir`. */
  files: string[];
}

interface BundleRecord {
  /** The files Vite read (modules, stylesheets, fonts), and one digest of their content. */
  inputs: string[];
  digest: string;
  pages: Record<ClientPage, ClientPageBundle>;
  files: string[];
}

export interface ClientBundleOptions {
  /** @default lesdia's `node_modules/.cache/lesdia/client` */
  cacheDir?: string;
  /** The client's entries; tests build a copy of the client. @default the client in `src/client/` */
  entries?: { deck: string; index: string };
  /** Told when the bundle is built anew instead of read from the cache. */
  onBuild?: () => void;
}

const RECORD = 'bundle.json';
/** The template pages sit where deck pages do (one folder down), so their URLs are the sites' URLs. */
const TEMPLATE_PAGES: Record<ClientPage, string> = { index: 'index.html', deck: 'deck/index.html', math: 'math/index.html' };
/** Bundles of older sources kept beside the current one, for another lesdia still running from them. */
const KEEP_OLD = 3;
/** A bundle's folder (`KEY-WHERE`: 24 and 8 hex digits) or one made beside it while building (`KEY-WHERE.…`). */
const RE_BUNDLE_NAME = /^[0-9a-f]{24}-[0-9a-f]{8}(?:\.|$)/;

/**
 * The browser client (reveal.js, lesdia's client, the theme's stylesheets and fonts) does not depend on
 * any deck, so it is built with Vite once and kept in the cache, named after what builds it and checked
 * against the content of every file it was built from: a changed client source, stylesheet, font or
 * dependency builds it anew. The cache is written beside its place and renamed into it, so a killed or a
 * simultaneous build never leaves half a bundle to be read.
 */
export async function loadClientBundle(options: ClientBundleOptions = {}): Promise<ClientBundle> {
  const cacheDir = options.cacheDir ?? path.join(LESDIA_ROOT, 'node_modules/.cache/lesdia/client');
  const entries = options.entries ?? { deck: DECK_CLIENT, index: INDEX_CLIENT };
  const where = createHash('sha256').update(`${entries.deck}\n${entries.index}`).digest('hex').slice(0, 8);
  const dir = path.join(cacheDir, `${clientBundleKey()}-${where}`);
  const cached = readRecord(dir);
  if (cached && inputsDigest(cached.inputs) === cached.digest) return { dir, pages: cached.pages, files: cached.files };
  options.onBuild?.();
  mkdirSync(cacheDir, { recursive: true });
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  try {
    const record = await buildClient(staging, entries);
    writeFileSync(path.join(staging, RECORD), `${JSON.stringify(record, null, 1)}\n`);
    // A stale bundle of the same name is moved aside first; the new one then takes its place in one rename.
    if (existsSync(dir)) renameSync(dir, `${dir}.stale.${process.pid}.${Date.now()}`);
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another lesdia put the same bundle in place meanwhile: use that one.
      if (!readRecord(dir)) throw error;
    }
    pruneCache(cacheDir, dir);
    const { pages, files } = readRecord(dir) as BundleRecord;
    return { dir, pages, files };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function readRecord(dir: string): BundleRecord | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, RECORD), 'utf8')) as BundleRecord;
  } catch {
    return undefined;
  }
}

/** Keeps the newest few bundles besides the current one, and removes what killed builds left. */
function pruneCache(cacheDir: string, current: string): void {
  const others = readdirSync(cacheDir)
    // Only what loadClientBundle names (KEY-WHERE, and its staging, stale and pages folders): nothing else is touched.
    .filter((name) => RE_BUNDLE_NAME.test(name))
    .map((name) => path.join(cacheDir, name))
    .filter((dir) => dir !== current)
    .flatMap((dir) => {
      // Another lesdia may have removed it meanwhile.
      const time = statSync(dir, { throwIfNoEntry: false })?.mtimeMs;
      return time === undefined ? [] : [{ dir, time }];
    })
    .toSorted((a, b) => b.time - a.time);
  const hour = 60 * 60 * 1000;
  others.forEach(({ dir, time }, i) => {
    const unfinished = path.basename(dir).includes('.');
    if ((unfinished && Date.now() - time > hour) || (!unfinished && i >= KEEP_OLD)) rmSync(dir, { recursive: true, force: true });
  });
}

async function buildClient(outDir: string, entries: { deck: string; index: string }): Promise<BundleRecord> {
  const { build } = await import('vite');
  // Virtual pages, never written: the root only gives them their place, beside the output.
  const root = `${outDir}.pages`;
  const html: Record<ClientPage, string> = {
    index: templatePage(`<script type="module" src="${entries.index}"></script>`),
    deck: templatePage(`<script type="module" src="${entries.deck}"></script>`),
    math: templatePage(`<link rel="stylesheet" href="${mathStylesheet(entries.deck)}">`),
  };
  const inputs = new Set<string>();
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [templatePagesPlugin(root, html, inputs), themeSizesPlugin(), mathFontsPlugin()],
    css: { transformer: 'lightningcss' },
    // Built once per version of lesdia: how long its plugins took is nothing to tell a teacher about.
    build: { outDir, emptyOutDir: false, reportCompressedSize: false, rollupOptions: { checks: { bundlerTimings: false } } },
  });
  const pages = {} as Record<ClientPage, ClientPageBundle>;
  for (const [page, file] of Object.entries(TEMPLATE_PAGES) as [ClientPage, string][]) {
    const built = readFileSync(path.join(outDir, file), 'utf8');
    pages[page] = { head: headTags(built), files: filesNeeded(outDir, file) };
    rmSync(path.join(outDir, file));
  }
  for (const page of ['deck', 'math']) rmSync(path.join(outDir, page), { recursive: true, force: true });
  // KaTeX's stylesheet is read by the math-fonts plugin, not as a module.
  inputs.add(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));
  const sources = [...inputs].toSorted();
  const files = readdirSync(path.join(outDir, 'assets'))
    .toSorted()
    .map((name) => `assets/${name}`);
  return { inputs: sources, digest: inputsDigest(sources), pages, files };
}

function templatePage(tag: string): string {
  return `<!doctype html>\n<html>\n<head>\n${tag}\n</head>\n<body>\n</body>\n</html>\n`;
}

/** What Vite put between `<head>` and `</head>` of a template page (the page's own tag removed). */
function headTags(html: string): string {
  const start = html.indexOf('<head>') + '<head>\n'.length;
  return html.slice(start, html.indexOf('</head>'));
}

const RE_REFERENCE = /(?:src|href)="([^"]+)"|url\(["']?([^"')]+)["']?\)|["'`(/]([\w.-]+\.(?:js|css|woff2?|ttf|svg|png))["'`)]/g;

/**
 * The files a page needs: those its HTML names, and those they name in turn (chunks, stylesheets, fonts),
 * found by their names in the text of each file.
 */
function filesNeeded(outDir: string, page: string): string[] {
  const assets = new Set(readdirSync(path.join(outDir, 'assets')));
  const needed = new Set<string>();
  const visit = (text: string) => {
    for (const match of text.matchAll(RE_REFERENCE)) {
      const name = path.posix.basename(match[1] ?? match[2] ?? match[3] ?? '');
      if (!assets.has(name) || needed.has(name)) continue;
      needed.add(name);
      if (/\.(?:js|css)$/.test(name)) visit(readFileSync(path.join(outDir, 'assets', name), 'utf8'));
    }
  };
  visit(readFileSync(path.join(outDir, page), 'utf8'));
  return [...needed].toSorted().map((name) => `assets/${name}`);
}

/** The template pages as virtual entries, and a record of every file on disk the build read. */
function templatePagesPlugin(root: string, html: Record<ClientPage, string>, inputs: Set<string>): Plugin {
  const byId = new Map((Object.entries(TEMPLATE_PAGES) as [ClientPage, string][]).map(([page, file]) => [path.join(root, file), html[page]]));
  return {
    name: 'lesdia:client-bundle',
    config: () => ({ root, base: './', appType: 'custom', build: { rollupOptions: { input: [...byId.keys()] } } }),
    resolveId: (id) => (byId.has(id) ? id : byId.has(path.join(root, id)) ? path.join(root, id) : undefined),
    load: (id) => byId.get(id),
    generateBundle(_options, bundle) {
      const record = (id: string) => {
        const file = id.replace(/[?#].*$/, '');
        if (path.isAbsolute(file) && !byId.has(file) && existsSync(file)) inputs.add(file);
      };
      for (const id of this.getModuleIds()) record(id);
      for (const output of Object.values(bundle)) if (output.type === 'asset') for (const original of output.originalFileNames) record(path.resolve(root, original));
    },
  };
}
