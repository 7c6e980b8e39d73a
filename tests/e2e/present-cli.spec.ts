import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDevice, position, waitLive } from './live-helpers.ts';


interface Urls {
  presenter: string;
  students: string;
  remote: string;
}

/** `lesdia present FILE --json` as a teacher runs it; resolves with the one JSON line it prints. */
function present(file: string, port: number): { child: ChildProcess; urls: Promise<Urls> } {
  const child = spawn(process.execPath, ['bin/lesdia.mjs', 'present', file, '--host', '127.0.0.1', '--port', String(port), '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const urls = new Promise<Urls>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as Urls);
    });
    child.on('exit', (code) => reject(new Error(`lesdia present exited with ${code}`)));
  });
  return { child, urls };
}

test('lesdia present prints three links; a killed and restarted server is rejoined by presenter and students', async ({ browser }) => {
  test.setTimeout(120_000);
  const project = mkdtempSync(path.resolve('.tmp/present-'));
  cpSync(path.resolve('tests/fixtures/present'), project, { recursive: true });
  const file = path.join(project, 'slides/meedoen.md');
  let run = present(file, 0);
  try {
    const urls = await run.urls;
    const port = Number(new URL(urls.students).port);
    expect(urls.presenter).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/meedoen\/\?key=[\w-]{16,}$/);
    expect(urls.students).toBe(`http://127.0.0.1:${port}/meedoen/`);
    expect(urls.remote).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/meedoen\/\?view=remote&key=[\w-]{16,}$/);
    expect(new URL(urls.remote).searchParams.get('key')).not.toBe(new URL(urls.presenter).searchParams.get('key'));
    // Only the site and the channel answer.
    expect((await fetch(`http://127.0.0.1:${port}/../secrets.json`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/meedoen/`, { method: 'POST' })).status).toBe(403);

    const presenter = await openDevice(browser, urls.presenter);
    const student = await openDevice(browser, urls.students);
    await waitLive(presenter);
    await waitLive(student);
    // `join: qr`: the title slide carries the students' code and address.
    await expect(presenter.locator('section.title-slide .join-qr figcaption')).toContainText(`127.0.0.1:${port}/meedoen`);
    await expect(presenter.locator('section.title-slide .join-qr svg')).toBeVisible();
    await presenter.screenshot({ path: '.tmp/screenshots/present-title-join.png' });
    // Q shows it large over any slide.
    await presenter.keyboard.press('q');
    await expect(presenter.locator('dialog.join-code .join-code-url')).toHaveText(`127.0.0.1:${port}/meedoen`);
    await presenter.screenshot({ path: '.tmp/screenshots/present-join-code.png' });
    await presenter.keyboard.press('q');
    await expect(presenter.locator('dialog.join-code')).toHaveCount(0);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => position(student)).toBe(await position(presenter));

    run.child.kill('SIGKILL');
    await expect(student.locator('.live-status')).toHaveAttribute('data-status', /offline|connecting/);
    run = present(file, port);
    await run.urls;
    await waitLive(presenter);
    await waitLive(student);
    await presenter.keyboard.press('ArrowRight');
    const moved = await position(presenter);
    expect(moved).not.toBe('1/-1');
    await expect.poll(() => position(student)).toBe(moved);
    // A student who opens the link now lands where the presenter is.
    const late = await openDevice(browser, urls.students);
    await expect.poll(() => position(late)).toBe(moved);
  } finally {
    run.child.kill('SIGKILL');
    rmSync(project, { recursive: true, force: true });
  }
});
