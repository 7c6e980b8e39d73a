import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileText } from '../support/compile-text.ts';
import { needsBalancing } from '../../src/render/balance-html.ts';

// Every HTML string handed to the parser, in order: what the render check and each page put through parse5.
const balanced = vi.hoisted(() => [] as string[]);
vi.mock('../../src/render/balance-html.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/render/balance-html.ts')>();
  return {
    ...original,
    balanceHtml: (html: string) => {
      balanced.push(html);
      return original.balanceHtml(html);
    },
  };
});

// Every slide HTML parse5 parsed in a slide's context (as balanceHtml does; raw HTML pieces are parsed without one).
const parsed = vi.hoisted(() => [] as string[]);
vi.mock('parse5', async (importOriginal) => {
  const original = await importOriginal<typeof import('parse5')>();
  return {
    ...original,
    parseFragment: (...args: unknown[]) => {
      if (typeof args[0] !== 'string' && typeof args[1] === 'string') parsed.push(args[1]);
      return (original.parseFragment as (...a: unknown[]) => unknown)(...args);
    },
  };
});

afterEach(() => {
  balanced.length = 0;
  parsed.length = 0;
});

const PLAIN = [
  '::: section',
  '### Gewoon',
  '- een *lijst* met `code` en [een link](https://example.org)',
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
  '',
  '> een citaat',
  '',
  '```js',
  'const a = "<div>";',
  '```',
  '',
  '::: {.tip title="Tip"}',
  'In een kader, 1 < 2 & 3 > 2.',
  ':::',
  '',
  '::: notes',
  'Notities zonder HTML',
  ':::',
  ':::',
].join('\n');

describe('only HTML with raw HTML from the page is balanced by the HTML parser', () => {
  it('a slide written in markdown alone is never parsed; raw HTML deep in a list in a container is, and repaired', async () => {
    const raw = '::: section\n### Rauw\n::: tip\n- punt met <b>open\n:::\n\n::: notes\nNotitie <div>los\n:::\n:::\n';
    const { deck } = await compileText(`# Titel\n\n${PLAIN}\n\n${raw}`);
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Titel', 'Gewoon', 'Rauw']);
    expect(balanced.some((html) => html.includes('Gewoon') || html.includes('Notities zonder HTML'))).toBe(false);
    expect(balanced.some((html) => html.includes('punt met <b>open'))).toBe(true);
    expect(balanced.some((html) => html.includes('Notitie <div>los'))).toBe(true);
    const rauw = deck.slides[2];
    expect(rauw?.html).toContain('punt met <b>open</b></li>');
    // The parser closes the paragraph before the <div>, and the <div> at the end.
    expect(rauw?.notesHtml).toMatch(/Notitie <\/p><div>los[^]*<\/div>\n?$/);
  });

  it('a slide with raw HTML that fits on one slide is parsed once for its page and once for its notes', async () => {
    const { deck } = await compileText('# Titel\n\n::: section\n### Eén keer\nTekst met <b>open\n\n::: notes\nNotitie met <i>open\n:::\n:::\n');
    expect(deck.slides[1]?.html).toContain('<b>open</b>');
    expect(parsed.filter((html) => html.includes('Tekst met <b>open'))).toHaveLength(1);
    expect(parsed.filter((html) => html.includes('Notitie met <i>open'))).toHaveLength(1);
  });

  it('HTML lesdia wrote goes out as it is', async () => {
    const { deck } = await compileText(`# Titel\n\n${PLAIN}\n`);
    expect(balanced).toEqual([]);
    expect(deck.slides[1]?.html).toContain('1 &lt; 2 &amp; 3 &gt; 2.');
  });

  it('HTML with characters the parser calls mistakes is balanced even without raw HTML', () => {
    expect(needsBalancing('<p>a</p>', false)).toBe(false);
    expect(needsBalancing('<p>a\tb\nc</p>', false)).toBe(false);
    expect(needsBalancing('<p>a</p>', true)).toBe(true);
    for (const char of ['\u0001', '\u000b', '\u007f', '\u0085', '\ufffe', '\ud800']) expect(needsBalancing(`<p>a${char}</p>`, false), JSON.stringify(char)).toBe(true);
  });
});
