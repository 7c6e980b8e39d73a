// `npm run bench` (after run-bench.ts): the live channel's delay from the presenter's move to each follower,
// with 1, 10 and 100 followers on loopback, 100 slide changes each, and the server's memory before and
// after. Bounded: every change waits at most 2 s, the whole run at most 3 minutes; 127.0.0.1 only.
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench/results.json');
const FOLLOWERS = [1, 10, 100] as const;
const CHANGES = 100;
/** Under the presenter's rate limit (30 a second): no change is dropped. */
const SPACING_MS = 40;

interface Memory {
  rss: number;
  heapUsed: number;
  connections: number;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const hardStop = setTimeout(() => {
  log('live bench took over 3 minutes; stopped');
  process.exit(1);
}, 180_000);

const child = fork(path.join(ROOT, 'bench/live-server.ts'), [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const ready = await new Promise<{ port: number; presenter: string }>((resolve) => child.once('message', (message) => resolve(message as { port: number; presenter: string })));
const url = `ws://127.0.0.1:${ready.port}/_lesdia/live`;
const memory = () =>
  new Promise<Memory>((resolve) => {
    child.once('message', (message) => resolve((message as { memory: Memory }).memory));
    child.send('memory');
  });

async function join(key?: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const welcomed = new Promise((resolve) => ws.once('message', resolve));
  ws.send(JSON.stringify({ kind: 'live:hello', data: key ? { key } : {} }));
  await welcomed;
  return ws;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(count: number): Promise<Record<string, unknown>> {
  const before = await memory();
  const presenter = await join(ready.presenter);
  const followers = await Promise.all(Array.from({ length: count }, () => join()));
  const delays: number[] = [];
  let lost = 0;
  for (let change = 0; change < CHANGES; change++) {
    const h = (change % 50) + 1;
    const arrived = followers.map(
      (ws) =>
        new Promise<number | undefined>((resolve) => {
          const timer = setTimeout(() => (ws.off('message', onMessage), resolve(undefined)), 2000);
          const onMessage = (raw: WebSocket.RawData) => {
            const message = JSON.parse(String(raw)) as { kind: string; data: { h: number } };
            if (message.kind !== 'deck:state' || message.data.h !== h) return;
            clearTimeout(timer);
            ws.off('message', onMessage);
            resolve(performance.now() - sent);
          };
          ws.on('message', onMessage);
        }),
    );
    const sent = performance.now();
    presenter.send(JSON.stringify({ kind: 'deck:state', data: { deck: 'bench', h, v: 0, f: -1, overview: false, paused: false } }));
    for (const delay of await Promise.all(arrived)) {
      if (delay === undefined) lost++;
      else delays.push(delay);
    }
    await new Promise((resolve) => setTimeout(resolve, SPACING_MS));
  }
  const during = await memory();
  for (const ws of [presenter, ...followers]) ws.terminate();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const after = await memory();
  const sorted = delays.toSorted((a, b) => a - b);
  const result = {
    followers: count,
    changes: CHANGES,
    deliveries: delays.length,
    lost,
    medianMs: Number(percentile(sorted, 50).toFixed(2)),
    p95Ms: Number(percentile(sorted, 95).toFixed(2)),
    maxMs: Number((sorted.at(-1) ?? 0).toFixed(2)),
    serverRssMB: { before: mb(before.rss), connected: mb(during.rss), after: mb(after.rss) },
    serverHeapMB: { before: mb(before.heapUsed), connected: mb(during.heapUsed), after: mb(after.heapUsed) },
  };
  log(`live ${count} follower(s): median ${result.medianMs} ms, p95 ${result.p95Ms} ms, lost ${lost}; server heap ${result.serverHeapMB.before} → ${result.serverHeapMB.connected} → ${result.serverHeapMB.after} MB, rss ${result.serverRssMB.before} → ${result.serverRssMB.connected} MB`);
  return result;
}

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

const live: Record<string, unknown>[] = [];
try {
  for (const count of FOLLOWERS) live.push(await measure(count));
} finally {
  child.send('stop');
  clearTimeout(hardStop);
}
const results = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(RESULTS, `${JSON.stringify({ ...results, live }, null, 2)}\n`);
console.log('\nLive channel (loopback, 100 slide changes; target: median under 200 ms with 100 followers)');
console.log('followers  median ms  p95 ms  lost  server heap MB before → connected → after');
for (const r of live as { followers: number; medianMs: number; p95Ms: number; lost: number; serverHeapMB: { before: number; connected: number; after: number } }[]) {
  console.log(`${String(r.followers).padStart(9)}  ${String(r.medianMs).padStart(9)}  ${String(r.p95Ms).padStart(6)}  ${String(r.lost).padStart(4)}  ${r.serverHeapMB.before} → ${r.serverHeapMB.connected} → ${r.serverHeapMB.after}`);
}
