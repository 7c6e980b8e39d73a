import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../support/free-port.ts';
import { makeProject, PAGE, RE_STACK, rawGet, runBin, snapshot, startBin } from './helpers.ts';

// Each case runs the bin several times; on a loaded machine one build alone can take 20 s.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let root: string;
let project: string;
beforeEach(() => ({ root, project } = makeProject()));
afterEach(() => {
  chmodSync(project, 0o755);
  rmSync(root, { recursive: true, force: true });
});

/** The site in `dist/` is whole: the deck list, the deck with both slides, the marker; returns its title. */
function siteTitle(out = path.join(project, 'dist')): string {
  const deck = readFileSync(path.join(out, 'les/index.html'), 'utf8');
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('href="les/"');
  expect(deck.match(/<section /g)?.length).toBe(3);
  expect(existsSync(path.join(out, '.lesdia-output'))).toBe(true);
  return /<title>([^<]*)<\/title>/.exec(deck)?.[1] ?? '';
}

/** Starts `lesdia preview` on a free port, reads the deck's title from it over HTTP, and stops it. */
async function previewTitle(): Promise<string> {
  const port = await freePort();
  const run = startBin(['preview', '--port', String(port)], project);
  try {
    for (let tries = 0; tries < 600; tries++) {
      const page = await rawGet(port, '/les/').catch(() => undefined);
      if (page?.status === 200) return /<title>([^<]*)<\/title>/.exec(page.body)?.[1] ?? '';
      if (run.child.exitCode !== null) throw new Error(`preview stopped: ${(await run.done).output}`);
      await sleep(100);
    }
    throw new Error('preview did not answer');
  } finally {
    run.child.kill('SIGKILL');
    await run.done;
  }
}

function leftovers(): string[] {
  return readdirSync(project).filter((name) => name.includes('lesdia'));
}

describe('the output folder', () => {
  it.each([
    [['--out', 'slides'], 'it holds the course pages'],
    [['--out', 'slides/sub'], 'which holds the course pages'],
    [['--out', 'assets'], 'it holds the course pages'],
    [['--out', '.'], 'it holds slides'],
    [['--out', '..'], 'which replacing it would delete'],
    [['--out', '/'], 'root of the file system'],
    [['--out', os.homedir()], 'home folder'],
    [['--out', '../decoy'], 'files lesdia did not make (thesis.docx)'],
    [['--out', 'slides/les.md'], 'which holds the course pages'],
    [['--out='], '--out needs a value'],
    [['--out'], '--out needs a value'],
    [['--out', '--single-file'], '--out needs a value'],
  ])('refuses %j before touching anything, with exit 2 and a reason', (args, reason) => {
    const before = snapshot(path.dirname(project));
    const result = runBin(['build', 'slides', ...args], project);
    expect(result.status).toBe(2);
    expect(result.output).toContain(reason);
    expect(result.output).not.toMatch(RE_STACK);
    expect(snapshot(path.dirname(project))).toEqual(before);
  });

  it('refuses a file, and a folder holding anything lesdia did not make', () => {
    writeFileSync(path.join(project, 'notes.txt'), 'mine');
    expect(runBin(['build', '--out', 'notes.txt'], project).output).toContain('it is a file, not a folder');
    expect(readFileSync(path.join(project, 'notes.txt'), 'utf8')).toBe('mine');
    expect(runBin(['build'], project).status).toBe(0);
    writeFileSync(path.join(project, 'dist/cijfers.xlsx'), 'grades');
    const result = runBin(['build'], project);
    expect(result.status).toBe(2);
    expect(result.output).toContain('files lesdia did not make (cijfers.xlsx)');
    expect(readFileSync(path.join(project, 'dist/cijfers.xlsx'), 'utf8')).toBe('grades');
  });

  it('replaces its own site, also one built before the marker existed (by its generator tag)', () => {
    expect(runBin(['build'], project).status).toBe(0);
    expect(siteTitle()).toBe('Oud');
    rmSync(path.join(project, 'dist/.lesdia-output'));
    writeFileSync(path.join(project, 'slides/les.md'), PAGE('Nieuw'));
    expect(runBin(['build'], project).status).toBe(0);
    expect(siteTitle()).toBe('Nieuw');
    expect(leftovers()).toEqual([]);
  });

  it('builds into an empty folder, and an absent one', () => {
    mkdirSync(path.join(project, 'leeg'));
    expect(runBin(['build', '--out', 'leeg'], project).status).toBe(0);
    expect(siteTitle(path.join(project, 'leeg'))).toBe('Oud');
    expect(runBin(['build', '--out', 'nieuw/site'], project).status).toBe(0);
    expect(siteTitle(path.join(project, 'nieuw/site'))).toBe('Oud');
  });

  it('says so in one sentence when the folder cannot be written', () => {
    chmodSync(project, 0o555);
    // root writes through file modes; /sys refuses even root.
    const result = runBin(['build', ...(process.getuid?.() === 0 ? ['--out', '/sys/lesdia-site'] : [])], project);
    expect(result.status).toBe(2);
    expect(result.output).toContain('permission denied');
    expect(result.output).not.toMatch(RE_STACK);
  });
});

describe('a build killed at any moment', () => {
  it.each(['staged', 'moved-aside', 'swapped'])('leaves the old or the new site whole when killed at %s, and the next build cleans up', async (step) => {
    expect(runBin(['build'], project).status).toBe(0);
    writeFileSync(path.join(project, 'slides/les.md'), PAGE('Nieuw'));
    const killed = runBin(['build'], project, { LESDIA_TEST_KILL_AT: step });
    expect(killed.signal).toBe('SIGKILL');
    if (step === 'moved-aside') {
      // Between the two renames the old site waits, whole, beside dist/; the next lesdia moves it back.
      const aside = leftovers().find((name) => name.includes('previous')) ?? '';
      expect(siteTitle(path.join(project, aside))).toBe('Oud');
      // `lesdia preview` puts it back too, and serves it.
      expect(await previewTitle()).toBe('Oud');
      expect(siteTitle()).toBe('Oud');
      expect(runBin(['build', '--out', 'dist'], project, { LESDIA_TEST_KILL_AT: step }).signal).toBe('SIGKILL');
      // Even a build that stops at an error in the page first puts the old site back.
      writeFileSync(path.join(project, 'slides/les.md'), '::: section\nnooit gesloten\n');
      expect(runBin(['build'], project).status).toBe(1);
      expect(siteTitle()).toBe('Oud');
      writeFileSync(path.join(project, 'slides/les.md'), PAGE('Nieuw'));
    } else {
      expect(siteTitle()).toBe(step === 'staged' ? 'Oud' : 'Nieuw');
    }
    expect(runBin(['build'], project).status).toBe(0);
    expect(siteTitle()).toBe('Nieuw');
    expect(leftovers()).toEqual([]);
  });

  it.each([150, 400, 800])('keeps the old site whole when killed with SIGKILL after %i ms', async (ms) => {
    expect(runBin(['build'], project).status).toBe(0);
    writeFileSync(path.join(project, 'slides/les.md'), PAGE('Nieuw'));
    const run = startBin(['build'], project);
    setTimeout(() => run.child.kill('SIGKILL'), ms);
    const result = await run.done;
    expect(['Oud', 'Nieuw']).toContain(siteTitle());
    expect(result.output).not.toMatch(RE_STACK);
    expect(runBin(['build'], project).status).toBe(0);
    expect(siteTitle()).toBe('Nieuw');
    expect(leftovers()).toEqual([]);
  });

  it('removes the claim on the lock of a build killed while it was taking the lock', () => {
    // A process that has exited: its pid names nobody alive.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(path.join(project, `.dist.lesdia-lock.${dead}`), `${dead}\n`);
    expect(runBin(['build'], project).status).toBe(0);
    expect(siteTitle()).toBe('Oud');
    expect(leftovers()).toEqual([]);
  });

  it('lets a second build into the same folder wait for the first', async () => {
    // The first build holds the lock, paused before its swap, until the second one says it waits.
    const resume = path.join(root, 'resume');
    const first = startBin(['build'], project, { LESDIA_TEST_PAUSE_AT: 'staged', LESDIA_TEST_RESUME: resume });
    while (!existsSync(path.join(project, '.dist.lesdia-lock'))) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = startBin(['build'], project);
    let output = '';
    second.child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    while (!output.includes('waiting for it to finish') && second.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(resume, '');
    const results = await Promise.all([first.done, second.done]);
    for (const result of results) {
      expect(result.status, result.output).toBe(0);
      expect(result.output).not.toMatch(RE_STACK);
    }
    expect(results.some((result) => result.output.includes('waiting for it to finish'))).toBe(true);
    expect(siteTitle()).toBe('Oud');
    expect(leftovers()).toEqual([]);
  });
});

describe('what reaches the user', () => {
  it('never a stack trace: an internal error is one line saying it is lesdia’s fault', () => {
    const result = runBin(['build'], project, { LESDIA_TEST_CRASH: '1' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('internal error');
    expect(result.output).toContain('LESDIA_DEBUG=1');
    expect(result.output).not.toMatch(RE_STACK);
    expect(runBin(['build'], project, { LESDIA_TEST_CRASH: '1', LESDIA_DEBUG: '1' }).output).toMatch(RE_STACK);
  });
});
