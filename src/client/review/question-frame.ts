import type { QuizStrings } from '../../i18n/quiz-strings.ts';

/** The question as a form: a fieldset named "Vraag N: …", its hint, and the solution kept hidden below. */
export function questionFrame(quiz: HTMLElement, number: number, strings: QuizStrings, hint: string): { form: HTMLFormElement; fieldset: HTMLFieldSetElement; solution: HTMLElement } {
  const form = document.createElement('form');
  form.className = 'quiz-form';
  form.noValidate = true;
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.className = 'quiz-legend';
  const label = document.createElement('span');
  label.className = 'quiz-number';
  label.textContent = strings.question(number);
  legend.appendChild(label);
  const prompt = quiz.querySelector('.quiz-prompt');
  const blocks = prompt ? [...prompt.children] : [];
  // A one-paragraph question is the fieldset's name; a longer one stays as blocks the legend points to.
  const only = blocks[0];
  if (blocks.length === 1 && only?.tagName === 'P') {
    const text = document.createElement('span');
    text.className = 'quiz-question';
    text.append(...only.childNodes);
    legend.appendChild(text);
    prompt?.remove();
  }
  fieldset.appendChild(legend);
  if (prompt?.isConnected) fieldset.appendChild(prompt);
  if (hint) {
    const hintText = document.createElement('p');
    hintText.className = 'quiz-hint';
    hintText.id = `${quiz.id}-hint`;
    hintText.textContent = hint;
    fieldset.setAttribute('aria-describedby', hintText.id);
    fieldset.appendChild(hintText);
  }
  form.appendChild(fieldset);
  const solution = quiz.querySelector<HTMLElement>('.quiz-solution') ?? document.createElement('div');
  solution.classList.remove('fragment');
  solution.tabIndex = -1;
  solution.hidden = true;
  quiz.prepend(form);
  quiz.appendChild(solution);
  return { form, fieldset, solution };
}

export function button(text: string, className: string, type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = type;
  element.className = className;
  element.textContent = text;
  return element;
}
