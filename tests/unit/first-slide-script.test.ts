import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_SLIDE_SCRIPT } from '../../src/emit/first-slide-script.ts';
import { REVEAL_LAYOUT } from '../../src/shared/reveal-layout.ts';

describe('the first-slide script of a built deck page', () => {
  it("uses reveal's own defaults for what lesdia does not set (a new reveal must be read again)", () => {
    const require = createRequire(import.meta.url);
    // reveal's exports leave out package.json: found beside its main file.
    const manifestFile = path.join(path.dirname(require.resolve('reveal.js')), '../package.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
    expect(manifest.version).toMatch(/^6\./);
    // The module build, as Vite bundles it; minified numbers drop their leading zero.
    const reveal = readFileSync(path.join(path.dirname(manifestFile), 'dist/reveal.mjs'), 'utf8');
    expect(reveal).toContain(`minScale: ${String(REVEAL_LAYOUT.minScale).replace(/^0\./, '.')},`);
    expect(reveal).toContain(`maxScale: ${REVEAL_LAYOUT.maxScale},`);
    expect(reveal).toContain(`scrollActivationWidth: ${REVEAL_LAYOUT.scrollActivationWidth},`);
    // The same rounding of the scale as reveal's layout().
    expect(reveal).toContain('Math.round(S * 100) / 100');
    expect(FIRST_SLIDE_SCRIPT).toContain('Math.round(scale * 100) / 100');
  });

  it('is one inline script of plain JavaScript that the page runs as written', () => {
    const match = /^<script>([\s\S]*)<\/script>$/.exec(FIRST_SLIDE_SCRIPT);
    expect(match).not.toBeNull();
    expect(() => new Function(match?.[1] ?? '')).not.toThrow();
    expect(FIRST_SLIDE_SCRIPT.match(/<\/script>/g)).toHaveLength(1);
  });
});
