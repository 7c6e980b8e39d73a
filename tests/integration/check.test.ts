import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/check/check-site.ts';
import { createDeckProject } from '../../src/project/deck-project.ts';

const FULL_HD = { viewport: { width: 1920, height: 1080 } };
/** `lesdia check --small`: an older 1024×768 projector. */
const SMALL = { viewport: { width: 1024, height: 768 } };

async function check(slidesDir: string, options = FULL_HD) {
  const project = createDeckProject({ slidesDir });
  const diagnostics = await checkSite({ slidesDir }, project.listDecks(), options);
  return diagnostics.map((d) => `${d.severity} ${d.code}@${d.range.start.line}`);
}

describe('lesdia check in Chromium', () => {
  it('finds no error on any slide or step of the Docker deck', async () => {
    const found = await check(path.resolve('slides'));
    expect(found.filter((d) => d.startsWith('error'))).toEqual([]);
  });

  it('finds no error in long course pages (60+ code blocks, long query results, long prose)', async () => {
    const found = await check(path.resolve('tests/fixtures/long-pages'));
    expect(found.filter((d) => !d.startsWith('info'))).toEqual([]);
  });

  it.each([
    ['1920×1080', FULL_HD],
    ['1024×768 (--small)', SMALL],
  ])('finds no error in course pages written elsewhere (Quarto, pandoc, formulas) at %s', async (_name, options) => {
    const found = await check(path.resolve('tests/fixtures/real-pages'), options);
    expect(found.filter((d) => d.startsWith('error'))).toEqual([]);
  });

  it('finds no error on the continuation cases: every part of a cut quote, callout, list item, list, table or code fits', async () => {
    const found = await check(path.resolve('tests/spec/continuation'));
    expect(found.filter((d) => d.startsWith('error'))).toEqual([]);
  });

  it('catches what the layout model cannot see, each at its markdown line', async () => {
    const found = await check(path.resolve('tests/fixtures/check/slides'));
    expect(found).toEqual(
      expect.arrayContaining([
        'error overflow@7',
        'error text-too-small@16',
        'error low-contrast@18',
        'error broken-link@20',
        'error code-clipped@24',
        'info no-notes@14',
      ]),
    );
    // The link to an existing slide is fine, and each problem is reported once, not once per element.
    expect(found.filter((d) => d.startsWith('error broken-link'))).toHaveLength(1);
    expect(found.filter((d) => d.includes('overflow'))).toEqual(['error overflow@7']);
  });
});
