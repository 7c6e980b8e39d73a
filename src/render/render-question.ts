import type { BlockNode } from '../model/document-tree.ts';
import type { QuestionNode } from '../model/question.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import type { MarkdownRenderer } from './create-markdown.ts';

/** The letter of option `index`: A, B, C … as a teacher says them aloud ("antwoord B"). */
export function optionLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/**
 * A question as the deck shows it: prompt and options first; the right options marked, with the explanation,
 * as the next build step (`.quiz-solution` is the fragment; the marks follow it in CSS). Reading mode, polls
 * and hand-outs work from the same markup: `data-quiz`, `data-correct` and `.quiz-solution`.
 */
export function renderQuestion(node: QuestionNode, md: MarkdownRenderer, strings: UiStrings, renderChildren: (nodes: readonly BlockNode[]) => string): string {
  const line = node.range.start.line;
  const parts = [`<div class="quiz" data-quiz="${node.type}" data-line="${line}">\n`];
  parts.push(`<div class="quiz-prompt">\n${renderChildren(node.prompt)}</div>\n`);
  if (node.options.length > 0) {
    const items = node.options.map((option, i) => {
      const correct = option.correct ? ' data-correct' : '';
      return `<li class="quiz-option"${correct} data-line="${option.line}"><span class="quiz-letter" aria-hidden="true">${optionLetter(i)}</span><span class="quiz-text">${renderInline(option.text, option.line, md)}</span></li>\n`;
    });
    parts.push(`<ol class="quiz-options" type="A">\n${items.join('')}</ol>\n`);
  }
  const letters = node.options.flatMap((option, i) => (option.correct ? [optionLetter(i)] : []));
  const key = node.type === 'open' ? strings.quiz.answer : strings.quiz.rightAnswers(letters);
  const answer = node.answer.length > 0 ? `<div class="quiz-answer">\n${renderChildren(node.answer)}</div>\n` : '';
  const explanation = node.explanation.length > 0 ? `<div class="quiz-explanation">\n${renderChildren(node.explanation)}</div>\n` : '';
  if (letters.length > 0 || answer || explanation) {
    parts.push(`<div class="quiz-solution fragment" data-line="${line}">\n<p class="quiz-key">${key}</p>\n${answer}${explanation}</div>\n`);
  }
  parts.push('</div>\n');
  return parts.join('');
}

function renderInline(text: string, line: number, md: MarkdownRenderer): string {
  return md
    .lex(text, line)
    .map((token) => md.render(token))
    .join('')
    .replace(/^<p[^>]*>|<\/p>\n?$/g, '')
    .trim();
}
