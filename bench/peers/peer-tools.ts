import path from 'node:path';
import type { InstalledPeer } from './install-peers.ts';
import type { PeerSyntax } from './peer-decks.ts';

const CHROMIUM = process.env.LESDIA_CHROMIUM ?? '/usr/bin/chromium';

export interface Command {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** How one tool builds a site, where its first slide is, and how it exports a PDF, from a deck folder. */
export interface BenchTool {
  name: string;
  syntax: PeerSyntax;
  /** The deck's file inside its folder. */
  deckFile: (dir: string) => string;
  build: (dir: string, out: string) => Command;
  /** The page of the built site that shows the first slide, relative to `out`. */
  firstPage: string;
  pdf: (dir: string, outFile: string, port: number) => Command;
  /** Where `pdf` writes, given its `outFile`. */
  pdfFile: (dir: string, outFile: string) => string;
}

export function lesdiaTool(root: string): BenchTool {
  const bin = path.join(root, 'bin/lesdia.mjs');
  return {
    name: 'lesdia',
    syntax: 'lesdia',
    deckFile: (dir) => path.join(dir, 'slides/deck.md'),
    build: (dir, out) => ({ command: process.execPath, args: [bin, 'build', path.join(dir, 'slides'), '--out', out], cwd: dir }),
    firstPage: 'deck/',
    pdf: (dir, outFile) => ({ command: process.execPath, args: [bin, 'pdf', path.join(dir, 'slides'), '--out', path.dirname(outFile)], cwd: dir }),
    pdfFile: (_dir, outFile) => path.join(path.dirname(outFile), 'deck.pdf'),
  };
}

export function peerTool(peer: InstalledPeer): BenchTool {
  const node = (cwd: string, ...args: string[]): Command => ({ command: process.execPath, args: [peer.bin, ...args], cwd });
  switch (peer.name) {
    case 'marp':
      return {
        name: `Marp CLI ${peer.version}`,
        syntax: 'marp',
        deckFile: (dir) => path.join(dir, 'deck.md'),
        build: (dir, out) => node(dir, '--no-config-file', 'deck.md', '-o', path.join(out, 'index.html')),
        firstPage: '',
        pdf: (dir, outFile) => node(dir, '--no-config-file', '--pdf', '--browser-path', CHROMIUM, 'deck.md', '-o', outFile),
        pdfFile: (_dir, outFile) => outFile,
      };
    case 'reveal-md':
      return {
        name: `reveal-md ${peer.version}`,
        syntax: 'reveal-md',
        deckFile: (dir) => path.join(dir, 'deck.md'),
        build: (dir, out) => node(dir, 'deck.md', '--static', out),
        firstPage: '',
        // Its print server listens on the loopback address only, on a free port.
        pdf: (dir, outFile, port) =>
          node(dir, 'deck.md', '--print', outFile, '--host', '127.0.0.1', '--port', String(port), '--disable-auto-open', '--puppeteer-chromium-executable', CHROMIUM, `--puppeteer-launch-args=${process.getuid?.() === 0 ? '--no-sandbox ' : ''}--disable-gpu`),
        pdfFile: (_dir, outFile) => outFile,
      };
    case 'slidev':
      return {
        name: `Slidev ${peer.version}`,
        syntax: 'slidev',
        deckFile: (dir) => path.join(dir, 'deck.md'),
        build: (dir, out) => node(dir, 'build', 'deck.md', '--out', out, '--base', './'),
        firstPage: '',
        pdf: (dir, outFile) => node(dir, 'export', 'deck.md', '--output', outFile, '--executable-path', CHROMIUM),
        pdfFile: (_dir, outFile) => outFile,
      };
  }
}
