import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lesdiaCodeDigest, openCompiledDeckCache, recordingResolver, type CompileInput } from '../../src/project/compiled-deck-cache.ts';
import { createDeckProject } from '../../src/project/deck-project.ts';
import { compileText, fakeImages } from '../support/compile-text.ts';

const FIXTURE = path.resolve('tests/fixtures/project');

describe('compiled decks kept between runs', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-deck-cache-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reads a result back only for the same page, options and image answers', async () => {
    const project = path.join(work, 'unit');
    const input: CompileInput = { displayPath: 'slides/a.md', text: '---\ntitle: A\n---\n\n::: section\n### Een\n![x](/_assets/present.png)\n:::\n', invalidUtf8: false, clientEntry: '/client.ts', singleFile: false };
    const images = recordingResolver(fakeImages);
    const compiled = await compileText(input.text, input.displayPath);
    images.resolve('/_assets/present.png');
    openCompiledDeckCache(project).write('/p/slides/a.md', input, images.images, compiled);

    const cache = openCompiledDeckCache(project);
    expect(cache.read('/p/slides/a.md', input, fakeImages)).toStrictEqual(compiled);
    for (const changed of [{ text: `${input.text}\nmeer` }, { displayPath: 'a.md' }, { clientEntry: '/other.ts' }, { singleFile: true }, { invalidUtf8: true }]) {
      expect(cache.read('/p/slides/a.md', { ...input, ...changed }, fakeImages), JSON.stringify(changed)).toBeUndefined();
    }
    expect(cache.read('/p/slides/b.md', input, fakeImages)).toBeUndefined();
    expect(cache.read('/p/slides/a.md', input, (src) => ({ kind: 'missing', file: src }))).toBeUndefined();
  });

  it('notices an image that is gone, and one that is back, as a fresh compile would', async () => {
    const project = path.join(work, 'images');
    cpSync(FIXTURE, project, { recursive: true, filter: (source) => !source.includes('node_modules') });
    const slidesDir = path.join(project, 'slides');
    const compileAlpha = async () => {
      const decks = createDeckProject({ slidesDir });
      return decks.compile(decks.findDeck('alpha') ?? expect.unreachable(), '/client.ts');
    };
    const missing = (compiled: Awaited<ReturnType<typeof compileAlpha>>) => compiled.diagnostics.filter((d) => d.code === 'missing-image').length;
    const first = await compileAlpha();
    expect(missing(first)).toBe(0);
    expect(readdirSync(path.join(project, 'node_modules/.cache/lesdia/decks'))).toHaveLength(1);
    expect(await compileAlpha()).toStrictEqual(first);

    renameSync(path.join(project, 'assets/schema.png'), path.join(project, 'assets/schema.bak'));
    expect(missing(await compileAlpha())).toBe(1);
    renameSync(path.join(project, 'assets/schema.bak'), path.join(project, 'assets/schema.png'));
    expect(await compileAlpha()).toStrictEqual(first);
  });

  it("is keyed by every source file of lesdia's and its lockfile", () => {
    const root = path.join(work, 'lesdia');
    mkdirSync(path.join(root, 'src/render'), { recursive: true });
    writeFileSync(path.join(root, 'src/render/a.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
    const before = lesdiaCodeDigest(root);
    expect(lesdiaCodeDigest(root)).toBe(before);
    writeFileSync(path.join(root, 'src/render/a.ts'), 'export const a = 2;\n');
    const edited = lesdiaCodeDigest(root);
    expect(edited).not.toBe(before);
    writeFileSync(path.join(root, 'package-lock.json'), '{"v":2}\n');
    expect(lesdiaCodeDigest(root)).not.toBe(edited);
  });
});
