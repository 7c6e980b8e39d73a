import type { SourceRange } from './diagnostic.ts';
import type { BlockNode } from './document-tree.ts';

/** One answer option of a multiple-choice question: a task-list item, `- [x]` when it is right. */
export interface QuestionOption {
  /** Inline markdown of the option. */
  text: string;
  correct: boolean;
  line: number;
}

/**
 * A `::: vraag` (`::: quiz`) block: a prompt, then either options (one or several right) or, for an open
 * question, an answer to reveal; an optional explanation shown with the right answer.
 */
export interface QuestionNode {
  kind: 'question';
  /** `single`: one right option (radio buttons); `multiple`: several (checkboxes); `open`: no options. */
  type: 'single' | 'multiple' | 'open';
  /** The question itself: the blocks that are not options, explanation or answer. */
  prompt: BlockNode[];
  options: QuestionOption[];
  /** `::: uitleg` (`::: explanation`). */
  explanation: BlockNode[];
  /** `::: antwoord` (`::: answer`): what an open question's answer is. */
  answer: BlockNode[];
  range: SourceRange;
}
