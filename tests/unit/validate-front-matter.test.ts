import { describe, expect, it } from 'vitest';
import { compileText } from '../support/compile-text.ts';

const compileFront = async (front: string) => {
  const { deck, diagnostics } = await compileText(`---\n${front}\n---\n# Les\n`);
  return { meta: deck.meta, found: diagnostics.map((d) => [d.code, d.range.start.line, d.hint ?? '']) };
};

describe('front matter validation', () => {
  it.each([
    ['transition: fade zoom', 2, 'did you mean `transition: fade`?'],
    ['transition: Zoom', 2, 'did you mean `transition: zoom`?'],
    ['theme: purple', 2, 'write theme as one of light, dark, or leave it out for the default'],
    ['theme: drak', 2, 'did you mean `theme: dark`?'],
    ['incremental: maybe', 2, 'write incremental as `true` or `false`, or leave it out for the default'],
    ['incremental: ja', 2, 'did you mean `incremental: true`?'],
    ['lang: "nl nl"', 2, 'write lang as a language code such as nl or en, or leave it out for the default'],
    ['title: Les\ntitle2: x\nauthor: [a, b]', 4, 'write author as text, or leave it out for the default'],
    ['title: {a: 1}', 2, 'write title as text, or leave it out for the default'],
  ])('%j is an error at its line, with the allowed values or a did-you-mean, and the default is used', async (front, line, hint) => {
    const { meta, found } = await compileFront(front);
    expect(found).toEqual([['invalid-front-matter', line, hint]]);
    expect(meta.transition).toBeUndefined();
    expect(meta.theme).toBe('light');
  });

  it('accepts every valid value', async () => {
    const { meta, found } = await compileFront('title: Les\ndate: 2025-08-25\nauthor: Jan\ntheme: dark\ntransition: fade\nincremental: true\nlang: en-GB');
    expect(found).toEqual([]);
    expect(meta).toMatchObject({ theme: 'dark', transition: 'fade', incremental: true, lang: 'en-GB', date: '2025-08-25' });
  });

  it('stops a YAML alias bomb with an error at the first alias', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)];
    const { found } = await compileFront(levels.join('\n'));
    expect(found.map(([code, line]) => [code, line])).toEqual([['yaml-alias-bomb', 3]]);
  });
});
