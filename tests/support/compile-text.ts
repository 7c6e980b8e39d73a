import { compileDeck, type CompiledDeck } from '../../src/compile.ts';
import { createCodeHighlighter, type CodeHighlighter } from '../../src/render/code-highlighter.ts';
import type { ImageResolver } from '../../src/render/render-context.ts';

let highlighter: Promise<CodeHighlighter> | undefined;

/** Images named `present.png` exist; everything else is missing. The compiler sees no disk. */
export const fakeImages: ImageResolver = (src) => {
  if (/^https?:/.test(src)) return { kind: 'external', url: src };
  if (src.includes('..')) return { kind: 'outside' };
  const name = src.split('/').pop() ?? src;
  if (name === 'present.png') return { kind: 'found', asset: { file: `/project/assets/${name}`, url: `media/${name}` } };
  return { kind: 'missing', file: `assets/${name}` };
};

/** Compiles page text the way the adapters do, with one Shiki instance for the whole test run. */
export async function compileText(text: string, file = 'slides/test.md'): Promise<CompiledDeck> {
  highlighter ??= createCodeHighlighter();
  return compileDeck({ path: file, text }, { highlighter: await highlighter, resolveImage: fakeImages, clientEntry: '/client.ts' });
}
