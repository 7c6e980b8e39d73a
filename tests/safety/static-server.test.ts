import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/server/static-server.ts';
import { rawGet } from './helpers.ts';

let work: string;
let served: { url: string; server: Server };

const get = (rawPath: string) => rawGet(new URL(served.url).port, rawPath);

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-serve-'));
  mkdirSync(path.join(work, 'site/les'), { recursive: true });
  mkdirSync(path.join(work, 'site-secret'));
  writeFileSync(path.join(work, 'site/index.html'), 'deck list');
  writeFileSync(path.join(work, 'site/les/index.html'), 'deck');
  writeFileSync(path.join(work, 'site/.lesdia-output'), 'marker');
  writeFileSync(path.join(work, 'site-secret/key.txt'), 'SECRET');
  symlinkSync(path.join(work, 'site-secret/key.txt'), path.join(work, 'site/key.txt'));
  symlinkSync(path.join(work, 'site-secret'), path.join(work, 'site/linked'));
  served = await serveStatic(path.join(work, 'site'), '/cursus/');
});
afterAll(() => {
  served.server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves the site under its prefix, and a folder with its index page', async () => {
    expect(await get('/cursus/')).toEqual({ status: 200, body: 'deck list' });
    expect(await get('/cursus/les/')).toEqual({ status: 200, body: 'deck' });
    expect((await get('/cursus/les')).status).toBe(301);
    expect((await get('/elders/')).status).toBe(404);
  });

  it.each([
    '/cursus/..%2fsite-secret/key.txt',
    '/cursus/%2e%2e/site-secret/key.txt',
    '/cursus/../site-secret/key.txt',
    '/cursus/..%5csite-secret%5ckey.txt',
    '/cursus/key.txt',
    '/cursus/linked/key.txt',
    '/cursus/.lesdia-output',
    '/cursus/les/%00',
  ])('never hands out a file from outside the site or a dotfile: %s', async (url) => {
    const { status, body } = await get(url);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(body).not.toContain('SECRET');
    expect(body).not.toContain('marker');
  });

  it('answers a malformed URL with 400 and keeps running', async () => {
    expect((await get('/cursus/%zz')).status).toBe(400);
    expect((await get('/cursus/y%zz.png')).status).toBe(400);
    expect((await get('/cursus/')).status).toBe(200);
  });
});
