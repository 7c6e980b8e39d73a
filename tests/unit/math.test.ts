import { describe, expect, it } from 'vitest';
import { renderMath } from '../../src/render/math/render-math.ts';
import { compileText } from '../support/compile-text.ts';

/** The formulas KaTeX typeset in a paragraph, by their TeX annotation. */
async function formulas(markdown: string): Promise<string[]> {
  const { body } = await compileText(`::: section\n### M\n${markdown}\n:::`);
  return [...body.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g)].map((m) => m[1] ?? '');
}

describe('math', () => {
  it.each([
    ['$x$', ['x']],
    ['a $n(n-1)/2$ b', ['n(n-1)/2']],
    ['$\\rho(r_j)$ en $\\rho$', ['\\rho(r_j)', '\\rho']],
    ['\\(a+b\\) and \\[c\\]', ['a+b', 'c']],
    ['$$E=mc^2$$ inline', ['E=mc^2']],
    ['€ 5 en $ 10', []],
    ['$5 and $10', []],
    ['van $5-$10 per uur', []],
    ['prijs: $ 5 $', []],
    ['\\$x\\$ is geen formule', []],
    ['`$x$` is code', []],
    ['$x$5', []],
  ])('%s', async (markdown, expected) => {
    expect(await formulas(markdown)).toEqual(expected);
  });

  it('measures a formula by the glyphs KaTeX draws, not by its markup or its TeX', () => {
    const math = renderMath('\\rho(r_j) + \\deg(r_j)', false);
    expect(math.ok && math.glyphs).toBe('ρ(rj)+deg(rj)\u00a0\u00a0');
    expect(math.ok && math.heightEm).toBeCloseTo(1.452, 3);
  });

  it('typesets a displayed formula as a block of its own, with MathML for screen readers', async () => {
    const { body, deck } = await compileText('::: section\n### M\nTekst:\n\n$$\n\\sum_{i=1}^n i\n$$\nMeer.\n:::');
    expect(body).toMatch(/<p data-line="3">Tekst:<\/p>\n<div data-line="5" class="math-display"><span class="katex-display">/);
    expect(body).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(deck.usesMath).toBe(true);
  });

  it('reads a displayed formula right after a line of text as part of that paragraph', async () => {
    const { body } = await compileText('::: section\n### M\nTekst:\n$$\nx^2\n$$\n:::');
    expect(body).toMatch(/<p data-line="3">Tekst:\n<span class="katex-display">/);
  });

  it('stays linear on a long paragraph full of openers without closers', async () => {
    const { body } = await compileText(`::: section\n### M\n${'\\( $x en $5 '.repeat(20_000)}\n:::`);
    expect(body.length).toBeGreaterThan(200_000);
  });

  it('links KaTeX\'s stylesheet only from decks with formulas', async () => {
    expect((await compileText('::: section\n# A\n$x$\n:::')).shell).toContain('<link rel="stylesheet" href="/theme/math.css">');
    expect((await compileText('::: section\n# A\nGeen $ formule.\n:::')).shell).not.toContain('math.css');
  });

  it('counts a tall formula in the slide\'s height, so the slide continues rather than overflows', async () => {
    const tall = '$$\n\\begin{pmatrix} a \\\\ b \\\\ c \\\\ d \\\\ e \\\\ f \\end{pmatrix}\n$$';
    const { deck } = await compileText(`::: section\n### Matrices\n${Array.from({ length: 3 }, () => tall).join('\n\n')}\n:::`);
    expect(deck.slides.length).toBeGreaterThan(1);
  });
});
