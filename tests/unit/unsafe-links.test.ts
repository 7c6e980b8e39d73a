import { describe, expect, it } from 'vitest';
import { isUnsafeUrl } from '../../src/render/unsafe-url.ts';
import { compileText } from '../support/compile-text.ts';

describe('links that would run script', () => {
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:x', 'java\tscript:x', 'vbscript:msgbox', 'data:text/html,<b>', '&#106;avascript:x', 'javascript&colon;x'])('%j is unsafe', (url) => {
    expect(isUnsafeUrl(url)).toBe(true);
  });
  it.each(['https://docs.docker.com', './les.html', '#dia-3', 'mailto:jan@school.nl', 'javascript-basics.html'])('%j is fine', (url) => {
    expect(isUnsafeUrl(url)).toBe(false);
  });

  it('are plain text with a warning at their line, in markdown, autolinks and raw HTML', async () => {
    const text = '::: section\n### L\n[a](javascript:alert(1)) en <javascript:alert(2)>\n\n[b](vbscript:x)\n\n<a href="JaVaScRiPt:alert(3)">c</a> <iframe src="data:text/html,x"></iframe>\n\n[ok](https://x.nl)\n:::\n';
    const { body, diagnostics } = await compileText(text);
    expect(body).not.toMatch(/(?:href|src)="(?:javascript|vbscript|data):/i);
    expect(body).toContain('href="https://x.nl"');
    expect(diagnostics.filter((d) => d.code === 'unsafe-link').map((d) => d.range.start.line)).toEqual([3, 3, 5, 7, 7]);
  });
});
