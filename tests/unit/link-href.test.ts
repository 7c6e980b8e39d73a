import { describe, expect, it } from 'vitest';
import { linkHref } from '../../src/render/link-href.ts';
import { compileText } from '../support/compile-text.ts';

describe('link destinations, as marked and CommonMark write them', () => {
  it.each([
    ['/my uri', false, '/my%20uri'],
    ['foo\\bar', false, 'foo%5Cbar'],
    ['/φου', false, '/%CF%86%CE%BF%CF%85'],
    ['foo%20bä', false, 'foo%20b%C3%A4'],
    ['"title"', false, '%22title%22'],
    ['/f&ouml;&ouml;', false, '/f&ouml;&ouml;'],
    ['/a?b&c=d', false, '/a?b&amp;c=d'],
    ['https://x.nl/?a&amp;b', true, 'https://x.nl/?a&amp;amp;b'],
    ['https://example.com/?search=](uri)', true, 'https://example.com/?search=%5D(uri)'],
  ])('%j (autolink %s) gives %j', (destination, autolink, href) => {
    expect(linkHref(destination, autolink)).toBe(href);
  });

  it('has no href for a destination that is no URL (a lone surrogate)', () => {
    expect(linkHref('/a\uD800', false)).toBeUndefined();
  });

  it('are percent-encoded and keep their character references in a deck', async () => {
    const { body } = await compileText('::: section\n### L\n[a](</my uri> "f&ouml;&ouml;") [b](/f&ouml;&ouml;) <https://x.nl/a\\b>\n:::\n');
    expect(body).toContain('<a href="/my%20uri" title="f&ouml;&ouml;">a</a>');
    expect(body).toContain('<a href="/f&ouml;&ouml;">b</a>');
    expect(body).toContain('href="https://x.nl/a%5Cb"');
  });
});
