import type { QuizStrings } from '../../i18n/quiz-strings.ts';
import { button, questionFrame } from './question-frame.ts';
import { QuizStore, type QuizRecord } from './quiz-store.ts';
import { buildOpenQuestion } from './review-open-question.ts';

/**
 * Reading mode's self-check: every question becomes a form (a fieldset named by its question, radio buttons
 * for one right answer, checkboxes for several) with "Controleer", "Toon antwoord" and "Probeer opnieuw";
 * the verdict is announced in a live region, and the deck's score shows in the bar. Answers stay in this
 * browser (localStorage), so it works the same from a USB stick, offline.
 */
export function startReviewQuizzes(main: HTMLElement, bar: HTMLElement, strings: QuizStrings): void {
  const quizzes = [...main.querySelectorAll<HTMLElement>('.quiz')];
  if (quizzes.length === 0) return;
  const store = new QuizStore(location.pathname);
  const choice = quizzes.filter((quiz) => quiz.dataset.quiz !== 'open');
  const score = scoreBox(strings, () => {
    store.clear();
    for (const quiz of quizzes) quiz.dispatchEvent(new CustomEvent('lesdia:quiz-reset'));
    updateScore();
  });
  bar.appendChild(score.element);
  const updateScore = () => {
    const right = choice.filter((quiz) => {
      const record = store.get(quiz.id);
      return record?.state === 'right' && !record.revealed;
    }).length;
    score.show(right, choice.length);
  };
  const perSlide = new Map<string, number>();
  quizzes.forEach((quiz, index) => {
    const slide = quiz.closest('.review-slide')?.id ?? 'dia';
    const count = (perSlide.get(slide) ?? 0) + 1;
    perSlide.set(slide, count);
    quiz.id = `${slide}-vraag-${count}`;
    if (quiz.dataset.quiz === 'open') buildOpenQuestion(quiz, index + 1, strings, store);
    else buildChoiceQuestion(quiz, index + 1, strings, store, updateScore);
  });
  updateScore();
}

function scoreBox(strings: QuizStrings, onReset: () => void): { element: HTMLElement; show: (right: number, total: number) => void } {
  const element = document.createElement('div');
  element.className = 'review-score';
  const text = document.createElement('p');
  text.className = 'review-score-text';
  const reset = button(strings.reset, 'review-score-reset');
  reset.addEventListener('click', onReset);
  element.append(text, reset);
  return {
    element,
    show(right, total) {
      text.textContent = total === 0 ? '' : strings.score(right, total);
      element.hidden = total === 0;
    },
  };
}

function buildChoiceQuestion(quiz: HTMLElement, number: number, strings: QuizStrings, store: QuizStore, onScore: () => void): void {
  const multiple = quiz.dataset.quiz === 'multiple';
  const notes = quiz.closest('.review-slide')?.querySelector<HTMLElement>('.review-notes');
  const { form, fieldset, solution } = questionFrame(quiz, number, strings, multiple ? strings.chooseSeveral : strings.chooseOne);
  const options = [...quiz.querySelectorAll<HTMLElement>('.quiz-option')];
  const list = document.createElement('div');
  list.className = 'quiz-choices';
  const inputs = options.map((option, i) => {
    const label = document.createElement('label');
    label.className = 'quiz-choice';
    if (option.hasAttribute('data-correct')) label.dataset.correct = '';
    const input = document.createElement('input');
    input.type = multiple ? 'checkbox' : 'radio';
    input.name = quiz.id;
    input.value = String(i);
    label.append(input, ...option.childNodes);
    list.appendChild(label);
    return input;
  });
  quiz.querySelector('.quiz-options')?.remove();
  const correct = new Set(options.flatMap((option, i) => (option.hasAttribute('data-correct') ? [i] : [])));
  const controls = document.createElement('div');
  controls.className = 'quiz-controls';
  const check = button(strings.check, 'quiz-check', 'submit');
  const show = button(strings.showAnswer, 'quiz-show');
  const retry = button(strings.tryAgain, 'quiz-retry');
  controls.append(check, show, retry);
  const verdict = document.createElement('p');
  verdict.className = 'quiz-verdict';
  verdict.setAttribute('role', 'status');
  fieldset.append(list, controls, verdict);

  const chosen = () => inputs.flatMap((input, i) => (input.checked ? [i] : []));
  const render = (record: QuizRecord | undefined) => {
    const state = record?.state;
    inputs.forEach((input, i) => {
      input.checked = record ? record.chosen.includes(i) : false;
      input.disabled = state === 'right' || state === 'shown';
      const label = input.parentElement;
      label?.classList.toggle('is-right', (state === 'right' || state === 'shown') && correct.has(i));
      label?.classList.toggle('is-wrong', state === 'wrong' && input.checked && !correct.has(i));
    });
    form.dataset.state = state ?? 'unanswered';
    // The teacher's notes on a question slide discuss its answer: they wait until the student has answered.
    if (notes) notes.hidden = state !== 'right' && state !== 'shown';
    solution.hidden = state !== 'right' && state !== 'shown';
    check.hidden = state === 'right' || state === 'shown';
    retry.hidden = !state;
    show.hidden = state === 'right' || state === 'shown';
    const message = state === 'right' ? strings.right : state === 'shown' ? strings.shown : state === 'wrong' ? (multiple ? strings.wrongSeveral : strings.wrong) : '';
    verdict.textContent = message;
  };
  const save = (record: QuizRecord) => {
    store.set(quiz.id, record);
    render(record);
    onScore();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = chosen();
    if (picked.length === 0) {
      verdict.textContent = strings.pickFirst;
      return;
    }
    const right = picked.length === correct.size && picked.every((i) => correct.has(i));
    save({ chosen: picked, state: right ? 'right' : 'wrong', revealed: store.get(quiz.id)?.revealed ?? false });
    if (right) solution.focus({ preventScroll: true });
  });
  show.addEventListener('click', () => save({ chosen: [...correct], state: 'shown', revealed: true }));
  retry.addEventListener('click', () => {
    const revealed = store.get(quiz.id)?.revealed ?? false;
    store.set(quiz.id, { chosen: [], state: 'wrong', revealed });
    render(undefined);
    retry.hidden = true;
    onScore();
    inputs[0]?.focus();
  });
  quiz.addEventListener('lesdia:quiz-reset', () => render(undefined));
  const saved = store.get(quiz.id);
  render(saved && saved.chosen.length > 0 ? saved : undefined);
}
