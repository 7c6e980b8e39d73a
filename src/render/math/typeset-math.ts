import { lineRange } from '../../diagnostics/diagnostic-sink.ts';
import type { Position } from '../../model/diagnostic.ts';
import { escapeHtml } from '../../shared/escape-html.ts';
import type { RenderContext } from '../render-context.ts';
import type { MathToken } from './math-extension.ts';
import { renderMath } from './render-math.ts';

/** A formula's HTML on the slide (its measure kept on the token); bad TeX warns at its line and shows as written. */
export function typesetMath(token: MathToken, at: Position, ctx: RenderContext): string {
  const math = renderMath(token.tex, token.display);
  if (math.ok) {
    ctx.usesMath = true;
    token.measured = { glyphs: math.glyphs, heightEm: math.heightEm };
    return math.html;
  }
  const source = token.raw.trim();
  const firstLine = source.split('\n')[0] ?? source;
  const shown = source.replace(/\s+/g, ' ');
  ctx.sink.report('math-error', lineRange(at.line, at.column, firstLine.length), { source: shown.length > 80 ? `${shown.slice(0, 77)}…` : shown, reason: math.reason });
  return `<code class="math-error">${escapeHtml(source)}</code>`;
}
