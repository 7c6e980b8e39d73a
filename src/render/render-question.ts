import type { Block, Inline, ListItem } from '../model/block.ts';
import type { BlockNode } from '../model/document-tree.ts';
import type { QuestionNode } from '../model/question.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import type { MarkdownRenderer } from './create-markdown.ts';
import { groupOf } from './group-of.ts';
import { inlineOf } from './inline-content.ts';
import { hasRawHtml, rawHtmlMark } from './has-raw-html.ts';

/** The letter of option `index`: A, B, C … as a teacher says them aloud ("antwoord B"). */
export function optionLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/**
 * A question as the deck shows it: prompt and options first; the right options marked, with the explanation,
 * as the next build step (`.quiz-solution` is the fragment; the marks follow it in CSS). Reading mode, polls
 * and hand-outs work from the same markup: `data-quiz`, `data-correct` and `.quiz-solution`.
 */
export function renderQuestion(node: QuestionNode, md: MarkdownRenderer, strings: UiStrings, renderChildren: (nodes: readonly BlockNode[]) => Block[]): Block {
  const line = node.range.start.line;
  const children: Block[] = [groupOf('plain', '<div class="quiz-prompt">', '</div>', renderChildren(node.prompt))];
  if (node.options.length > 0) {
    let raw = false;
    const items: ListItem[] = node.options.map((option, i) => {
      const correct = option.correct ? ' data-correct' : '';
      const text = renderInline(option.text, option.line, md);
      raw ||= text.raw;
      return {
        html: `<li class="quiz-option"${correct} data-line="${option.line}"><span class="quiz-letter" aria-hidden="true">${optionLetter(i)}</span><span class="quiz-text">${text.html}</span></li>`,
        blocks: [{ kind: 'text', role: 'inline', inline: [{ kind: 'text', text: `${optionLetter(i)} `, face: 'bold' }, ...text.inline], html: '' }],
      };
    });
    const html = `<ol class="quiz-options" type="A">\n${items.map((item) => `${item.html}\n`).join('')}</ol>`;
    children.push({ kind: 'list', tag: 'ol', attributes: ' class="quiz-options" type="A"', start: 1, items, html, ...rawHtmlMark(raw) });
  }
  const letters = node.options.flatMap((option, i) => (option.correct ? [optionLetter(i)] : []));
  const key = node.type === 'open' ? strings.quiz.answer : strings.quiz.rightAnswers(letters);
  const answer = node.answer.length > 0 ? [groupOf('plain', '<div class="quiz-answer">', '</div>', renderChildren(node.answer))] : [];
  const explanation = node.explanation.length > 0 ? [groupOf('plain', '<div class="quiz-explanation">', '</div>', renderChildren(node.explanation))] : [];
  if (letters.length > 0 || answer.length > 0 || explanation.length > 0) {
    const keyBlock: Block = { kind: 'text', role: 'paragraph', inline: [{ kind: 'text', text: key, face: 'regular' }], html: `<p class="quiz-key">${key}</p>` };
    children.push(groupOf('plain', `<div class="quiz-solution fragment" data-line="${line}">`, '</div>', [keyBlock, ...answer, ...explanation], line));
  }
  return groupOf('plain', `<div class="quiz" data-quiz="${node.type}" data-line="${line}">`, '</div>', children, line);
}

/** An option's inline markdown: its HTML, and its text as the layout model measures it. */
function renderInline(text: string, line: number, md: MarkdownRenderer): { html: string; inline: Inline[]; raw: boolean } {
  const positioned = md.lex(text, line);
  const html = positioned
    .map((token) => md.render(token))
    .join('')
    .replace(/^<p[^>]*>|<\/p>\n?$/g, '')
    .trim();
  const inline = positioned.flatMap(({ token }) => ('tokens' in token && Array.isArray(token.tokens) ? inlineOf(token.tokens, (t) => md.records.embeds.get(t) ?? []) : []));
  return { html, inline, raw: positioned.some(({ token }) => hasRawHtml(token)) };
}
