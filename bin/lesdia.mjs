#!/usr/bin/env node
// lesdia is written in TypeScript. The bin runs a bundle of its Node side (src/, minus the browser client, plus
// the compiler's packages), rebuilt with rolldown whenever a source file or the lockfile is newer than it: plain
// JavaScript starts several times faster and lighter than transpiling on the fly, and the bundle can never be stale.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
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

// The bundle holds the compiler's packages too: an install that changes them (npm rewrites its lockfiles) rebuilds it.
const installed = ['package-lock.json', 'node_modules/.package-lock.json'].map((file) => path.join(root, file)).filter((file) => existsSync(file));

// The compiler's packages are bundled with lesdia's modules, with everything they import (Node's own modules
// aside): a cold build resolves, reads and compiles far fewer files. Shiki's grammars, themes and inlined wasm
// stay files, each loaded only when a page needs it; every other package (Vite, Playwright...) stays in node_modules.
const BUNDLED = /^(yaml|marked|parse5|katex|shiki\/(core|textmate|langs|engine\/oniguruma|bundle\/full))$/;
const LOADED_ONE_BY_ONE = /^(@shikijs\/(langs|themes)\/|shiki\/wasm$|@shikijs\/engine-oniguruma\/wasm-inlined$)/;
function external(id, importer) {
  if (id.startsWith('.') || path.isAbsolute(id) || id.startsWith('\0')) return false;
  if (isBuiltin(id) || LOADED_ONE_BY_ONE.test(id)) return true;
  // What a bundled package imports is bundled with it; lesdia's own modules bundle only the compiler's packages.
  if (importer !== undefined && !importer.startsWith(path.join(root, 'src') + path.sep)) return false;
  return !BUNDLED.test(id);
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newestSource(path.join(root, 'src')), ...installed.map((file) => statSync(file).mtimeMs))) {
  const { build } = await import('rolldown');
  // Built aside and moved into place, so a second lesdia starting at the same moment never sees half a bundle.
  const staging = `${outDir}.${process.pid}`;
  await build({
    input: entry,
    platform: 'node',
    external,
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
