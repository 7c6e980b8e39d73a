/** What polls need of `lesdia present`'s live connection (client/live/live-connection.ts). */
export interface PollChannel {
  readonly role: string | undefined;
  send(kind: string, data: unknown): void;
  on(kind: string, handler: (data: unknown) => void): void;
  onWelcome(handler: (role: string) => void): void;
}

/** The question `.quiz` elements of a slide that can be polled: those with options. */
export function pollableQuizzes(slide: Element | undefined): HTMLElement[] {
  return slide ? [...slide.querySelectorAll<HTMLElement>('.quiz')].filter((quiz) => quiz.querySelector('.quiz-option')) : [];
}

/** The right options of a question, by index. */
export function correctOptions(quiz: Element): number[] {
  return [...quiz.querySelectorAll('.quiz-option')].flatMap((option, i) => (option.hasAttribute('data-correct') ? [i] : []));
}
