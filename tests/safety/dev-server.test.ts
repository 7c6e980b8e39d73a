import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { makeProject, rawGet, RE_STACK, startBin } from './helpers.ts';

// Each case runs the bin several times; on a loaded machine one build alone can take 20 s.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let root: string;
let project: string;
let decoy: string;
let port: number;
let dev: ReturnType<typeof startBin>;

const get = (rawPath: string) => rawGet(port, rawPath);

beforeAll(async () => {
  ({ root, project, decoy } = makeProject());
  mkdirSync(path.join(project, '.git'));
  writeFileSync(path.join(project, '.git/config'), 'GIT-SECRET');
  writeFileSync(path.join(project, 'id_rsa'), 'KEY-SECRET');
  writeFileSync(path.join(project, 'slides/.env'), 'ENV-SECRET');
  writeFileSync(path.join(project, 'assets/server.key'), 'TLS-SECRET');
  writeFileSync(path.join(project, 'assets/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(project, 'slides/kapot.md'), '::: section\n### Open\n');
  port = await freePort();
  dev = startBin(['dev', '--port', String(port)], project);
  for (let i = 0; i < 200; i++) {
    if (await get('/').then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the dev server did not start: ${await Promise.race([dev.done.then((r) => r.output), new Promise((resolve) => setTimeout(() => resolve('still running'), 100))])}`);
});
afterAll(async () => {
  dev.child.kill('SIGTERM');
  await dev.done;
  rmSync(root, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('serves the deck list (also with a broken page), the decks and the assets', async () => {
    const list = await get('/');
    expect(list.status).toBe(200);
    expect(list.body).not.toMatch(RE_STACK);
    expect((await get('/les/')).status).toBe(200);
    expect((await get('/kapot/')).status).toBe(200);
    expect((await get('/assets/logo.svg')).status).toBe(200);
  });

  it.each(['/.git/config', '/id_rsa', '/slides/.env', '/assets/server.key', `/@fs${decoy}/thesis.docx`, `/@fs${project}/id_rsa`, '/../decoy/thesis.docx', '/%2e%2e/decoy/thesis.docx'])(
    'refuses %s',
    async (url) => {
      const { status, body } = await get(url.replace('${decoy}', decoy));
      expect(body).not.toMatch(/SECRET|four years/);
      expect(body).not.toMatch(RE_STACK);
      expect(status === 200 && body.includes('<html') ? 'an HTML fallback' : status).not.toBe(200);
    },
  );

  it('answers a malformed URL without dying', async () => {
    const bad = await get('/%zz');
    expect(bad.body).not.toMatch(RE_STACK);
    expect((await get('/')).status).toBe(200);
  });
});
