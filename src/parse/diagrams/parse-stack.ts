import type { DiagnosticSink } from '../../diagnostics/diagnostic-sink.ts';
import { lineRange } from '../../diagnostics/diagnostic-sink.ts';
import type { Stack, StackDiagram, StackLayer } from '../../model/diagram.ts';
import type { SourceRange } from '../../model/diagnostic.ts';
import { alignStacks } from './align-stacks.ts';
import { diagramLines, plainText, readListItem, readTiming } from './diagram-lines.ts';

const RE_NOTE = /^(?:note|noot):\s*/i;

/**
 * Reads a layer-stack comparison written as a nested list, each stack top-down as one would draw it:
 *
 *     - Virtuele machine
 *       - App | App | App
 *       - Guest OS | Guest OS | Guest OS
 *       - Hypervisor
 *       - Host OS {highlight=8}
 *       - note: gigabytes, start in minuten
 *
 * Layers are built bottom-up, one row per step, with the rows of all stacks aligned on shared layers.
 */
export function parseStack(text: string, startLine: number, range: SourceRange, sink: DiagnosticSink): StackDiagram | undefined {
  const stacks: (Stack & { line: number })[] = [];
  const lines = diagramLines(text, startLine);
  const baseIndent = Math.min(...lines.map((l) => l.indent));
  for (const line of lines) {
    const item = readListItem(line.text);
    if (!item.isItem) {
      sink.report('invalid-diagram-line', lineRange(line.line, line.indent + 1, line.text.length), { kind: 'stack', expected: 'a list item `- …`' });
      continue;
    }
    if (line.indent <= baseIndent) {
      stacks.push({ title: plainText(item.text), layers: [], noteStep: 0, line: line.line });
      continue;
    }
    const stack = stacks[stacks.length - 1];
    if (!stack) continue;
    if (RE_NOTE.test(item.text)) {
      stack.note = plainText(item.text.replace(RE_NOTE, ''));
      continue;
    }
    const timing = readTiming(item.text);
    const layer: StackLayer = { cells: timing.text.split('|').map((cell) => plainText(cell.trim())), line: line.line, step: timing.step ?? 0, row: 0, rowSpan: 1 };
    if (timing.highlight !== undefined) layer.highlight = timing.highlight;
    // Written top-down, built bottom-up.
    stack.layers.unshift(layer);
  }
  for (const stack of stacks) {
    if (stack.layers.length === 0) sink.report('empty-stack', lineRange(stack.line, 1, stack.title.length + 2), { title: stack.title });
  }
  const filled = stacks.filter((stack) => stack.layers.length > 0);
  if (filled.length === 0) {
    if (stacks.length === 0) sink.report('empty-diagram', lineRange(range.start.line, range.start.column, 3), { kind: 'stack' });
    return undefined;
  }
  const rowCount = alignStacks(filled.map((stack) => stack.layers));
  for (const stack of filled) {
    for (const layer of stack.layers) if (layer.step === 0) layer.step = layer.row;
    stack.noteStep = rowCount + 1;
  }
  return { kind: 'stack', stacks: filled.map(({ line: _line, ...stack }) => stack), rowCount, range };
}
