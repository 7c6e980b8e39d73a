import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { emitIndexPage } from '../../src/emit/emit-index-page.ts';
import { compileText } from '../support/compile-text.ts';

/** Inputs that once broke the compiler or misled a teacher, each kept as a test. */
describe('regressions', () => {
  it('a stray closing tag in the notes cannot push later slides out of the deck', async () => {
    const { body, diagnostics } = await compileText('::: section\n# A\n::: notes\n</div>\n:::\n:::\n\n::: section\n# B\n:::');
    const html = parseFragment(body);
    const text = JSON.stringify(html, (key, value) => (key === 'parentNode' ? undefined : value));
    expect(text.match(/"tagName":"section"/g)).toHaveLength(2);
    expect(diagnostics.map((d) => d.code)).toContain('unbalanced-html');
  });

  it('code in a quote or a nested list item is highlighted, not a crash', async () => {
    const { body } = await compileText('::: section\n> ```python\n> print("hoi")\n> ```\n\n* lijst\n\n      ```ruby\n      puts 1\n      ```\n:::');
    expect(body).toContain('print');
    expect(body).toMatch(/<span style="--l:[^"]+">print<\/span>/);
  });

  it('an image path with a bare % is read as written', async () => {
    const { diagnostics } = await compileText('::: section\n![grafiek](img/50%.png)\n:::');
    expect(diagnostics.map((d) => d.code)).toEqual(['missing-image']);
  });

  it('a bash line that starts with $VARIABLE is code, not a prompt', async () => {
    const { body } = await compileText('::: section\n```bash\n$EDITOR Dockerfile\nexport IMG=nginx\n```\n:::');
    expect(body).not.toContain('code-session');
    expect(body).not.toContain('class="prompt"');
  });

  it('a value with & reads as written, in text and in code; < cannot open HTML', async () => {
    const { body } = await compileText('---\ntitle: Q&A <b>\n---\n\n::: section\n### {{ title }}\n```text\n{{ title }}\n```\n:::');
    expect(body).toContain('<h3 data-line="6">Q&amp;A &lt;b&gt;</h3>');
    expect(body).toContain('Q&amp;A &amp;lt;b&amp;gt;');
    expect(body).not.toContain('Q&amp;amp;A');
  });

  it('an HTML comment inside ::: build is not an empty build step', async () => {
    const { body } = await compileText('::: section\n::: build\nEen\n\n<!-- voor later -->\n\nTwee\n:::\n:::');
    expect(body.match(/class="fragment"/g)).toHaveLength(2);
  });

  it('diagnostics point at the line of a code block in a list, and at the second of two identical images', async () => {
    const { diagnostics } = await compileText('::: section\n* punt\n\n  ```dokerfile\n  FROM x\n  ```\n\n![](a.png)\n![](a.png)\n:::');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual([
      'unknown-language@4',
      'image-without-alt@8',
      'missing-image@8',
      'image-without-alt@9',
      'missing-image@9',
    ]);
  });

  it('the deck list links decks whose names need escaping, in the language most decks use', () => {
    const html = emitIndexPage([{ slug: 'C#-basis', title: 'C#', slideCount: 3, errorCount: 1 }], { clientEntry: 'x.ts', lang: 'nl' });
    expect(html).toContain('href="C%23-basis/"');
    expect(html).toContain('1 fout');
  });
});
