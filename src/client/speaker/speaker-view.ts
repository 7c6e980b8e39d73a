import type { UiStrings } from '../../i18n/ui-strings.ts';
import type { SpeakerPosition } from '../../protocol/speaker.ts';
import { currentSlug, onDeckUpdate, slidesOf } from '../hot-update.ts';
import { buildLessonPlan, formatDuration, paceOf, type PlanSection } from './lesson-plan.ts';
import { notesFor, factsOf, slideTitle } from './slide-facts.ts';
import { openSpeakerChannel } from './speaker-channel.ts';

/**
 * lesdia's own speaker view (reveal's notes plugin bundles a markdown parser, which a deck must not ship):
 * the deck page with `?view=speaker`. Two `?receiver` frames show the current slide and the next one,
 * driven through reveal's postMessage API; beside them the notes (a follow-up slide shows its section's),
 * the lesson plan from the notes' `Tijd: ca. N min` lines with the time spent against it, a timer and the
 * clock. Its keys move the deck.
 */
export function startSpeakerView(strings: UiStrings): void {
  let slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  document.querySelector('.reveal')?.setAttribute('hidden', '');
  document.title = `${strings.speakerView} · ${document.title}`;
  const view = document.createElement('main');
  view.className = 'speaker-view';
  view.innerHTML = `
    <section class="speaker-current" aria-label="${strings.currentSlide}"><h2>${strings.currentSlide} <span class="speaker-steps"></span></h2><div class="speaker-frame"><iframe title="${strings.currentSlide}"></iframe></div></section>
    <section class="speaker-next" aria-label="${strings.nextSlide}"><h2>${strings.nextSlide}: <span class="speaker-next-title"></span></h2><div class="speaker-frame"><iframe title="${strings.nextSlide}" tabindex="-1"></iframe><p class="speaker-end" hidden>${strings.endOfDeck}</p></div></section>
    <section class="speaker-notes" aria-live="polite"><h2 class="speaker-notes-title">${strings.speakerNotes}</h2><div class="speaker-notes-body"></div></section>
    <section class="speaker-plan" aria-label="${strings.lessonPlan}"><h2>${strings.lessonPlan}</h2><ol class="speaker-plan-list"></ol></section>
    <footer class="speaker-status">
      <span class="speaker-counter"></span>
      <span class="speaker-pace-slide"></span>
      <span class="speaker-pace-lesson"></span>
      <button type="button" class="speaker-timer" title="${strings.resetTimer}" aria-label="${strings.elapsed} — ${strings.resetTimer}"><span class="speaker-timer-value">0:00</span></button>
      <span class="speaker-clock" aria-label="${strings.clock}"></span>
    </footer>`;
  document.body.appendChild(view);
  document.body.classList.add('is-speaker-view');
  const $ = <T extends HTMLElement>(selector: string) => view.querySelector<T>(selector) as T;
  const [current, next] = [...view.querySelectorAll('iframe')];
  let plan: PlanSection[] = [];
  let lastState: SpeakerPosition | undefined;
  let started = Date.now();
  let spent: number[] = [];
  let tickedAt = Date.now();

  const frameUrl = () => {
    const url = new URL(location.href);
    url.search = '?receiver&postMessageEvents=true';
    url.hash = '';
    return url.href;
  };
  if (current) current.src = frameUrl();
  if (next) next.src = frameUrl();
  const post = (frame: HTMLIFrameElement | undefined, method: string, args: unknown[] = []) => frame?.contentWindow?.postMessage(JSON.stringify({ method, args }), '*');

  const renderPlan = () => {
    plan = buildLessonPlan(factsOf(slides));
    const planned = plan.some((section) => section.plannedMs > 0);
    view.classList.toggle('has-plan', planned);
    $('.speaker-plan-list').innerHTML = plan
      .map((section) => `<li><span class="speaker-plan-title"></span><span class="speaker-plan-time">${section.plannedMs > 0 ? `${Math.round(section.plannedMs / 60_000)} min` : ''}</span><span class="speaker-plan-spent"></span></li>`)
      .join('');
    [...$('.speaker-plan-list').children].forEach((item, i) => {
      const title = item.querySelector('.speaker-plan-title');
      if (title) title.textContent = plan[i]?.title ?? '';
    });
  };

  const renderPace = () => {
    const now = Date.now();
    const elapsed = now - started;
    const h = lastState?.indexh ?? 0;
    const pace = paceOf(plan, h, spent, elapsed);
    // Time counts for a section once the deck has said where it is.
    if (lastState) spent[pace.section] = (spent[pace.section] ?? 0) + (now - tickedAt);
    tickedAt = now;
    $('.speaker-timer-value').textContent = formatDuration(elapsed);
    $('.speaker-clock').textContent = new Date().toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' });
    if (pace.plannedMs === 0) return;
    const minutes = Math.round(Math.abs(pace.deltaMs) / 60_000);
    const lesson = $('.speaker-pace-lesson');
    lesson.dataset.pace = minutes === 0 ? 'on' : pace.deltaMs > 0 ? 'behind' : 'ahead';
    lesson.textContent = `${strings.lesson} ${strings.planned(`${Math.round(pace.plannedMs / 60_000)} min`)} · ${minutes === 0 ? strings.onSchedule : pace.deltaMs > 0 ? strings.behind(minutes) : strings.ahead(minutes)}`;
    const slide = $('.speaker-pace-slide');
    const sectionSpent = spent[pace.section] ?? 0;
    slide.dataset.pace = pace.sectionPlannedMs > 0 && sectionSpent > pace.sectionPlannedMs ? 'behind' : 'on';
    slide.textContent = `${strings.thisSlide} ${formatDuration(sectionSpent)}${pace.sectionPlannedMs > 0 ? ` / ${Math.round(pace.sectionPlannedMs / 60_000)} min` : ''}`;
    [...$('.speaker-plan-list').children].forEach((item, i) => {
      const isCurrent = i === pace.section;
      if (isCurrent && !item.hasAttribute('aria-current')) item.scrollIntoView({ block: 'nearest' });
      item.toggleAttribute('aria-current', isCurrent);
      const cell = item.querySelector('.speaker-plan-spent');
      if (cell) cell.textContent = (spent[i] ?? 0) >= 1000 ? formatDuration(spent[i] ?? 0) : '';
    });
  };

  const showState = (state: SpeakerPosition) => {
    lastState = state;
    post(current, 'setState', [state]);
    const h = state.indexh;
    const hasNext = h + 1 < slides.length;
    // The next slide as it first appears, not the next build step of this one.
    if (hasNext) post(next, 'setState', [{ indexh: h + 1, indexv: 0, indexf: -1, paused: false, overview: false }]);
    next?.toggleAttribute('hidden', !hasNext);
    $('.speaker-end').hidden = hasNext;
    $('.speaker-next-title').textContent = hasNext ? slideTitle(slides[h + 1]) : '';
    const steps = slides[h]?.querySelectorAll('.fragment').length ?? 0;
    const left = steps - 1 - (state.indexf ?? -1);
    $('.speaker-steps').textContent = left > 0 ? `· ${strings.stepsLeft(left)}` : '';
    const notes = notesFor(slides, h);
    $('.speaker-notes-title').textContent = notes?.continued ? strings.notesContinued : strings.speakerNotes;
    $('.speaker-notes-body').innerHTML = notes ? notes.html : `<p class="speaker-no-notes">${strings.noNotes}</p>`;
    $('.speaker-counter').textContent = strings.slideOf(h + 1, slides.length);
    renderPace();
  };

  const channel = openSpeakerChannel(() => window.opener as Window | null);
  channel.onMessage((message) => {
    if (message.type === 'lesdia:state') showState(message.state);
  });
  // A preview frame that has just started asks for the state it missed.
  window.addEventListener('message', (event: MessageEvent) => {
    if (lastState && (event.source === current?.contentWindow || event.source === next?.contentWindow) && isRevealReady(event.data)) showState(lastState);
  });
  document.addEventListener('keydown', (event) => {
    const method = commandForKey(event.key);
    if (!method) return;
    event.preventDefault();
    channel.post({ type: 'lesdia:command', method });
  });
  $('.speaker-timer').addEventListener('click', () => {
    started = Date.now();
    tickedAt = started;
    spent = [];
    renderPace();
  });

  // Dev server: an edit updates the notes, titles and plan here (the preview frames update themselves).
  if (import.meta.hot) {
    onDeckUpdate(import.meta.hot, (update) => {
      const html = update.slug === currentSlug() ? slidesOf(update) : undefined;
      const own = document.querySelector('.reveal .slides');
      if (html === undefined || !own) return;
      own.innerHTML = html;
      slides = [...own.querySelectorAll<HTMLElement>(':scope > section')];
      renderPlan();
      if (lastState) showState(lastState);
    });
  }

  renderPlan();
  renderPace();
  setInterval(renderPace, 1000);
  channel.post({ type: 'lesdia:speaker-ready' });
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

function commandForKey(key: string): 'next' | 'prev' | undefined {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'].includes(key)) return 'next';
  if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'].includes(key)) return 'prev';
  return undefined;
}
