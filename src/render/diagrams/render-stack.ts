import type { StackDiagram, StackLayer } from '../../model/diagram.ts';
import { escapeHtml } from '../../shared/escape-html.ts';
import type { UiStrings } from '../../i18n/ui-strings.ts';
import { fragmentAttributes, fragmentClass, withHighlight } from './fragment-attributes.ts';

/**
 * A layer-stack comparison as an HTML grid: one column per stack, rows aligned across stacks, every layer
 * in its final place from the first step (later steps only reveal or highlight). The picture is hidden from
 * screen readers, which read the text alternative after it: each stack from the bottom up.
 */
export function renderStack(diagram: StackDiagram, strings: UiStrings): string {
  const titleRow = 1;
  const noteRow = diagram.rowCount + 2;
  const parts: string[] = [];
  diagram.stacks.forEach((stack, s) => {
    const column = s + 1;
    parts.push(`<div class="stack-title" style="grid-area:${titleRow} / ${column}">${escapeHtml(stack.title)}</div>`);
    for (const layer of stack.layers) parts.push(renderLayer(layer, column, diagram.rowCount));
    if (stack.note) {
      parts.push(`<div class="stack-note${fragmentClass(stack.noteStep)}" ${fragmentAttributes('note', stack.noteStep)} style="grid-area:${noteRow} / ${column}">${escapeHtml(stack.note)}</div>`);
    }
  });
  const style = `--stack-columns:${diagram.stacks.length};--stack-rows:${diagram.rowCount}`;
  return `<figure class="diagram diagram-stack" data-line="${diagram.range.start.line}">
<div class="diagram-visual" aria-hidden="true" style="${style}">
${parts.join('\n')}
</div>
${stackAltText(diagram, strings)}</figure>`;
}

function renderLayer(layer: StackLayer, column: number, rowCount: number): string {
  // Rows count from the bottom; CSS grid rows from the top, below the title row.
  const top = rowCount - (layer.row + layer.rowSpan - 1) + 2;
  const cells = layer.cells.map((cell) => `<span class="stack-cell">${escapeHtml(cell)}</span>`).join('');
  const multi = layer.cells.length > 1 ? ' stack-layer-split' : '';
  return `<div class="stack-layer${multi}${fragmentClass(layer.step)}" ${fragmentAttributes('layer', layer.step)} style="grid-area:${top} / ${column} / span ${layer.rowSpan}">${withHighlight(cells, layer.highlight, 'stack-cells')}</div>`;
}

function stackAltText(diagram: StackDiagram, strings: UiStrings): string {
  const stacks = diagram.stacks.map((stack) => {
    const layers = stack.layers.map((layer) => `<li>${escapeHtml(describeCells(layer.cells))}</li>`).join('');
    const note = stack.note ? `<p>${escapeHtml(stack.note)}</p>` : '';
    return `<p>${escapeHtml(stack.title)}, ${escapeHtml(strings.bottomUp)}:</p><ol>${layers}</ol>${note}`;
  });
  return `<div class="visually-hidden diagram-text">${stacks.join('')}</div>\n`;
}

/** `Guest OS | Guest OS | Guest OS` reads as `3 × Guest OS`. */
function describeCells(cells: readonly string[]): string {
  const first = cells[0] ?? '';
  if (cells.length > 1 && cells.every((cell) => cell === first)) return `${cells.length} × ${first}`;
  return cells.join(', ');
}
