import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessRun {
  ms: number;
  /** Highest sum of resident memory over the process and all its descendants (Chromium's included), MiB. */
  peakMb: number;
  status: number;
  output: string;
}

const PAGE_BYTES = 4096;
const SAMPLE_MS = 50;

/** One pass over /proc: parent and resident pages of every process. */
function readProcesses(): Map<number, { ppid: number; rssPages: number }> {
  const table = new Map<number, { ppid: number; rssPages: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rssPages: Number(fields[21]) });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

function treeRssMb(root: number): number {
  const table = readProcesses();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let pages = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    pages += table.get(pid)?.rssPages ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return (pages * PAGE_BYTES) / 1024 / 1024;
}

/**
 * Runs a command to its end: wall time, and the peak memory of its process tree sampled every 50 ms (the
 * same way for every tool, so the figures compare even where sampling misses a short spike).
 */
export async function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakMb = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakMb = Math.max(peakMb, treeRssMb(child.pid));
  }, SAMPLE_MS);
  const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const ms = performance.now() - started;
  clearInterval(sampler);
  clearTimeout(killer);
  return { ms, peakMb, status, output };
}
