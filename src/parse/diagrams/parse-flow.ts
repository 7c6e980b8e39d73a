import type { MessageArgs } from '../../diagnostics/messages.ts';
import type { DiagnosticSink } from '../../diagnostics/diagnostic-sink.ts';
import { lineRange } from '../../diagnostics/diagnostic-sink.ts';
import type { ArrowHeads, FlowArrow, FlowBox, FlowDiagram } from '../../model/diagram.ts';
import type { SourceRange } from '../../model/diagnostic.ts';
import { closestName } from '../../shared/closest-name.ts';
import { diagramLines, plainText, readListItem, readTiming, splitSublabel } from './diagram-lines.ts';

const RE_TABLE_SEPARATOR = /^\|?\s*:?-{2,}/;
const RE_ARROW = /^(.+?)\s*(<->|<-->|↔|->|-->|→|<-|<--|←|--|—)\s*([^:]+?)\s*(?::\s*(.*))?$/;
const HEADS: Record<string, ArrowHeads> = { '->': 'end', '-->': 'end', '→': 'end', '<-': 'start', '<--': 'start', '←': 'start', '<->': 'both', '<-->': 'both', '↔': 'both', '--': 'none', '—': 'none' };

/**
 * Reads a flow diagram: a markdown table places the boxes on a grid (empty cells are gaps), a list of
 * arrows connects them, each arrow one build step in source order unless `{step=N}` says otherwise:
 *
 *     | Client (docker CLI) | Daemon (dockerd) |
 *     | ---                 | ---              |
 *     |                     | Images           |
 *
 *     - Client -> Daemon: commando's
 *     - Daemon -> Images: bouwt {step=2}
 *
 * A box appears with the first arrow that touches it; a box no arrow touches is there from the start.
 */
export function parseFlow(text: string, startLine: number, range: SourceRange, sink: DiagnosticSink): FlowDiagram | undefined {
  const boxes: FlowBox[] = [];
  const arrows: FlowArrow[] = [];
  let row = 0;
  let columns = 0;
  for (const line of diagramLines(text, startLine)) {
    if (line.text.startsWith('|')) {
      if (RE_TABLE_SEPARATOR.test(line.text)) continue;
      row++;
      const cells = line.text.replace(/^\||\|$/g, '').split('|');
      columns = Math.max(columns, cells.length);
      cells.forEach((cell, column) => {
        const timing = readTiming(plainText(cell.trim()));
        if (!timing.text) return;
        const { label, sublabel } = splitSublabel(timing.text);
        const box: FlowBox = { id: label.toLowerCase(), label, column: column + 1, row, step: timing.step ?? 0 };
        if (sublabel) box.sublabel = sublabel;
        if (timing.highlight !== undefined) box.highlight = timing.highlight;
        boxes.push(box);
      });
      continue;
    }
    const item = readListItem(line.text);
    const timing = readTiming(plainText(item.text));
    const match = RE_ARROW.exec(timing.text);
    if (!item.isItem || !match) {
      sink.report('invalid-diagram-line', lineRange(line.line, line.indent + 1, line.text.length), { kind: 'flow', expected: 'a table row `| Box | Box |` or an arrow `- Box -> Box: label`' });
      continue;
    }
    const arrow: FlowArrow = { from: (match[1] ?? '').trim().toLowerCase(), to: (match[3] ?? '').trim().toLowerCase(), heads: HEADS[match[2] ?? '->'] ?? 'end', line: line.line, step: timing.step ?? 0 };
    if (match[4]) arrow.label = match[4].trim();
    if (timing.highlight !== undefined) arrow.highlight = timing.highlight;
    arrows.push(arrow);
  }
  if (boxes.length === 0) {
    sink.report('empty-diagram', lineRange(range.start.line, range.start.column, 3), { kind: 'flow' });
    return undefined;
  }
  const known = new Map(boxes.map((box) => [box.id, box]));
  const valid = arrows.filter((arrow) => {
    for (const end of [arrow.from, arrow.to]) {
      if (known.has(end)) continue;
      const suggestion = closestName(end, [...known.keys()]);
      const args: MessageArgs<'unknown-diagram-box'> = { name: end, boxes: boxes.map((b) => b.label).join(', ') };
      if (suggestion) args.suggestion = known.get(suggestion)?.label ?? suggestion;
      sink.report('unknown-diagram-box', lineRange(arrow.line, 1, 1), args);
      return false;
    }
    return true;
  });
  assignFlowSteps(valid, known, sink);
  return { kind: 'flow', boxes, arrows: valid, columns, rows: row, range };
}

/** Arrows step in source order unless numbered; numbers must not go back. Boxes appear with their first arrow. */
function assignFlowSteps(arrows: FlowArrow[], boxes: Map<string, FlowBox>, sink: DiagnosticSink): void {
  let step = 0;
  for (const arrow of arrows) {
    if (arrow.step > 0 && arrow.step < step) {
      sink.report('diagram-step-order', lineRange(arrow.line, 1, 1), { step: String(arrow.step), previous: String(step) });
      arrow.step = step;
    }
    step = arrow.step > 0 ? arrow.step : step + 1;
    arrow.step = step;
  }
  for (const arrow of arrows) {
    for (const id of [arrow.from, arrow.to]) {
      const box = boxes.get(id);
      // Arrows are in step order, so the first arrow that touches a box brings it in.
      if (box && box.step === 0) box.step = arrow.step;
    }
  }
}
