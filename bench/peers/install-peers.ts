import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type PeerName = 'marp' | 'reveal-md' | 'slidev';

/** Pinned versions: the figures only compare across runs with the same peers. */
const PACKAGES: Record<PeerName, { main: string; version: string; extra: string[]; bin: string }> = {
  marp: { main: '@marp-team/marp-cli', version: '4.5.1', extra: [], bin: 'marp-cli.js' },
  'reveal-md': { main: 'reveal-md', version: '6.1.4', extra: [], bin: 'bin/reveal-md.js' },
  slidev: { main: '@slidev/cli', version: '53.0.0', extra: ['@slidev/theme-default@0.25.0', 'playwright-chromium@1.65.0'], bin: 'bin/slidev.mjs' },
};

export interface InstalledPeer {
  name: PeerName;
  version: string;
  /** Where the peer's package.json lies. */
  dir: string;
  /** The script to run with `node`. */
  bin: string;
}

/**
 * Installs each peer into a folder of its own under node_modules/.cache/lesdia-bench/peers/, outside
 * lesdia's lockfile, once per pinned version. No browser is downloaded: the peers drive Debian's Chromium.
 */
export function installPeers(root: string, names: readonly PeerName[], log: (line: string) => void): InstalledPeer[] {
  return names.map((name) => {
    const spec = PACKAGES[name];
    const prefix = path.join(root, 'node_modules/.cache/lesdia-bench/peers', name);
    const dir = path.join(prefix, 'node_modules', spec.main);
    const manifest = path.join(dir, 'package.json');
    const installed = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;
    if (installed !== spec.version) {
      log(`installing ${spec.main}@${spec.version} into ${path.relative(root, prefix)}`);
      mkdirSync(prefix, { recursive: true });
      writeFileSync(path.join(prefix, 'package.json'), '{ "private": true }\n');
      execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', `${spec.main}@${spec.version}`, ...spec.extra], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
      });
    }
    return { name, version: spec.version, dir, bin: path.join(dir, spec.bin) };
  });
}
