import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
// @ts-expect-error commonmark-spec ships no types: { tests: { markdown, html, number, section }[] }
import commonmark from 'commonmark-spec';
import { Marked } from 'marked';
import { main } from '../../src/cli/main.ts';
import { serveStatic } from '../../src/server/static-server.ts';

interface Example {
  markdown: string;
  number: number;
  section: string;
}

// The CommonMark 0.31.2 examples without images (images need files beside the page), each a slide of one
// page, built by the bin and opened in Chromium (#11). The spec writes tabs as →.
const EXAMPLES = (commonmark as { tests: Example[] }).tests.filter((example) => !example.markdown.includes('![')).map((example) => ({ ...example, markdown: example.markdown.replaceAll('→', '\t') }));

let work: string;
let site: { url: string; server: Server };

test.beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-commonmark-'));
  mkdirSync(path.join(work, 'slides'));
  const page = EXAMPLES.map((example) => `::: section\n### Voorbeeld ${example.number}\n\n${example.markdown}\n:::\n`).join('\n');
  writeFileSync(path.join(work, 'slides/commonmark.md'), `# CommonMark 0.31.2\n\n${page}`);
  // Pages with mistakes in them still build in dev; here the examples must build as they are.
  expect(await main(['build', path.join(work, 'slides'), '--out', path.join(work, 'site')])).toBe(0);
  site = await serveStatic(path.join(work, 'site'), '/');
});
test.afterAll(() => {
  site.server.close();
  rmSync(work, { recursive: true, force: true });
});

test('the CommonMark examples keep their slides, rendered as marked renders them', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}commonmark/`);
  await page.locator('.reveal.lesdia-complete').waitFor({ timeout: 120_000 });
  const rendered = await page.evaluate(() => {
    const normalize = (root: Element) => {
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of Array.from(element.attributes)) if (attribute.name.startsWith('data-') || ['class', 'target', 'rel', 'id', 'style'].includes(attribute.name)) element.removeAttribute(attribute.name);
      }
      return root.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
    };
    const slides: Record<string, string> = {};
    for (const section of document.querySelectorAll('.reveal .slides section')) {
      const heading = section.querySelector('h3');
      const match = /^Voorbeeld (\d+)/.exec(heading?.textContent ?? '');
      if (!match?.[1]) continue;
      const copy = section.cloneNode(true) as Element;
      copy.querySelector('h3')?.remove();
      for (const notes of copy.querySelectorAll('aside.notes')) notes.remove();
      slides[match[1]] = (slides[match[1]] ?? '') + normalize(copy);
    }
    return slides;
  });
  const missing = EXAMPLES.filter((example) => rendered[example.number] === undefined).map((example) => example.number);
  // marked's own rendering of each example, read back by the same browser and normalized the same way.
  const marked = new Marked({ gfm: true });
  const expected = EXAMPLES.map((example) => ({ number: example.number, html: marked.parse(example.markdown, { async: false }) }));
  const same = await page.evaluate((items) => {
    const template = document.createElement('div');
    return items.filter(({ number, html, got }) => {
      template.innerHTML = html;
      for (const element of template.querySelectorAll('*')) for (const attribute of Array.from(element.attributes)) if (attribute.name.startsWith('data-') || ['class', 'target', 'rel', 'id', 'style'].includes(attribute.name)) element.removeAttribute(attribute.name);
      return got === template.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim() && number > 0;
    }).length;
  }, expected.map((item) => ({ ...item, got: rendered[item.number] ?? '' })));
  console.log(`CommonMark 0.31.2: ${EXAMPLES.length} examples, ${EXAMPLES.length - missing.length} with their slide, ${same} rendered as marked renders them, ${errors.length} browser errors`);
  console.log(`missing: ${missing.join(' ')}; errors: ${errors.join(' | ')}`);
  // Measured on this commit: an unclosed code fence (example 126) or HTML block still runs on past its
  // section in the container scanner, taking the next sections with it (#11, open). These floors keep what
  // holds from getting worse; the goal is every example with its slide and no browser error.
  expect(EXAMPLES.length - missing.length).toBeGreaterThanOrEqual(530);
  expect(same).toBeGreaterThanOrEqual(460);
  expect(errors.length).toBeLessThanOrEqual(1);
});
