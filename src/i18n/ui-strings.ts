import { QUIZ_EN, QUIZ_NL, type QuizStrings } from './quiz-strings.ts';

/** Every text lesdia itself puts on a slide or in the deck's interface, per language. */
export interface UiStrings {
  continued: string;
  watchVideo: string;
  imageMissing: string;
  speakerView: string;
  speakerNotes: string;
  noNotes: string;
  currentSlide: string;
  nextSlide: string;
  endOfDeck: string;
  elapsed: string;
  clock: string;
  resetTimer: string;
  slideOf: (n: number, total: number) => string;
  deckList: string;
  slides: (n: number) => string;
  errors: (n: number) => string;
  openSpeakerView: string;
  help: string;
  codeFile: string;
  bottomUp: string;
  reviewMode: string;
  present: string;
  presentFromHere: string;
  search: string;
  searchPlaceholder: string;
  noResults: string;
  results: (n: number) => string;
  contents: string;
  copy: string;
  copied: string;
  copyFailed: string;
  linkToSlide: string;
  slideNumber: (n: number) => string;
  // lesdia present: the live channel, the remote, the speaker view's lesson plan, joining
  live: string;
  backToLive: string;
  browsingAlone: string;
  reconnecting: string;
  waitingForPresenter: string;
  liveNow: string;
  previous: string;
  next: string;
  remote: string;
  remoteNotAllowed: string;
  blackScreen: string;
  showAgain: string;
  joinTitle: string;
  joinKey: string;
  close: string;
  lessonPlan: string;
  planned: (minutes: string) => string;
  ahead: (minutes: number) => string;
  behind: (minutes: number) => string;
  onSchedule: string;
  thisSlide: string;
  lesson: string;
  notesContinued: string;
  popupBlocked: string;
  stepsLeft: (n: number) => string;
  readAlong: string;
  followers: (n: number) => string;
  quiz: QuizStrings;
}

const nl: UiStrings = {
  continued: '(vervolg)',
  watchVideo: 'Bekijk de video',
  imageMissing: 'Afbeelding ontbreekt',
  speakerView: 'Sprekersweergave',
  speakerNotes: 'Notities',
  noNotes: 'Geen notities bij deze dia.',
  currentSlide: 'Huidige dia',
  nextSlide: 'Volgende',
  endOfDeck: 'Einde van de presentatie',
  elapsed: 'Verstreken',
  clock: 'Klok',
  resetTimer: 'Timer opnieuw starten',
  slideOf: (n, total) => `Dia ${n} van ${total}`,
  deckList: 'Lessen',
  slides: (n) => `${n} dia${n === 1 ? '' : "'s"}`,
  errors: (n) => `${n} fout${n === 1 ? '' : 'en'}`,
  openSpeakerView: 'Sprekersweergave openen (S)',
  help: 'Sneltoetsen',
  codeFile: 'Bestand',
  bottomUp: 'van onder naar boven',
  reviewMode: 'Leesmodus',
  present: 'Presenteren',
  presentFromHere: 'Presenteer vanaf deze dia',
  search: 'Zoeken',
  searchPlaceholder: "Zoek in dia's en notities",
  noResults: 'Niets gevonden',
  results: (n) => `${n} ${n === 1 ? 'dia' : "dia's"} gevonden`,
  contents: 'Inhoud',
  copy: 'Kopieer',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren lukte niet; selecteer de tekst',
  linkToSlide: 'Link naar deze dia',
  slideNumber: (n) => `Dia ${n}`,
  live: 'Live',
  backToLive: 'Terug naar live',
  browsingAlone: 'Je bladert zelf',
  reconnecting: 'Verbinding weg; opnieuw verbinden…',
  waitingForPresenter: 'Wachten tot de docent begint…',
  liveNow: 'Nu live',
  previous: 'Vorige',
  next: 'Volgende',
  remote: 'Afstandsbediening',
  remoteNotAllowed: 'Deze link bestuurt de presentatie niet (meer): open de link die lesdia present nu toont.',
  blackScreen: 'Zwart scherm',
  showAgain: 'Scherm terug',
  joinTitle: 'Kijk mee op je eigen scherm',
  joinKey: 'Code om mee te kijken (Q)',
  close: 'Sluiten',
  lessonPlan: 'Lesplan',
  planned: (minutes) => `gepland ${minutes}`,
  ahead: (minutes) => `${minutes} min voor`,
  behind: (minutes) => `${minutes} min achter`,
  onSchedule: 'op schema',
  thisSlide: 'Deze dia',
  lesson: 'Les',
  notesContinued: 'Notities (vervolg)',
  popupBlocked: 'Pop-up geblokkeerd. Open de sprekersweergave',
  stepsLeft: (n) => `nog ${n} ${n === 1 ? 'stap' : 'stappen'} op deze dia`,
  readAlong: 'Draai je telefoon, of lees mee',
  followers: (n) => `${n} ${n === 1 ? 'kijkt' : 'kijken'} mee`,
  quiz: QUIZ_NL,
};

const en: UiStrings = {
  continued: '(continued)',
  watchVideo: 'Watch the video',
  imageMissing: 'Image missing',
  speakerView: 'Speaker view',
  speakerNotes: 'Notes',
  noNotes: 'No notes for this slide.',
  currentSlide: 'Current slide',
  nextSlide: 'Next',
  endOfDeck: 'End of the presentation',
  elapsed: 'Elapsed',
  clock: 'Clock',
  resetTimer: 'Restart the timer',
  slideOf: (n, total) => `Slide ${n} of ${total}`,
  deckList: 'Lessons',
  slides: (n) => `${n} slide${n === 1 ? '' : 's'}`,
  errors: (n) => `${n} error${n === 1 ? '' : 's'}`,
  openSpeakerView: 'Open the speaker view (S)',
  help: 'Keyboard shortcuts',
  codeFile: 'File',
  bottomUp: 'from the bottom up',
  reviewMode: 'Reading mode',
  present: 'Present',
  presentFromHere: 'Present from this slide',
  search: 'Search',
  searchPlaceholder: 'Search slides and notes',
  noResults: 'Nothing found',
  results: (n) => `${n} slide${n === 1 ? '' : 's'} found`,
  contents: 'Contents',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copying failed; select the text',
  linkToSlide: 'Link to this slide',
  slideNumber: (n) => `Slide ${n}`,
  live: 'Live',
  backToLive: 'Back to live',
  browsingAlone: 'You are browsing on your own',
  reconnecting: 'Connection lost; reconnecting…',
  waitingForPresenter: 'Waiting for the teacher to start…',
  liveNow: 'Live now',
  previous: 'Previous',
  next: 'Next',
  remote: 'Remote',
  remoteNotAllowed: 'This link does not control the presentation (any more): open the link lesdia present shows now.',
  blackScreen: 'Black screen',
  showAgain: 'Screen back',
  joinTitle: 'Follow on your own screen',
  joinKey: 'Join code (Q)',
  close: 'Close',
  lessonPlan: 'Lesson plan',
  planned: (minutes) => `planned ${minutes}`,
  ahead: (minutes) => `${minutes} min ahead`,
  behind: (minutes) => `${minutes} min behind`,
  onSchedule: 'on schedule',
  thisSlide: 'This slide',
  lesson: 'Lesson',
  notesContinued: 'Notes (continued)',
  popupBlocked: 'Popup blocked. Open the speaker view',
  stepsLeft: (n) => `${n} more ${n === 1 ? 'step' : 'steps'} on this slide`,
  readAlong: 'Turn your phone, or read along',
  followers: (n) => `${n} following`,
  quiz: QUIZ_EN,
};

/** The strings for a BCP 47 language tag: Dutch for `nl*`, English otherwise. */
export function uiStrings(lang: string): UiStrings {
  return lang.toLowerCase().startsWith('nl') ? nl : en;
}
