#!/usr/bin/env node
// lesdia is written in TypeScript. The bin runs a bundle of its Node side (src/, minus the browser client),
// rebuilt with rolldown whenever a source file is newer than it: plain JavaScript starts several times
// faster and lighter than transpiling on the fly, and the bundle can never be stale.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The last line of defence: an error nothing else caught (a server callback, a failed bundle) prints one
// line, not a stack trace; LESDIA_DEBUG=1 shows the stack.
function crash(error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`lesdia: internal error: ${message}`);
  console.error(process.env.LESDIA_DEBUG === '1' ? (error?.stack ?? '') : 'This is a bug in lesdia, not in your pages. Please report it with the command you ran and the output of the same command run with LESDIA_DEBUG=1.');
  process.exit(1);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/cli/main.ts');
// Its own folder in lesdia's cache: rebuilding it replaces the folder, and the client bundle lives beside it.
const outDir = path.join(root, 'node_modules/.cache/lesdia/cli');
const bundle = path.join(outDir, 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (item.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(path.join(root, 'src'))) {
  const { build } = await import('rolldown');
  // Built aside and moved into place, so a second lesdia starting at the same moment never sees half a bundle.
  const staging = `${outDir}.${process.pid}`;
  await build({
    input: entry,
    platform: 'node',
    // Packages stay in node_modules; only lesdia's own modules are bundled.
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
    // Each command is a chunk of its own, loaded only when it runs.
    output: { dir: staging, entryFileNames: 'cli.mjs', chunkFileNames: '[name]-[hash].mjs', format: 'esm', sourcemap: true },
    logLevel: 'warn',
  });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  try {
    renameSync(staging, outDir);
  } catch {
    // Another lesdia put a fresh bundle in place first; use that one.
    rmSync(staging, { recursive: true, force: true });
  }
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
