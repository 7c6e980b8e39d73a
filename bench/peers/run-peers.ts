// `npm run bench -- --peers` (`--peers=all` adds Slidev): lesdia beside Marp CLI and reveal-md in one run, on
// the same decks in their own syntaxes. Each round runs every tool once, in a rotating order, and every
// figure is also given as a ratio to the best peer of the same round, so a busy machine still compares fairly.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, locateChromium } from '../../src/browser/locate-chromium.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { measureFirstSlide } from './first-slide.ts';
import { installPeers, type PeerName } from './install-peers.ts';
import { runMeasured } from './measure-process.ts';
import { PEER_DECK_TITLE, writePeerDeck } from './peer-decks.ts';
import { lesdiaTool, peerTool, type BenchTool, type Command } from './peer-tools.ts';
import { printPeerTable, type Figure } from './print-peer-table.ts';

const SIZES = [6, 200] as const;

export interface PeerBenchOptions {
  root: string;
  slidev: boolean;
  runs: number;
  log: (line: string) => void;
}

export async function runPeerBench({ root, slidev, runs, log }: PeerBenchOptions): Promise<void> {
  const names: PeerName[] = slidev ? ['marp', 'reveal-md', 'slidev'] : ['marp', 'reveal-md'];
  const tools = [lesdiaTool(root), ...installPeers(root, names, log).map(peerTool)];
  const work = path.join(root, '.tmp/bench-peers');
  rmSync(work, { recursive: true, force: true });
  // The bin bundles lesdia's Node side on first use; that one-time step is not part of any figure.
  execFileSync(process.execPath, [path.join(root, 'bin/lesdia.mjs'), '--help'], { cwd: root, stdio: 'ignore' });

  const figures = new Map<string, Figure>();
  const record = (label: string, unit: Figure['unit'], round: number, tool: BenchTool, value: number) => {
    const figure = figures.get(label) ?? { label, unit, rounds: [] };
    figures.set(label, figure);
    (figure.rounds[round] ??= {})[tool.name] = value;
  };
  const deckDir = (tool: BenchTool, slides: number, tag: string) => {
    const dir = path.join(work, 'decks', `${tool.syntax}-${slides}-${tag}`);
    const file = tool.deckFile(dir);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, writePeerDeck(tool.syntax, slides));
    return dir;
  };
  const run = async (what: string, command: Command) => {
    const result = await runMeasured(command.command, command.args, { cwd: command.cwd, ...(command.env ? { env: command.env } : {}) });
    if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.output.slice(-2000)}`);
    return result;
  };

  // Sites built once for the first-slide figures, and as the previous build of a warm rebuild.
  const sites = new Map<string, string>();
  for (const tool of tools) {
    for (const slides of SIZES) {
      const dir = deckDir(tool, slides, 'site');
      const out = path.join(dir, 'site');
      await run(`${tool.name} build`, tool.build(dir, out));
      if (!existsSync(path.join(out, tool.firstPage, tool.firstPage === '' || tool.firstPage.endsWith('/') ? 'index.html' : ''))) throw new Error(`${tool.name}: no page at ${tool.firstPage || 'index.html'}`);
      sites.set(`${tool.name}-${slides}`, dir);
    }
  }

  const pages = new Map<string, number>();
  const browser = await chromium.launch({ executablePath: locateChromium(), headless: true, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const servers = await Promise.all([...sites].map(async ([key, dir]) => [key, await serveStatic(path.join(dir, 'site'), '/')] as const));
  try {
    // A student's browser is already running: one load of each site first, not counted.
    for (const tool of tools) for (const slides of SIZES) await measureFirstSlide(browser, `${served(servers, `${tool.name}-${slides}`)}${tool.firstPage}`, PEER_DECK_TITLE);
    for (let round = 0; round < runs; round++) {
      log(`round ${round + 1} of ${runs}`);
      for (const tool of rotate(tools, round)) {
        for (const slides of SIZES) {
          const cold = await run(`${tool.name} build`, tool.build(deckDir(tool, slides, `cold-${round}`), path.join(work, 'out', `${tool.syntax}-${slides}-${round}`)));
          record(`build, ${slides} slides`, 'ms', round, tool, cold.ms);
          if (slides === 200) record('build peak memory, 200 slides', 'MiB', round, tool, cold.peakMb);
        }
        const warmDir = sites.get(`${tool.name}-200`) as string;
        const warm = await run(`${tool.name} rebuild`, tool.build(warmDir, path.join(warmDir, 'site')));
        record('rebuild after a build, 200 slides', 'ms', round, tool, warm.ms);
        // What a teacher does between builds: one heading edited (a tool that keeps earlier results must redo that page).
        writeFileSync(tool.deckFile(warmDir), writePeerDeck(tool.syntax, 200).replace('Kenmerken 1\n', `Kenmerken 1 (${round + 1})\n`));
        const edited = await run(`${tool.name} rebuild`, tool.build(warmDir, path.join(warmDir, 'site')));
        record('rebuild after a one-line edit, 200 slides', 'ms', round, tool, edited.ms);
        for (const slides of SIZES) record(`first slide visible, ${slides} slides`, 'ms', round, tool, await measureFirstSlide(browser, `${served(servers, `${tool.name}-${slides}`)}${tool.firstPage}`, PEER_DECK_TITLE));
        for (const slides of SIZES) {
          // Large PDFs take long: three rounds of them are enough for a median.
          if (slides === 200 && round >= Math.max(3, Math.ceil(runs / 2))) continue;
          const dir = deckDir(tool, slides, `pdf-${round}`);
          const outFile = path.join(dir, 'pdf', 'deck.pdf');
          mkdirSync(path.dirname(outFile), { recursive: true });
          const made = await run(`${tool.name} pdf`, tool.pdf(dir, outFile, await freePort()));
          const file = tool.pdfFile(dir, outFile);
          if (!existsSync(file)) throw new Error(`${tool.name}: no PDF written at ${file}:\n${made.output.slice(-2000)}`);
          pages.set(`${tool.name}-${slides}`, (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount());
          record(`PDF, ${slides} slides`, 'ms', round, tool, made.ms);
          if (slides === 200) record('PDF peak memory, 200 slides', 'MiB', round, tool, made.peakMb);
          // A teacher who built the site first: lesdia prints from it; the peers have no such path.
          if (slides === 200) record('PDF after a build, 200 slides', 'ms', round, tool, tool.syntax === 'lesdia' ? await pdfAfterBuild(tool, dir) : made.ms);
        }
      }
    }
  } finally {
    for (const [, server] of servers) server.server.close();
    await browser.close();
  }
  const results = { machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, runs, tools: tools.map((tool) => tool.name), pages: Object.fromEntries(pages), figures: [...figures.values()] };
  writeFileSync(path.join(root, 'bench/peers-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printPeerTable(tools.map((tool) => tool.name), [...figures.values()], runs);
  for (const [key, count] of pages) if (!key.endsWith(`-${count}`)) log(`note: ${key} printed ${count} pages`);
}

/** `lesdia build` into a fresh folder, then the measured `lesdia pdf --out` that folder (as `dist/`). */
async function pdfAfterBuild(tool: BenchTool, dir: string): Promise<number> {
  const site = path.join(dir, 'built');
  const built = await runMeasured(...commandArgs(tool.build(dir, site)));
  if (built.status !== 0) throw new Error(`${tool.name} build failed:\n${built.output.slice(-2000)}`);
  const made = await runMeasured(...commandArgs(tool.pdf(dir, path.join(site, 'deck.pdf'), 0)));
  if (made.status !== 0) throw new Error(`${tool.name} pdf failed:\n${made.output.slice(-2000)}`);
  return made.ms;
}

function commandArgs(command: Command): Parameters<typeof runMeasured> {
  return [command.command, command.args, { cwd: command.cwd, ...(command.env ? { env: command.env } : {}) }];
}

function served(servers: readonly (readonly [string, { url: string }])[], key: string): string {
  const found = servers.find(([name]) => name === key);
  if (!found) throw new Error(`no site for ${key}`);
  return found[1].url;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
