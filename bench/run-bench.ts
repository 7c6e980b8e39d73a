// `npm run bench`: lesdia's performance figures, as medians and ranges of several runs, on the Docker deck
// and on generated decks of 50 to 400 slides. Writes bench/results.json and prints a table with the targets.
// `-- --peers` measures lesdia beside Marp CLI and reveal-md instead (bench/peers/run-peers.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createServer } from 'vite';
import { compileDeck } from '../src/compile.ts';
import { exportPdfs } from '../src/pdf/export-pdf.ts';
import { launchChromium } from '../src/browser/launch-chromium.ts';
import { serveStatic } from '../src/server/static-server.ts';
import { createDeckProject } from '../src/project/deck-project.ts';
import { createImageResolver } from '../src/project/resolve-image.ts';
import { createCodeHighlighter } from '../src/render/code-highlighter.ts';
import { createSiteConfig } from '../src/vite/vite-config.ts';
import { generateDeck } from './generate-deck.ts';
import { PATHOLOGICAL } from './pathological.ts';
import { repeat, sample, type Sample } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.tmp/bench');
const SIZES = [50, 100, 200, 400] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface DeckUnderTest {
  name: string;
  slidesDir: string;
  file: string;
  slides: number;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true });
  const decks = prepareDecks();
  const results: Record<string, unknown> = { machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, runs: RUNS, decks: {} };
  const perDeck = results.decks as Record<string, Record<string, unknown>>;

  const highlighter = await createCodeHighlighter();
  for (const deck of decks) {
    log(`compile ${deck.name}`);
    const text = readFileSync(deck.file, 'utf8');
    let slides = 0;
    const compile = await repeat(RUNS * 2, async () => {
      const started = performance.now();
      const compiled = await compileDeck({ path: deck.file, text }, { highlighter, clientEntry: 'client.ts', resolveImage: createImageResolver({ pageDir: deck.slidesDir, assetsDir: path.join(ROOT, 'assets'), projectDir: path.dirname(deck.slidesDir) }) });
      slides = compiled.deck.slides.length;
      return performance.now() - started;
    });
    deck.slides = slides;
    perDeck[deck.name] = { slides, compileMs: compile, compileMsPerSlide: compile.median / slides };
  }

  for (const deck of decks) {
    log(`build ${deck.name}`);
    const out = path.join(WORK, 'sites', deck.name);
    const wall: number[] = [];
    const rss: number[] = [];
    // The bin bundles lesdia's Node side on first use; that one-time step is not part of a build.
    execFileSync(process.execPath, [path.join(ROOT, 'bin/lesdia.mjs'), '--help'], { cwd: ROOT });
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      const started = performance.now();
      const report = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bench/build-child.mjs'), deck.slidesDir, '--out', out], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop() ?? '{}') as { maxRssMb: number };
      wall.push(performance.now() - started);
      rss.push(report.maxRssMb);
    }
    Object.assign(perDeck[deck.name] ?? {}, { buildMs: sample(wall), buildPeakMb: sample(rss) });
  }

  const browser = await launchChromium();
  try {
    for (const deck of decks) {
      log(`first slide ${deck.name}`);
      Object.assign(perDeck[deck.name] ?? {}, await measureBrowser(browser, path.join(WORK, 'sites', deck.name), deck));
    }
  } finally {
    await browser.close();
  }

  for (const deck of decks.filter((d) => d.name === 'docker-ecosysteem' || d.name === 'generated-200')) {
    log(`pdf ${deck.name}`);
    const project = createDeckProject({ slidesDir: deck.slidesDir });
    const files = await Promise.all(project.listDecks().map(async (file) => ({ file, meta: (await project.compile(file, 'client.ts')).deck.meta })));
    const outDir = path.join(WORK, 'pdf', deck.name);
    mkdirSync(outDir, { recursive: true });
    let pages = 0;
    let bytes = 0;
    const time = await repeat(2, async () => {
      const started = performance.now();
      const [made] = await exportPdfs({ slidesDir: deck.slidesDir }, files, { layout: 'slides', outDir, log: () => undefined });
      pages = made?.pages ?? 0;
      bytes = made?.bytes ?? 0;
      return performance.now() - started;
    });
    Object.assign(perDeck[deck.name] ?? {}, { pdfMs: time, pdfPages: pages, pdfKb: Math.round(bytes / 1024) });
  }

  log('pathological input');
  results.pathological = await measurePathological(highlighter);

  log('hot update docker-ecosysteem');
  Object.assign(perDeck['docker-ecosysteem'] ?? {}, { hotUpdateMs: await measureHotUpdate(decks[0] as DeckUnderTest) });

  writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(perDeck);
  printPathological(results.pathological as Record<string, PathologicalResult>);
}


function prepareDecks(): DeckUnderTest[] {
  const docker = path.join(WORK, 'decks/docker-ecosysteem/slides');
  mkdirSync(docker, { recursive: true });
  cpSync(path.join(ROOT, 'slides/docker-ecosysteem.md'), path.join(docker, 'docker-ecosysteem.md'));
  const decks: DeckUnderTest[] = [{ name: 'docker-ecosysteem', slidesDir: docker, file: path.join(docker, 'docker-ecosysteem.md'), slides: 0 }];
  for (const size of SIZES) {
    const dir = path.join(WORK, `decks/generated-${size}/slides`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `generated-${size}.md`);
    writeFileSync(file, generateDeck(size));
    decks.push({ name: `generated-${size}`, slidesDir: dir, file, slides: 0 });
  }
  return decks;
}

/** First slide visible (reveal ready and painted) and the bytes loaded for it and in total, over several fresh loads. */
async function measureBrowser(browser: Browser, site: string, deck: DeckUnderTest): Promise<Record<string, unknown>> {
  const served = await serveStatic(site, '/');
  try {
    const times: number[] = [];
    let firstSlide = { raw: 0, gzip: 0, fontsRaw: 0 };
    let total = { raw: 0, gzip: 0, fontsRaw: 0 };
    // Run 0 warms Chromium up (a student's browser is already running) and is not counted.
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const loaded: { url: string; at: number }[] = [];
      page.on('requestfinished', (request) => loaded.push({ url: request.url(), at: Date.now() }));
      await page.addInitScript(() => {
        document.addEventListener('ready', () => requestAnimationFrame(() => requestAnimationFrame(() => Object.assign(window, { firstSlideMs: performance.now() }))), { capture: true });
      });
      await page.goto(`${served.url}${path.basename(deck.file, '.md')}/`);
      await page.waitForFunction(() => 'firstSlideMs' in window);
      const visibleAt = Date.now();
      const firstSlideMs = await page.evaluate(() => (window as unknown as { firstSlideMs: number }).firstSlideMs);
      if (run > 0) times.push(firstSlideMs);
      await page.waitForLoadState('networkidle');
      if (run === 0) {
        firstSlide = payload(site, served.url, loaded.filter((entry) => entry.at <= visibleAt).map((entry) => entry.url));
        total = payload(site, served.url, loaded.map((entry) => entry.url));
      }
      await context.close();
    }
    return { firstSlideMs: sample(times), firstSlideKb: kb(firstSlide), totalKb: kb(total) };
  } finally {
    served.server.close();
  }
}

function payload(site: string, base: string, urls: readonly string[]): { raw: number; gzip: number; fontsRaw: number } {
  let raw = 0;
  let gzip = 0;
  let fontsRaw = 0;
  for (const url of new Set(urls)) {
    let file = path.join(site, decodeURIComponent(url.slice(base.length)).split(/[?#]/)[0] ?? '');
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      continue;
    }
    if (/\.(woff2?|ttf)$/.test(file)) fontsRaw += data.length;
    else {
      raw += data.length;
      gzip += gzipSync(data, { level: 9 }).length;
    }
  }
  return { raw, gzip, fontsRaw };
}

function kb({ raw, gzip, fontsRaw }: { raw: number; gzip: number; fontsRaw: number }): Record<string, number> {
  const round = (n: number) => Math.round(n / 102.4) / 10;
  return { raw: round(raw), gzip: round(gzip), fonts: round(fontsRaw), gzipWithFonts: round(gzip + fontsRaw) };
}

/** From saving the page to the changed slide in the DOM, through the dev server's hot update. */
async function measureHotUpdate(deck: DeckUnderTest): Promise<Sample> {
  const project = path.join(WORK, 'hot');
  cpSync(path.dirname(deck.slidesDir), project, { recursive: true });
  const file = path.join(project, 'slides', path.basename(deck.file));
  const port = await freePort();
  const server = await createServer({ ...createSiteConfig({ slidesDir: path.join(project, 'slides'), port }), server: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  await server.listen();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/${path.basename(deck.file, '.md')}/#/docker-container`);
    await page.locator('.reveal.lesdia-complete').waitFor();
    const original = readFileSync(file, 'utf8');
    return await repeat(RUNS, async () => {
      const marker = `Docker Container ${Math.random().toString(36).slice(2, 8)}`;
      const waiting = page.waitForFunction((text) => document.querySelector('section.present h3')?.textContent === text, marker, { polling: 'raf' });
      const started = Date.now();
      writeFileSync(file, original.replace('### Docker Container', `### ${marker}`));
      await waiting;
      return Date.now() - started;
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

interface PathologicalResult {
  megabytes: number;
  /** Median compile time at a quarter, half and the full size. */
  ms: [number, number, number];
  diagnostics: number;
}

/** Each pathological input at ¼, ½ and full size: linear growth doubles the time with the size. */
async function measurePathological(highlighter: Awaited<ReturnType<typeof createCodeHighlighter>>): Promise<Record<string, PathologicalResult>> {
  const out: Record<string, PathologicalResult> = {};
  const options = { highlighter, clientEntry: 'client.ts', resolveImage: () => ({ kind: 'missing' as const, file: 'x' }) };
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const ms: number[] = [];
    let diagnostics = 0;
    for (const scale of [0.25, 0.5, 1]) {
      const text = make(scale);
      const time = await repeat(3, async () => {
        const started = performance.now();
        diagnostics = (await compileDeck({ path: 'x.md', text }, options)).diagnostics.length;
        return performance.now() - started;
      });
      ms.push(time.median);
    }
    out[name] = { megabytes: make(1).length / 1e6, ms: ms as [number, number, number], diagnostics };
  }
  return out;
}

function printPathological(results: Record<string, PathologicalResult>): void {
  console.log('\npathological input      size      ¼ size  ½ size  full    full/½  diagnostics');
  for (const [name, r] of Object.entries(results)) {
    const [quarter, half, full] = r.ms;
    console.log(`${name.padEnd(27)} ${r.megabytes.toFixed(2).padStart(5)} MB  ${quarter.toFixed(0).padStart(5)}  ${half.toFixed(0).padStart(6)}  ${full.toFixed(0).padStart(6)} ms  ×${(full / half).toFixed(2)}   ${r.diagnostics}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function printTable(decks: Record<string, Record<string, unknown>>): void {
  const get = (deck: string, key: string) => decks[deck]?.[key] as Sample | undefined;
  const fmt = (s: Sample | undefined, unit = 'ms', digits = 0) => (s ? `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '–');
  const rows: string[][] = [['deck', 'slides', 'compile', 'per slide', 'build', 'peak MB', 'first slide', 'first-slide KB gz (+fonts)', 'total KB gz']];
  for (const [name, d] of Object.entries(decks)) {
    const first = d.firstSlideKb as Record<string, number> | undefined;
    const total = d.totalKb as Record<string, number> | undefined;
    rows.push([name, String(d.slides), fmt(get(name, 'compileMs')), `${(d.compileMsPerSlide as number).toFixed(2)} ms`, fmt(get(name, 'buildMs')), fmt(get(name, 'buildPeakMb'), 'MB'), fmt(get(name, 'firstSlideMs')), first ? `${first.gzip} (+${first.fonts})` : '–', total ? `${total.gzip} (+${total.fonts})` : '–']);
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
  const ratio = (key: string) => (get('generated-400', key)?.median ?? 0) / (get('generated-200', key)?.median ?? 1);
  console.log('');
  for (const name of ['docker-ecosysteem', 'generated-200']) console.log(`PDF ${name}: ${fmt(get(name, 'pdfMs'))}, ${String(decks[name]?.pdfPages)} pages, ${String(decks[name]?.pdfKb)} KB`);
  console.log(`hot update (save → slide in DOM): ${fmt(get('docker-ecosysteem', 'hotUpdateMs'))}`);
  console.log(`400 / 200 slides: compile ×${ratio('compileMs').toFixed(2)}, build ×${ratio('buildMs').toFixed(2)}`);
}

const peers = process.argv.slice(2).find((arg) => arg === '--peers' || arg.startsWith('--peers='));
if (peers) {
  const { runPeerBench } = await import('./peers/run-peers.ts');
  await runPeerBench({ root: ROOT, slidev: peers === '--peers=all', runs: RUNS, log });
} else {
  await main();
  // The live channel's figures (its own file), added to the same results.
  await import('./live-bench.ts');
}
