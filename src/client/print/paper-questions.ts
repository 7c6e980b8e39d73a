/**
 * Questions on a paper hand-out: every option gets an empty box to tick and an open question ruled lines to
 * write on; the answers (the marks, the explanation) are left out unless the teacher asked for them
 * (`lesdia pdf --handout --answers`). Returns whether the slide holds a question.
 */
export function prepareQuestionsForPaper(section: HTMLElement, withAnswers: boolean): boolean {
  const quizzes = [...section.querySelectorAll<HTMLElement>('.quiz')];
  for (const quiz of quizzes) {
    quiz.classList.add('quiz-paper');
    for (const option of quiz.querySelectorAll<HTMLElement>('.quiz-option')) {
      const box = document.createElement('span');
      box.className = 'quiz-box';
      box.setAttribute('aria-hidden', 'true');
      if (withAnswers && option.hasAttribute('data-correct')) box.textContent = '✓';
      option.prepend(box);
      if (!withAnswers) option.removeAttribute('data-correct');
    }
    if (withAnswers) continue;
    quiz.querySelector('.quiz-solution')?.remove();
    if (quiz.dataset.quiz === 'open') {
      const lines = document.createElement('div');
      lines.className = 'quiz-lines';
      lines.setAttribute('aria-hidden', 'true');
      quiz.appendChild(lines);
    }
  }
  return quizzes.length > 0;
}
