import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeProject, RE_STACK, runBin, startBin } from './helpers.ts';

// Each case runs the bin several times; on a loaded machine one build alone can take 20 s.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let root: string;
let project: string;
let tmp: string;
beforeEach(() => {
  ({ root, project } = makeProject());
  tmp = path.join(root, 'tmp');
  mkdirSync(tmp);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const runFolders = () => readdirSync(tmp).filter((name) => name.startsWith('lesdia-run-'));

async function until(test: () => boolean, ms = 90_000): Promise<void> {
  for (const started = Date.now(); !test(); ) {
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Chromium running with its profile inside this run's folder (it holds the profile's lock). */
const hasProfile = () =>
  runFolders().some((name) => readdirSync(path.join(tmp, name)).some((entry) => entry.startsWith('chromium-profile-') && lstatSync(path.join(tmp, name, entry, 'SingletonLock'), { throwIfNoEntry: false }) !== undefined));

/** Processes whose command line names this test's temporary folder: a Chromium lesdia left running. */
function browsersLeft(): number {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(tmp);
      } catch {
        return false;
      }
    }).length;
}

describe('Chromium and temporary files', () => {
  it.each([
    ['/nonexistent/chromium', 'which does not exist'],
    ['/etc', 'not an executable file'],
    ['/bin/true', 'could not start Chromium at /bin/true (from LESDIA_CHROMIUM)'],
  ])('an explicit LESDIA_CHROMIUM=%s that is no browser is an error that says so', (chromium, message) => {
    const result = runBin(['check'], project, { LESDIA_CHROMIUM: chromium, TMPDIR: tmp });
    expect(result.status).toBe(2);
    expect(result.output).toContain(message);
    expect(result.output).not.toMatch(RE_STACK);
    expect(runFolders()).toEqual([]);
  });

  it('removes its temporary site and Chromium profile on SIGTERM', async () => {
    const run = startBin(['pdf'], project, { TMPDIR: tmp });
    await until(hasProfile);
    expect(browsersLeft()).toBeGreaterThan(0);
    run.child.kill('SIGTERM');
    await run.done;
    expect(runFolders()).toEqual([]);
    expect(browsersLeft()).toBe(0);
  });

  it('removes the folders of a run killed with SIGKILL on the next run, and its own when done', async () => {
    const run = startBin(['pdf'], project, { TMPDIR: tmp });
    await until(hasProfile);
    run.child.kill('SIGKILL');
    await run.done;
    const [left] = runFolders();
    expect(left).toBeDefined();
    const result = runBin(['pdf'], project, { TMPDIR: tmp });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(path.join(tmp, left ?? ''))).toBe(false);
    expect(runFolders()).toEqual([]);
    expect(browsersLeft()).toBe(0);
    expect(readdirSync(path.join(project, 'dist'))).toContain('les.pdf');
  });
});
