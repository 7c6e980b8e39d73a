import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { DeckMeta } from '../model/document-tree.ts';
import type { DeckFile } from '../project/deck-project.ts';
import { siteIsCurrent } from '../project/site-stamp.ts';
import { buildSite } from '../vite/build-site.ts';
import type { SiteConfigOptions } from '../vite/vite-config.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import { REVEAL_LAYOUT } from '../shared/reveal-layout.ts';
import { withTimeout } from '../shared/with-timeout.ts';
import { BrowserFailure } from '../browser/browser-failure.ts';
import type { DevtoolsTab, PdfPaper } from '../browser/devtools-tab.ts';
import { launchPrintBrowser, type PrintBrowser } from '../browser/launch-print-browser.ts';
import { makeTempFolder } from '../browser/run-temp.ts';
import { finishPdf, type PdfBookmark } from './pdf-document.ts';
import { readPdfPages } from './read-pdf-pages.ts';
import { serveStatic } from '../server/static-server.ts';
import { verifyPdf } from './verify-pdf.ts';
import { PRINT_REPORT, printMessage, type PrintLayout, type PrintReady } from '../protocol/print.ts';
import { receive } from '../protocol/validate.ts';

export type PdfLayout = PrintLayout;

export interface PdfExportOptions {
  layout: PdfLayout;
  /** Hand-outs for the teacher: questions printed with their answers. @default false */
  answers?: boolean;
  outDir: string;
  /** Time a slide may take to lay out before the export gives up with a message. @default 5000 */
  slideTimeoutMs?: number;
  /** Progress lines (stderr in the CLI). */
  log: (line: string) => void;
  /** A Chromium already starting (the CLI starts it while it compiles); closed when the export ends. */
  browser?: Promise<PrintBrowser>;
  /** A site built before (`lesdia build`) to print from when its stamp matches `key`, instead of building one. */
  reuseSite?: { dir: string; key: string };
}

export interface PdfExport {
  deck: string;
  file: string;
  pages: number;
  bytes: number;
  seconds: number;
  problems: string[];
  otherFonts: string[];
}

/** The print view is laid out in a window the slides' size. */
export const PRINT_VIEWPORT = { width: REVEAL_LAYOUT.width, height: REVEAL_LAYOUT.height } as const;

const SUFFIX: Record<PdfLayout, string> = { slides: '', steps: '-stappen', handout: '-hand-out', 'handout-3': '-hand-out-3' };

/**
 * `lesdia pdf`: builds the decks as for the web (or takes the site `lesdia build` left, when it is current),
 * opens each in the print view (the same slides and theme), prints it with Chromium, adds metadata and
 * bookmarks, then reads the PDF back to verify it. Chromium starts while the site builds. Every export
 * works in its own temporary folder and server port, so two at once do not collide.
 */
export async function exportPdfs(site: SiteConfigOptions, decks: readonly { file: DeckFile; meta: DeckMeta }[], options: PdfExportOptions): Promise<PdfExport[]> {
  const work = makeTempFolder('pdf');
  const launching = options.browser ?? launchPrintBrowser(PRINT_VIEWPORT);
  // Awaited below; this keeps a failed start from going unhandled while the site builds.
  launching.catch(() => undefined);
  let served: { url: string; server: Server } | undefined;
  try {
    const { reuseSite } = options;
    let siteDir = path.join(work, 'site');
    if (reuseSite && siteIsCurrent(reuseSite.dir, reuseSite.key, decks.map((deck) => deck.file.slug))) {
      siteDir = reuseSite.dir;
      options.log(`printing from the site built in ${path.relative(process.cwd(), siteDir) || '.'}/ (it is current)`);
    } else await buildSite({ ...site, outDir: siteDir, guard: { sources: [], around: [] } });
    served = await serveStatic(siteDir, '/');
    const browser = await launching;
    const tab = await browser.openTab();
    const printed: PrintedDeck[] = [];
    for (const deck of decks) printed.push(await printDeck(tab, served.url, deck, options));
    // Chromium quits (giving back the memory of the laid-out slides) while this process finishes the PDFs.
    const closing = browser.close();
    const results: PdfExport[] = [];
    for (const deck of printed) results.push(await finishDeck(deck, options, work));
    await closing;
    return results;
  } finally {
    served?.server.close();
    await (await launching.catch(() => undefined))?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** A deck as Chromium printed it, before metadata, bookmarks and the read-back check. */
interface PrintedDeck {
  deck: { file: DeckFile; meta: DeckMeta };
  info: PrintReady;
  printed: Uint8Array;
  /** How long laying out and printing took, for the time reported with the PDF. */
  printMs: number;
}

/** How long the deck page may take to load (its scripts, styles and images) before the export gives up. */
const LOAD_TIMEOUT_MS = 30_000;

/** One tab prints every deck of the export, one after another. */
async function printDeck(tab: DevtoolsTab, siteUrl: string, deck: { file: DeckFile; meta: DeckMeta }, options: PdfExportOptions): Promise<PrintedDeck> {
  const started = performance.now();
  const { slug } = deck.file;
  const { ready } = await receivePrintReport(tab, (done, total) => options.log(`${slug}: slide ${done} of ${total} laid out`));
  const url = `${siteUrl}${encodeURIComponent(slug)}/?view=print&layout=${options.layout}${options.answers ? '&answers=1' : ''}`;
  await withTimeout(tab.goto(url), LOAD_TIMEOUT_MS, () => new BrowserFailure(`${slug}: the deck did not load within ${LOAD_TIMEOUT_MS / 1000} s; open it in a browser and look for an image or script that does not load`));
  const counted = await tab.evaluate("document.querySelectorAll('.reveal .slides > section').length").catch(() => 0);
  const slides = typeof counted === 'number' ? counted : 0;
  const allowedMs = 10_000 + (options.slideTimeoutMs ?? 5000) * Math.max(slides, 1);
  const info = await withTimeout(
    ready,
    allowedMs,
    () => new BrowserFailure(`${slug}: the slides did not finish laying out for print within ${Math.round(allowedMs / 1000)} s; open the deck in a browser and look for an image or script that does not load`),
  );
  options.log(`${slug}: printing ${info.pages.length} ${options.layout.startsWith('handout') ? 'slides as hand-outs' : 'pages'}`);
  const printed = await withTimeout(tab.printToPdf(paper(options.layout, deck.meta)), 30_000 + 2_000 * info.pages.length, () => new BrowserFailure(`${slug}: Chromium did not finish printing within the time allowed; try again`));
  return { deck, info, printed, printMs: performance.now() - started };
}

/** Metadata, tags kept, bookmarks; then the PDF read back and verified, and moved into place. */
async function finishDeck({ deck, info, printed, printMs }: PrintedDeck, options: PdfExportOptions, work: string): Promise<PdfExport> {
  const started = performance.now() - printMs;
  const { slug } = deck.file;
  const handout = options.layout.startsWith('handout');
  const firstRead = handout ? await readPdfPages(printed) : undefined;
  const bookmarks = handout && firstRead ? handoutBookmarks(info, firstRead.map((p) => p.text)) : pageBookmarks(info);
  const finished = await finishPdf(printed, { title: deck.meta.title || slug, lang: deck.meta.lang, ...(deck.meta.author ? { author: deck.meta.author } : {}) }, bookmarks);

  const pages = await readPdfPages(finished);
  const verdict = verifyPdf({ pages }, handout ? undefined : info.pages.length);
  const file = path.join(options.outDir, `${slug}${SUFFIX[options.layout]}${options.answers ? '-antwoorden' : ''}.pdf`);
  const staged = path.join(work, path.basename(file));
  writeFileSync(staged, finished);
  renameSync(staged, file);
  return { deck: slug, file, pages: pages.length, bytes: statSync(file).size, seconds: (performance.now() - started) / 1000, ...verdict };
}

/** Slides and steps: a page the slide's size (CSS pixels, 96 an inch); hand-outs: A4 with a footer. */
function paper(layout: PdfLayout, meta: DeckMeta): PdfPaper {
  if (layout === 'slides' || layout === 'steps') return { widthInches: PRINT_VIEWPORT.width / 96, heightInches: PRINT_VIEWPORT.height / 96 };
  const title = escapeHtml(meta.title);
  return {
    widthInches: 210 / 25.4,
    heightInches: 297 / 25.4,
    marginBottomInches: 16 / 25.4,
    footerTemplate: `<div style="width:100%;margin:0 20mm;display:flex;justify-content:space-between;font-size:8.5pt;color:#3f4650"><span>${title}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}

/**
 * Listens to the print view's reports (`protocol/print.ts`), each validated: progress goes to `progress`,
 * and `ready` settles with the `ready` report (or a refused one).
 */
async function receivePrintReport(tab: DevtoolsTab, progress: (done: number, total: number) => void): Promise<{ ready: Promise<PrintReady> }> {
  let resolveReady: (ready: PrintReady) => void = () => {};
  let rejectReady: (error: Error) => void = () => {};
  const ready = new Promise<PrintReady>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  // Handled where it is awaited; this keeps a refusal during navigation from going unhandled meanwhile.
  ready.catch(() => undefined);
  await tab.expose(PRINT_REPORT, (json: string) => {
    const received = json.length > MAX_REPORT_CHARS ? { ok: false as const, error: 'too long' } : receive(printMessage, parseJson(json));
    if (!received.ok) rejectReady(new Error(`the print view sent a malformed report (${received.error})`));
    else if (received.value.type === 'progress') progress(received.value.done, received.value.total);
    else resolveReady(received.value);
  });
  return { ready };
}

/** A report lists every printed page's title and id: a 1,000-slide deck's stays well below this. */
const MAX_REPORT_CHARS = 16 * 1024 * 1024;

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Slides and steps: one page per printed slide, a bookmark where a slide as written begins. */
function pageBookmarks(info: PrintReady): PdfBookmark[] {
  return info.pages.flatMap((entry, page) => (entry.continuation ? [] : [{ title: entry.title, page }]));
}

/**
 * Hand-outs flow, so each slide's page is found by its label (`Dia 3 · Docker vs VM`) in the printed text,
 * spaces left out (a reader may put one between glyphs that sit apart).
 */
function handoutBookmarks(info: PrintReady, pageTexts: readonly string[]): PdfBookmark[] {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const texts = pageTexts.map(squash);
  let from = 0;
  return info.pages.flatMap((entry) => {
    const label = squash(`${entry.slide + 1} · ${entry.title}`);
    const page = texts.findIndex((text, i) => i >= from && text.includes(label));
    if (page === -1) return [];
    from = page;
    return entry.continuation ? [] : [{ title: entry.title, page }];
  });
}
