import type { QuizStrings } from '../../i18n/quiz-strings.ts';
import type { QuizRecord, QuizStore } from './quiz-store.ts';
import { button, questionFrame } from './question-frame.ts';

/** An open question in reading mode: the student's own answer (kept in this browser), then the teacher's. */
export function buildOpenQuestion(quiz: HTMLElement, number: number, strings: QuizStrings, store: QuizStore): void {
  const { form, fieldset, solution } = questionFrame(quiz, number, strings, '');
  const label = document.createElement('label');
  label.className = 'quiz-own';
  label.textContent = strings.yourAnswer;
  const text = document.createElement('textarea');
  text.rows = 3;
  text.maxLength = 5000;
  label.appendChild(text);
  const show = button(strings.showAnswer, 'quiz-show', 'submit');
  const controls = document.createElement('div');
  controls.className = 'quiz-controls';
  controls.appendChild(show);
  fieldset.append(label, controls);
  const notes = quiz.closest('.review-slide')?.querySelector<HTMLElement>('.review-notes');
  const render = (record: QuizRecord | undefined) => {
    text.value = record?.text ?? '';
    solution.hidden = record?.state !== 'shown';
    if (notes) notes.hidden = record?.state !== 'shown';
    show.hidden = record?.state === 'shown';
  };
  const save = (state: QuizRecord['state']) => store.set(quiz.id, { chosen: [], state, revealed: state === 'shown', text: text.value });
  text.addEventListener('input', () => save(store.get(quiz.id)?.state === 'shown' ? 'shown' : 'open'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save('shown');
    render(store.get(quiz.id));
    solution.focus({ preventScroll: true });
  });
  quiz.addEventListener('lesdia:quiz-reset', () => render(undefined));
  render(store.get(quiz.id));
}
