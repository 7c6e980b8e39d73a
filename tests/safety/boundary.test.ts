import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeProject, PAGE, RE_STACK, runBin } from './helpers.ts';

// Each case runs the bin several times; on a loaded machine one build alone can take 20 s.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let root: string;
let project: string;
let decoy: string;
let socket: Server | undefined;
beforeEach(() => ({ root, project, decoy } = makeProject()));
afterEach(() => {
  socket?.close();
  socket = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** Every byte written under the project, as text, to search for leaked content. */
function everythingUnder(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'latin1'))
    .join('\n');
}

describe('the project boundary', () => {
  it('skips pages that are links out of the project, folders, FIFOs and sockets, with a warning each, and never hangs', async () => {
    writeFileSync(path.join(decoy, 'geheim.md'), '# GEHEIM-123\n');
    symlinkSync(path.join(decoy, 'geheim.md'), path.join(project, 'slides/passwd.md'));
    mkdirSync(path.join(project, 'slides/map.md'));
    execFileSync('mkfifo', [path.join(project, 'slides/pijp.md')]);
    socket = createServer();
    await new Promise<void>((resolve) => socket?.listen(path.join(project, 'slides/sok.md'), resolve));
    const result = runBin(['build'], project);
    expect(result.status, result.output).toBe(0);
    for (const [name, reason] of [
      ['passwd.md', 'outside the project'],
      ['map.md', 'it is a folder'],
      ['pijp.md', 'named pipe'],
      ['sok.md', 'socket'],
    ]) {
      expect(result.output).toMatch(new RegExp(`slides/${name}:1:1 warning page-skipped: not read as a course page: [^\\n]*${reason}`));
    }
    expect(result.output).not.toMatch(RE_STACK);
    expect(readdirSync(path.join(project, 'dist')).toSorted()).toEqual(['.lesdia-output', '.lesdia-site.json', 'assets', 'index.html', 'les']);
    expect(everythingUnder(path.join(project, 'dist'))).not.toContain('GEHEIM-123');
  });

  it('refuses images that lead out of the project, by a link or by ../, at their line', () => {
    writeFileSync(path.join(decoy, 'secret.png'), 'SECRET-PNG');
    symlinkSync(path.join(decoy, 'secret.png'), path.join(project, 'assets/schema.png'));
    writeFileSync(path.join(project, 'slides/les.md'), `${PAGE('Les')}\n::: section\n### Beeld\n![schema](/_assets/schema.png)\n\n![k](../../decoy/secret.png)\n:::\n`);
    const result = runBin(['build', '--single-file'], project);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/slides\/les\.md:20:1 error image-outside-project/);
    expect(result.output).toMatch(/slides\/les\.md:22:1 error image-outside-project/);
    expect(result.output).not.toMatch(RE_STACK);
    expect(everythingUnder(project)).not.toContain('SECRET-PNG');
  });

  it('never takes the folder above the working directory as the project: cd slides && lesdia build .', () => {
    mkdirSync(path.join(project, '.ssh'));
    writeFileSync(path.join(project, '.ssh/id_rsa'), 'PRIVATE-KEY');
    writeFileSync(path.join(project, 'slides/les.md'), `${PAGE('Les')}\n::: section\n### Sleutel\n![k](../.ssh/id_rsa)\n:::\n`);
    const slides = path.join(project, 'slides');
    const result = runBin(['build', '.', '--out', '../dist'], slides);
    expect(result.output).toContain('image-outside-project');
    expect(everythingUnder(project).split('PRIVATE-KEY')).toHaveLength(2);
  });

  it('shows an image that is a folder as a missing image', () => {
    mkdirSync(path.join(project, 'assets/foto.png'));
    writeFileSync(path.join(project, 'slides/les.md'), `${PAGE('Les')}\n::: section\n### Foto\n![foto](/_assets/foto.png)\n:::\n`);
    const result = runBin(['build'], project);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/les\.md:20:1 warning missing-image/);
    expect(readFileSync(path.join(project, 'dist/les/index.html'), 'utf8')).toContain('image-missing');
  });

  it('warns at invalid UTF-8 and NUL bytes, at their line and column', () => {
    const page = Buffer.concat([Buffer.from('# Titel\n\n::: section\n### Dia\nCaf'), Buffer.from([0xe9]), Buffer.from(' en\nnul:\0!\n:::\n')]);
    writeFileSync(path.join(project, 'slides/les.md'), page);
    const result = runBin(['build'], project);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/les\.md:5:4 warning invalid-utf8/);
    expect(result.output).toMatch(/les\.md:6:5 warning nul-byte/);
  });
});
