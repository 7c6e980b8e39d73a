// A child process for bench/live-bench.ts: `lesdia present`'s server on 127.0.0.1 over a tiny site, so
// its memory is measured apart from the followers that load it. Talks to its parent over IPC.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSecrets } from '../src/server/live-secrets.ts';
import { startPresentServer } from '../src/server/present-server.ts';

const site = mkdtempSync(path.join(tmpdir(), 'lesdia-live-bench-'));
writeFileSync(path.join(site, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
const secrets = createSecrets();
const server = await startPresentServer({ siteDir: site, secrets, host: '127.0.0.1', port: 0, studentsUrl: (port) => `http://127.0.0.1:${port}/` });

const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed, ...server.channel.stats() };
};
process.on('message', (message: string) => {
  if (message === 'memory') process.send?.({ memory: memory() });
  if (message === 'stop') void server.close().then(() => process.exit(0));
});
process.send?.({ port: server.port, presenter: secrets.presenter });
// Never outlive the bench.
process.on('disconnect', () => process.exit(0));
