/** The words of questions: the deck's answer step, reading mode's self-check, polls and hand-outs. */
export interface QuizStrings {
  question: (n: number) => string;
  /** The deck's reveal step: "Goed antwoord: B", "Goede antwoorden: A en C". */
  rightAnswers: (letters: string[]) => string;
  answer: string;
  chooseOne: string;
  chooseSeveral: string;
  check: string;
  showAnswer: string;
  tryAgain: string;
  pickFirst: string;
  right: string;
  wrong: string;
  wrongSeveral: string;
  shown: string;
  score: (right: number, total: number) => string;
  scoreNone: (total: number) => string;
  reset: string;
  yourAnswer: string;
  /** Live polls. */
  startPoll: string;
  closePoll: string;
  votes: (n: number) => string;
  pollOpen: string;
  pollClosed: string;
  pollRunning: string;
  pollStopped: string;
  pollResult: string;
  voted: string;
  toSlide: string;
}

function listed(letters: string[], and: string): string {
  return letters.length <= 1 ? (letters[0] ?? '') : `${letters.slice(0, -1).join(', ')} ${and} ${letters.at(-1) ?? ''}`;
}

export const QUIZ_NL: QuizStrings = {
  question: (n) => `Vraag ${n}`,
  rightAnswers: (letters) => (letters.length > 1 ? `Goede antwoorden: ${listed(letters, 'en')}` : `Goed antwoord: ${listed(letters, 'en')}`),
  answer: 'Antwoord',
  chooseOne: 'Kies één antwoord.',
  chooseSeveral: 'Kies alle goede antwoorden.',
  check: 'Controleer',
  showAnswer: 'Toon antwoord',
  tryAgain: 'Probeer opnieuw',
  pickFirst: 'Kies eerst een antwoord.',
  right: 'Goed!',
  wrong: 'Niet goed. Probeer het nog eens, of bekijk het antwoord.',
  wrongSeveral: 'Nog niet helemaal goed. Let op: er zijn meerdere goede antwoorden.',
  shown: 'Het goede antwoord is aangevinkt.',
  score: (right, total) => `${right} van ${total} ${total === 1 ? 'vraag' : 'vragen'} goed`,
  scoreNone: (total) => `${total} ${total === 1 ? 'vraag' : 'vragen'} om jezelf te testen`,
  reset: 'Wis mijn antwoorden',
  yourAnswer: 'Jouw antwoord (alleen in deze browser bewaard)',
  startPoll: 'Start peiling (P)',
  closePoll: 'P sluit',
  votes: (n) => `${n} ${n === 1 ? 'stem' : 'stemmen'}`,
  pollOpen: 'Stem nu',
  pollClosed: 'De peiling is gesloten',
  pollRunning: 'Peiling open',
  pollStopped: 'Peiling gesloten',
  pollResult: 'Uitslag van de klas',
  voted: 'Je stem is binnen. Je kunt hem nog veranderen.',
  toSlide: 'Naar de dia',
};

export const QUIZ_EN: QuizStrings = {
  question: (n) => `Question ${n}`,
  rightAnswers: (letters) => (letters.length > 1 ? `Right answers: ${listed(letters, 'and')}` : `Right answer: ${listed(letters, 'and')}`),
  answer: 'Answer',
  chooseOne: 'Choose one answer.',
  chooseSeveral: 'Choose every right answer.',
  check: 'Check',
  showAnswer: 'Show answer',
  tryAgain: 'Try again',
  pickFirst: 'Choose an answer first.',
  right: 'Right!',
  wrong: 'Not right. Try again, or look at the answer.',
  wrongSeveral: 'Not quite. Note: more than one answer is right.',
  shown: 'The right answer is ticked.',
  score: (right, total) => `${right} of ${total} question${total === 1 ? '' : 's'} right`,
  scoreNone: (total) => `${total} question${total === 1 ? '' : 's'} to test yourself`,
  reset: 'Clear my answers',
  yourAnswer: 'Your answer (kept in this browser only)',
  startPoll: 'Start poll (P)',
  closePoll: 'P closes',
  votes: (n) => `${n} vote${n === 1 ? '' : 's'}`,
  pollOpen: 'Vote now',
  pollClosed: 'The poll is closed',
  pollRunning: 'Poll open',
  pollStopped: 'Poll closed',
  pollResult: "The class's result",
  voted: 'Your vote is in. You can still change it.',
  toSlide: 'Back to the slide',
};
