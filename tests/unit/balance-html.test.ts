import { describe, expect, it } from 'vitest';
import { balanceHtml } from '../../src/render/balance-html.ts';
import { compileText } from '../support/compile-text.ts';

const RAW_TEXT = ['plaintext', 'xmp', 'textarea', 'title', 'script', 'style', 'iframe', 'noscript', 'select', 'svg', 'math', 'div', 'details'];

describe('raw HTML balanced with the HTML parser', () => {
  it('returns HTML that parses without a mistake as written, SVG self-closing tags included', () => {
    const html = '<p data-line="3">a <b>b</b><br/></p><svg><path d="M0 0"/></svg><table><tr><td>1</td></tr></table>';
    expect(balanceHtml(html)).toEqual({ html, changed: false });
  });

  it.each(['<p>foo <?php echo $a; ?></p>', '<p>foo <!ELEMENT br EMPTY></p>', '<p>&MadeUpEntity; &x;</p>', '<p>foo <!--> foo --&gt;</p>'])('keeps %j as written: the browser reads it the same', (html) => {
    expect(balanceHtml(html)).toEqual({ html, changed: false });
  });

  it('repairs a processing instruction or declaration that no `>` ends', () => {
    expect(balanceHtml('<div>a</div><?php echo 1').changed).toBe(true);
    expect(balanceHtml('<div>a</div><!ELEMENT br').changed).toBe(true);
  });

  it('runs raw HTML that leaves an element open straight into the next block, as marked does (no newline shown in a <pre>)', async () => {
    const { body } = await compileText('::: section\n### P\n<table><tr><td>\n<pre>\n**Hello**,\n\n_world_.\n</pre>\n</td></tr></table>\n:::\n');
    expect(body).toContain('**Hello**,<p data-line="7"><em>world</em>.');
  });

  it('drops a stray closing tag and closes what is left open', () => {
    expect(balanceHtml('</div>tekst')).toEqual({ html: 'tekst', changed: true });
    expect(balanceHtml('<div><b>open')).toEqual({ html: '<div><b>open</b></div>', changed: true });
  });

  it.each(RAW_TEXT)('an unclosed <%s> cannot swallow later slides or their notes', async (name) => {
    const text = `# Titel\n\n::: section\n### Een\n<${name}>\nverder <b>tekst\n\n::: notes\nNotities een\n:::\n:::\n\n::: section\n### Twee\nTekst twee\n\n::: notes\nNotities twee\n:::\n:::\n\n::: section\n### Drie\nTekst drie\n:::\n`;
    const { deck, diagnostics } = await compileText(text);
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Titel', 'Een', 'Twee', 'Drie']);
    expect(deck.slides[2]?.notesHtml).toContain('Notities twee');
    for (const slide of deck.slides) expect(balanceHtml(slide.html).changed, slide.html).toBe(false);
    expect(diagnostics.map((d) => d.code)).toContain('unbalanced-html');
  });
});
