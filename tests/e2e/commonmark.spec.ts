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

/**
 * Where lesdia differs from marked on purpose, by example, and why. The comparison below also reads every
 * example through the same normalisation (see `normalize`).
 */
const DELIBERATE: Record<number, string> = {
  12: 'the math dialect (SPEC): `\\[…\\]` is display math, so `\\[\\\\\\]` typesets a formula',
  475: 'a raw <img> whose file is missing becomes the framed placeholder with its alt text (SPEC: images)',
};
/** Differences left, measured on this commit: none besides those above. Any new one fails the test, and so does a fix: record it here. */
const REMAINING: number[] = [];

test('the CommonMark examples keep their slides, rendered as marked renders them', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}commonmark/`);
  await page.locator('.reveal.lesdia-complete').waitFor({ timeout: 120_000 });
  const marked = new Marked({ gfm: true });
  const expectedHtml = Object.fromEntries(EXAMPLES.map((example) => [example.number, marked.parse(example.markdown, { async: false })]));
  const { rendered, expected } = await page.evaluate((markedHtml) => {
    const normalize = (root: Element) => {
      // Code is highlighted by Shiki at build time into a <figure class="code-block"> of one span per line
      // (SPEC: code); read back as the <pre><code> marked writes, the text of its lines.
      for (const figure of root.querySelectorAll('figure.code-block')) {
        const pre = document.createElement('pre');
        const lines = Array.from(figure.querySelectorAll('.line'), (line) => line.textContent);
        pre.appendChild(document.createElement('code')).textContent = lines.length > 0 ? `${lines.join('\n')}\n` : '';
        figure.replaceWith(pre);
      }
      // An HTML comment that stands alone as a block is left out of the deck (it would be a build step that
      // shows nothing, and an author's comment is not for the students); comments show nothing either way.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      const comments: Node[] = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      for (const comment of comments) comment.parentNode?.removeChild(comment);
      // lesdia's own attributes: source lines, classes, ids for deep links, new tabs for external links.
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of Array.from(element.attributes)) if (attribute.name.startsWith('data-') || ['class', 'target', 'rel', 'id', 'style', 'tabindex'].includes(attribute.name)) element.removeAttribute(attribute.name);
      }
      return root.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
    };
    const slides: Record<string, string> = {};
    for (const section of document.querySelectorAll('.reveal .slides section')) {
      const match = /^Voorbeeld (\d+)/.exec(section.querySelector('h3')?.textContent ?? '');
      if (!match?.[1]) continue;
      const copy = section.cloneNode(true) as Element;
      copy.querySelector('h3')?.remove();
      for (const notes of copy.querySelectorAll('aside.notes')) notes.remove();
      slides[match[1]] = (slides[match[1]] ?? '') + normalize(copy);
    }
    // marked's own rendering of each example, read back by the same browser and normalized the same way.
    const template = document.createElement('div');
    const want: Record<string, string> = {};
    for (const [number, html] of Object.entries(markedHtml)) {
      template.innerHTML = html;
      want[number] = normalize(template);
    }
    return { rendered: slides, expected: want };
  }, expectedHtml);
  const missing = EXAMPLES.filter((example) => rendered[example.number] === undefined).map((example) => example.number);
  const differ = EXAMPLES.filter((example) => rendered[example.number] !== expected[example.number]).map((example) => example.number);
  const same = EXAMPLES.length - differ.length;
  // An example's own script runs in the deck as raw HTML does everywhere; what it throws in marked's page
  // (example 170 sets `innerHTML` of an element that does not exist) is no error of lesdia's.
  const markedPage = await browser.newPage();
  const markedErrors: string[] = [];
  markedPage.on('pageerror', (error) => markedErrors.push(error.message));
  await markedPage.setContent(Object.values(expectedHtml).map((html) => `<div>${html}</div>`).join('\n'));
  await markedPage.close();
  console.log(`CommonMark 0.31.2: ${EXAMPLES.length} examples, ${EXAMPLES.length - missing.length} with their slide, ${same} rendered as marked renders them, ${errors.length} browser errors (${markedErrors.length} in marked's own page)`);
  console.log(`missing: ${missing.join(' ') || 'none'}; errors: ${errors.join(' | ') || 'none'}`);
  console.log(`different from marked: ${differ.map((number) => `${number}${DELIBERATE[number] ? ' (on purpose)' : ''}`).join(' ')}`);
  expect(missing).toEqual([]);
  expect(errors).toEqual(markedErrors);
  expect(differ).toEqual([...Object.keys(DELIBERATE).map(Number), ...REMAINING].toSorted((a, b) => a - b));
  expect(same).toBe(EXAMPLES.length - Object.keys(DELIBERATE).length - REMAINING.length);
});
