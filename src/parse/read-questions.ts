import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { BlockNode, ContainerNode, MarkdownNode } from '../model/document-tree.ts';
import type { QuestionNode, QuestionOption } from '../model/question.ts';

/** A task-list item: `- [ ] option` or `- [x] right option` (also `*`, `+`, `1.`). */
const RE_OPTION = /^( {0,3}(?:[-*+]|\d{1,9}[.)]) {1,4}\[)([ xX])\](?:[ \t]+(.*?))?[ \t]*$/;
const RE_CONTINUATION = /^(?: {2,}|\t)\S/;

const QUESTION_NAMES = new Set(['vraag', 'quiz']);
const EXPLANATION_NAMES = new Set(['uitleg', 'explanation']);
const ANSWER_NAMES = new Set(['antwoord', 'answer']);

/**
 * Turns every `::: vraag` / `::: quiz` container into a question node: its task list becomes the options,
 * `::: uitleg` the explanation and `::: antwoord` an open question's answer. Reports questions without a right
 * answer, empty options, and explanations or answers outside a question.
 */
export function readQuestions(root: ContainerNode, sink: DiagnosticSink): void {
  root.children = visit(root.children, sink);
}

function visit(nodes: readonly BlockNode[], sink: DiagnosticSink): BlockNode[] {
  return nodes.map((node) => {
    if (node.kind !== 'container') return node;
    if (QUESTION_NAMES.has(node.name)) return readQuestion(node, sink);
    if (EXPLANATION_NAMES.has(node.name) || ANSWER_NAMES.has(node.name)) {
      sink.report('explanation-outside-question', lineRange(node.range.start.line, node.range.start.column, node.fenceLength + 1 + node.name.length), { name: node.name });
    }
    node.children = visit(node.children, sink);
    return node;
  });
}

function readQuestion(container: ContainerNode, sink: DiagnosticSink): QuestionNode {
  const prompt: BlockNode[] = [];
  const options: QuestionOption[] = [];
  const explanation: BlockNode[] = [];
  const answer: BlockNode[] = [];
  for (const child of container.children) {
    if (child.kind === 'markdown') prompt.push(...takeOptions(child, options, sink));
    else if (child.kind === 'container' && EXPLANATION_NAMES.has(child.name)) explanation.push(...visit(child.children, sink));
    else if (child.kind === 'container' && ANSWER_NAMES.has(child.name)) answer.push(...visit(child.children, sink));
    // A pause inside a question would split it; the right answer is the question's own next step.
    else if (child.kind !== 'pause') prompt.push(...visit([child], sink));
  }
  const { start } = container.range;
  const opener = lineRange(start.line, start.column, container.fenceLength + 1 + container.name.length);
  const right = options.filter((option) => option.correct).length;
  if (options.length > 0 && right === 0) sink.report('question-without-right-answer', opener, { name: container.name });
  if (options.length === 0 && answer.length === 0 && explanation.length === 0) sink.report('question-without-options', opener, { name: container.name });
  const type = options.length === 0 ? 'open' : right > 1 ? 'multiple' : 'single';
  // An open question shows its explanation as its answer.
  return { kind: 'question', type, prompt, options, explanation, answer, range: container.range };
}

/** Moves the task-list items of a markdown run into `options`; returns the rest as markdown nodes. */
function takeOptions(node: MarkdownNode, options: QuestionOption[], sink: DiagnosticSink): MarkdownNode[] {
  const rest: MarkdownNode[] = [];
  let buffer: string[] = [];
  let bufferStart = node.startLine;
  let current: QuestionOption | undefined;
  const flush = (nextLine: number) => {
    if (buffer.some((line) => line.trim() !== '')) rest.push({ kind: 'markdown', text: buffer.join('\n'), startLine: bufferStart });
    buffer = [];
    bufferStart = nextLine;
  };
  node.text.split('\n').forEach((line, i) => {
    const lineNumber = node.startLine + i;
    const match = RE_OPTION.exec(line);
    if (match) {
      flush(lineNumber + 1);
      const text = (match[3] ?? '').trim();
      current = { text, correct: match[2] !== ' ', line: lineNumber };
      if (text === '') {
        const column = (match[1] ?? '').length;
        sink.report('empty-question-option', lineRange(lineNumber, column, 3), { number: String(options.length + 1) });
        current = undefined;
      } else options.push(current);
      return;
    }
    if (current && RE_CONTINUATION.test(line)) {
      current.text += `\n${line.trim()}`;
      return;
    }
    if (line.trim() !== '') current = undefined;
    if (buffer.length === 0) bufferStart = lineNumber;
    buffer.push(line);
  });
  flush(node.startLine);
  return rest;
}
