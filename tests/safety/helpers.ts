import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from 'node:http';

export const BIN = path.resolve('bin/lesdia.mjs');

export const PAGE = (title: string) => `---\ntitle: ${title}\n---\n\n# {{ title }}\n\n::: section\n### Eerste dia\nTekst.\n:::\n\n::: section\n### Tweede dia\n- een\n- twee\n:::\n`;

/** A throwaway project: `<tmp>/work/cursus/{slides,assets}` with one page, and `<tmp>/work/decoy/thesis.docx` beside it. */
export function makeProject(): { root: string; project: string; decoy: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lesdia-safety-'));
  const project = path.join(root, 'work/cursus');
  mkdirSync(path.join(project, 'slides'), { recursive: true });
  mkdirSync(path.join(project, 'assets'), { recursive: true });
  writeFileSync(path.join(project, 'slides/les.md'), PAGE('Oud'));
  const decoy = path.join(root, 'work/decoy');
  mkdirSync(decoy, { recursive: true });
  writeFileSync(path.join(decoy, 'thesis.docx'), 'four years of work');
  return { root, project, decoy };
}

export interface BinResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs the lesdia bin as a user would, in `cwd`. */
export function runBin(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): BinResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, signal: result.signal, output: `${result.stdout}${result.stderr}` };
}

/** Starts the bin and resolves when it exits; `kill` ends it with SIGKILL. */
export function startBin(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<BinResult>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, output })));
  return { child, done };
}

/** Every file and link under `dir` with a hash of its content: equal snapshots mean nothing was lost or changed. */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      const stat = lstatSync(full);
      const key = path.relative(dir, full);
      if (stat.isSymbolicLink()) result[key] = `-> ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        result[`${key}/`] = 'dir';
        walk(full);
      } else if (stat.isFile()) result[key] = createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 16);
      else result[key] = 'special';
    }
  };
  walk(dir);
  return result;
}

/** A stack trace line as Node prints it (`    at fn (file:1:2)`). */
export const RE_STACK = /^\s+at .+[:(]/m;

/** A raw GET to 127.0.0.1, so the path reaches the server exactly as written (fetch would normalize `..`). */
export function rawGet(port: number | string, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
