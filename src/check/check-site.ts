import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { DiagnosticSink, lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DeckFile } from '../project/deck-project.ts';
import { buildSite } from '../vite/build-site.ts';
import type { SiteConfigOptions } from '../vite/vite-config.ts';
import type { Browser } from 'playwright-core';
import { inspectDeck } from './inspect-deck.ts';
import { pageFindings, type PageFinding } from '../protocol/check.ts';
import { receive } from '../protocol/validate.ts';
import { launchChromium } from '../browser/launch-chromium.ts';
import { makeTempFolder } from '../browser/run-temp.ts';
import { serveStatic } from '../server/static-server.ts';

/** The site goes to a fresh temporary folder of its own: nothing there to guard. */
const NO_GUARD = { sources: [], around: [] };

export interface CheckOptions {
  /** The screen to render on; the legibility floor (24 px at 1080 lines) scales with its height. */
  viewport: { width: number; height: number };
}

/**
 * The legibility floor: 24 px on a 1920×1080 screen. On another screen the slide is scaled as a whole
 * (letterboxed on 4:3), so the floor scales with it and the same slide passes or fails alike.
 */
export function legibilityFloor(viewport: { width: number; height: number }): number {
  return 24 * Math.min(viewport.width / 1920, viewport.height / 1080);
}

/**
 * `lesdia check`: builds the decks, opens each in Chromium and walks every slide and build step,
 * reporting overflow, text below the floor, clipped code, missing alt text, broken links, low contrast
 * and slides without notes, each at the markdown line of its block.
 */
export async function checkSite(site: SiteConfigOptions, decks: readonly DeckFile[], options: CheckOptions): Promise<Diagnostic[]> {
  const outDir = makeTempFolder('check');
  let browser: Browser | undefined;
  let served: { url: string; server: Server } | undefined;
  try {
    await buildSite({ ...site, outDir, guard: NO_GUARD });
    served = await serveStatic(outDir, '/');
    browser = await launchChromium();
    const diagnostics: Diagnostic[] = [];
    const page = await browser.newPage({ viewport: options.viewport });
    for (const deck of decks) {
      await page.goto(`${served.url}${encodeURIComponent(deck.slug)}/`);
      await page.locator('.reveal.lesdia-complete').waitFor();
      await page.evaluate(() => document.fonts.ready);
      // esbuild (through tsx) may name functions with a helper the page does not have.
      await page.evaluate('window.__name = window.__name || ((f) => f)');
      const findings = receive(pageFindings, await page.evaluate(inspectDeck, { floorPx: legibilityFloor(options.viewport) }));
      if (!findings.ok) throw new Error(`${deck.displayPath}: the page inspection answered in an unexpected shape (${findings.error})`);
      diagnostics.push(...toDiagnostics(findings.value, deck));
    }
    return diagnostics;
  } finally {
    served?.server.close();
    await browser?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

function toDiagnostics(findings: readonly PageFinding[], deck: DeckFile): Diagnostic[] {
  const sink = new DiagnosticSink(deck.displayPath);
  const lines = readFileSync(deck.file, 'utf8').split('\n');
  for (const finding of findings) {
    const line = Math.max(1, Math.min(finding.line, lines.length));
    const text = lines[line - 1] ?? '';
    sink.report(finding.kind, lineRange(line, 1, Math.max(text.trimEnd().length, 1)), {
      slide: String(finding.slide + 1),
      step: finding.step > 0 ? `, step ${finding.step + 1}` : '',
      detail: finding.detail,
    });
  }
  return sink.diagnostics;
}
