import { describe, expect, it } from 'vitest';
import { compileText } from '../support/compile-text.ts';

describe('the deck page', () => {
  it('is light by default and dark on request, in the deck language, with the transition asked for', async () => {
    const light = await compileText('---\ntitle: Licht\n---\n\n::: section\n# A\n:::');
    expect(light.shell).toContain('<html lang="nl" data-theme="light">');
    const dark = await compileText('---\ntitle: Donker\ntheme: dark\nlang: en\ntransition: fade\n---\n\n::: section\n# A\n:::');
    expect(dark.shell).toContain('<html lang="en" data-theme="dark">');
    expect(dark.body).toContain('<div class="reveal" data-transition="fade">');
  });

  it('escapes front-matter values wherever they are interpolated', async () => {
    const { shell, body } = await compileText('---\ntitle: "<script>alert(1)</script>"\nauthor: "A & B"\n---\n\n#### {{ title }}\n');
    expect(shell).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(body).not.toContain('<script>alert(1)');
    expect(body).toContain('A &amp; B');
  });

  it('keeps the later slides of a long deck in a template, to show the first one sooner', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `::: section\n### Dia ${i + 1}\n:::`).join('\n');
    const { body, deck } = await compileText(long);
    expect(deck.slides).toHaveLength(30);
    const [live = '', later = ''] = body.split('<template id="lesdia-later-slides">');
    expect(live.match(/<section /g)).toHaveLength(12);
    expect(later.match(/<section /g)).toHaveLength(18);
    const short = await compileText(long.split('\n').slice(0, 3 * 20).join('\n'));
    expect(short.body).not.toContain('<template');
  });

  it('gives every slide a readable, unique anchor', async () => {
    const { body } = await compileText('::: section\n### Docker vs VM\n:::\n::: section\n### Docker vs VM\n:::\n::: section\nZonder kop\n:::');
    expect([...body.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual(['docker-vs-vm', 'docker-vs-vm-2', 'dia-3']);
  });
});
