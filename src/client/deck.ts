import 'reveal.js/reveal.css';
import 'virtual:lesdia/theme-sizes.css';
import './theme/fonts.css';
import './theme/deck.css';
import './theme/code.css';
import './theme/diagram.css';
import './theme/quiz.css';
import './theme/quiz-review.css';
import './theme/poll.css';
import './theme/speaker.css';
import './theme/review.css';
import './theme/print.css';
import './theme/dev.css';
import './theme/live.css';
import './theme/remote.css';
import Reveal from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import { uiStrings } from '../i18n/ui-strings.ts';
import { REVEAL_LAYOUT } from '../shared/reveal-layout.ts';
import { followCodeSteps } from './code-steps.ts';
import { listenForDeckUpdates, showDevError } from './hot-update.ts';
import { setUpInk } from './ink/ink-loader.ts';
import { servedProblems, showDevProblems } from './dev-problems.ts';
import { isPresented, provideLive } from './live/live-hub.ts';
import { appendLaterSlides, completeDeck, hashNeedsLaterSlides } from './later-slides.ts';
import { addReviewLink } from './review-link.ts';
import { afterFirstSlidePainted } from './first-slide.ts';
import { linkSpeakerView } from './speaker/speaker-link.ts';

const params = new URLSearchParams(location.search);
const strings = uiStrings(document.documentElement.lang || 'nl');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
const revealElement = document.querySelector<HTMLElement>('.reveal');

// The speaker view, reading mode and the print view are separate chunks: presenting never loads them.
// They show every slide at once, and so does a frame of the speaker view or a link to a later slide.
const view = params.get('view');
if (view || params.has('receiver') || hashNeedsLaterSlides(location.hash)) appendLaterSlides();
if (view === 'speaker') {
  void import('./speaker/speaker-view.ts').then(({ startSpeakerView }) => startSpeakerView(strings));
} else if (view === 'review') {
  const slideIds = [...document.querySelectorAll('.reveal .slides > section')].map((section) => section.id);
  void import('./review/review-mode.ts').then(({ startReviewMode }) => {
    startReviewMode(strings);
    if (isPresented()) void import('./live/mark-live-slide.ts').then(({ markLiveSlide }) => markLiveSlide(slideIds, strings));
  });
} else if (view === 'remote') {
  void import('./live/remote-view.ts').then(({ startRemote }) => startRemote(strings));
} else if (view === 'print') {
  void import('./print/print-view.ts').then(({ startPrintView }) => startPrintView(params, strings));
} else if (revealElement) {
  // A first slide the page shows itself (see emit/first-slide-script.ts) is painted before reveal starts.
  const wrapper = revealElement;
  const painted = afterFirstSlidePainted();
  if (painted) void painted.then(() => startDeck(wrapper));
  else startDeck(wrapper);
}

function startDeck(wrapper: HTMLElement): void {
  const receiver = params.has('receiver');
  // A student's device under `lesdia present` shows the slide as the projector does, also on a phone
  // (reveal would switch a narrow screen to its scroll view, where the presenter's build steps do not apply).
  const live = isPresented();
  const deck = new Reveal(wrapper, {
    // The page's first-slide script lays out the first slide with the same numbers before reveal starts.
    width: REVEAL_LAYOUT.width,
    height: REVEAL_LAYOUT.height,
    margin: REVEAL_LAYOUT.margin,
    center: false,
    hash: !receiver,
    respondToHashChanges: !receiver,
    controls: !receiver,
    progress: !receiver,
    slideNumber: receiver ? false : 'c/t',
    keyboard: !receiver,
    // The speaker view's preview frames tell it when they are ready for the current state.
    postMessageEvents: receiver,
    transition: reducedMotion || receiver ? 'none' : ((wrapper.dataset.transition as 'slide' | undefined) ?? 'slide'),
    backgroundTransition: 'none',
    fragmentInURL: true,
    pdfSeparateFragments: false,
    plugins: receiver ? [] : [Search, Zoom],
    ...(live ? { scrollActivationWidth: 0 } : {}),
  });
  // The deck's API, as reveal's classic build offers it: for the browser console and lesdia's own tools.
  Object.assign(window, { Reveal: deck });
  void deck.initialize().then(() => {
    // reveal marks the deck role="application", which hides the slides from a screen reader's reading
    // mode; a labelled region keeps them readable while the keys still work.
    wrapper.setAttribute('role', 'region');
    wrapper.setAttribute('aria-label', document.title);
    completeDeck(deck, wrapper);
    followCodeSteps(deck);
    // The speaker view's preview frames follow edits too.
    if (import.meta.hot) listenForDeckUpdates(deck, import.meta.hot);
    setUpInk(deck, { receiver });
    if (receiver) return;
    const speaker = linkSpeakerView(deck, strings);
    deck.addKeyBinding({ keyCode: 83, key: 'S', description: strings.openSpeakerView }, () => speaker.open());
    deck.addKeyBinding({ keyCode: 81, key: 'Q', description: strings.joinKey }, () => void import('./live/join-code.ts').then(({ toggleJoinCode }) => toggleJoinCode(strings)));
    if (wrapper.querySelector('section.title-slide[data-join="qr"]')) void import('./live/join-code.ts').then(({ showJoinOnTitleSlide }) => showJoinOnTitleSlide(strings));
    addReviewLink(deck, strings);
    showDevError();
    if (import.meta.hot) showDevProblems(servedProblems());
    // Under `lesdia present` the deck joins the live channel; ink and polls get it through whenLive().
    if (live) {
      // Both loaded first: the polls listen before the channel's first (retained) messages arrive.
      void Promise.all([import('./live/start-live.ts'), import('./poll/start-polls.ts')]).then(([{ startLive }, { startPolls }]) => startPolls(deck, startLive(deck, strings), strings.quiz));
    } else provideLive(undefined);
  });
}
