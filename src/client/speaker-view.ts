import type { UiStrings } from '../i18n/ui-strings.ts';
import { currentSlug, onDeckUpdate, slidesOf } from './hot-update.ts';
import { COMMAND, READY, STATE, type Command, type StateMessage } from './speaker-protocol.ts';

/**
 * lesdia's own speaker view (reveal's notes plugin bundles a markdown parser, which a deck must not ship).
 * The deck page opens itself with `?view=speaker`; that window shows the current and next slide in two
 * `?receiver` frames driven through reveal's postMessage API, the notes from its own copy of the slides,
 * a timer and a clock. Keys pressed there move the deck in the presenting window.
 */
/** In the speaker window: builds the view from this page's own slides. */
export function startSpeakerView(strings: UiStrings): void {
  let slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  document.querySelector('.reveal')?.setAttribute('hidden', '');
  document.title = `${strings.speakerView} · ${document.title}`;
  const view = document.createElement('main');
  view.className = 'speaker-view';
  view.innerHTML = `
    <section class="speaker-current" aria-label="${strings.currentSlide}"><h2>${strings.currentSlide}</h2><div class="speaker-frame"><iframe title="${strings.currentSlide}"></iframe></div></section>
    <section class="speaker-next" aria-label="${strings.nextSlide}"><h2>${strings.nextSlide}</h2><div class="speaker-frame"><iframe title="${strings.nextSlide}" tabindex="-1"></iframe></div></section>
    <section class="speaker-notes" aria-live="polite"><h2>${strings.speakerNotes}</h2><div class="speaker-notes-body"></div></section>
    <footer class="speaker-status">
      <span class="speaker-counter"></span>
      <button type="button" class="speaker-timer" title="${strings.resetTimer}"><span class="visually-hidden">${strings.elapsed}: </span><span class="speaker-timer-value">0:00:00</span></button>
      <span class="speaker-clock" aria-label="${strings.clock}"></span>
    </footer>`;
  document.body.appendChild(view);
  document.body.classList.add('is-speaker-view');

  const [current, next] = [...view.querySelectorAll('iframe')];
  const notes = view.querySelector<HTMLElement>('.speaker-notes-body');
  const counter = view.querySelector<HTMLElement>('.speaker-counter');
  let lastState: StateMessage['state'] | undefined;

  const frameUrl = (hash: string) => {
    const url = new URL(location.href);
    url.search = '?receiver&postMessageEvents=true';
    url.hash = hash;
    return url.href;
  };
  if (current) current.src = frameUrl('');
  if (next) next.src = frameUrl('');

  const post = (frame: HTMLIFrameElement | undefined, method: string, args: unknown[] = []) =>
    frame?.contentWindow?.postMessage(JSON.stringify({ method, args }), '*');
  const showState = (state: StateMessage['state']) => {
    lastState = state;
    post(current, 'setState', [state]);
    post(next, 'setState', [state]);
    post(next, 'next');
    const slide = slides[state.indexh];
    const aside = slide?.querySelector('aside.notes');
    if (notes) notes.innerHTML = aside ? aside.innerHTML : `<p class="speaker-no-notes">${strings.noNotes}</p>`;
    if (counter) counter.textContent = strings.slideOf(state.indexh + 1, slides.length);
  };

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source === window.opener) {
      const data = event.data as Partial<StateMessage> | null;
      if (data?.type === STATE && data.state) showState(data.state);
      return;
    }
    // A preview frame that has just started asks for the state it missed.
    if (lastState && isRevealReady(event.data)) showState(lastState);
  });

  document.addEventListener('keydown', (event) => {
    const method = commandForKey(event.key);
    if (!method || !window.opener) return;
    event.preventDefault();
    (window.opener as Window).postMessage({ type: COMMAND, method }, '*');
  });

  // Dev server: an edit updates the notes and counter here (the preview frames update themselves).
  if (import.meta.hot) {
    onDeckUpdate(import.meta.hot, (update) => {
      const html = update.slug === currentSlug() ? slidesOf(update) : undefined;
      const own = document.querySelector('.reveal .slides');
      if (html === undefined || !own) return;
      own.innerHTML = html;
      slides = [...own.querySelectorAll<HTMLElement>(':scope > section')];
      if (lastState) showState(lastState);
    });
  }

  startClock(view, strings);
  (window.opener as Window | null)?.postMessage({ type: READY }, '*');
}

function isRevealReady(data: unknown): boolean {
  if (typeof data !== 'string' || !data.startsWith('{')) return false;
  try {
    const message = JSON.parse(data) as { namespace?: string; eventName?: string };
    return message.namespace === 'reveal' && message.eventName === 'ready';
  } catch {
    return false;
  }
}

function commandForKey(key: string): Command | undefined {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'].includes(key)) return 'next';
  if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'].includes(key)) return 'prev';
  return undefined;
}

function startClock(view: HTMLElement, strings: UiStrings): void {
  const timer = view.querySelector<HTMLButtonElement>('.speaker-timer');
  const timerValue = view.querySelector<HTMLElement>('.speaker-timer-value');
  const clock = view.querySelector<HTMLElement>('.speaker-clock');
  let start = Date.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  const tick = () => {
    const seconds = Math.floor((Date.now() - start) / 1000);
    if (timerValue) timerValue.textContent = `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
    if (clock) clock.textContent = new Date().toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' });
  };
  timer?.addEventListener('click', () => {
    start = Date.now();
    tick();
  });
  timer?.setAttribute('aria-label', `${strings.elapsed} — ${strings.resetTimer}`);
  tick();
  setInterval(tick, 1000);
}
