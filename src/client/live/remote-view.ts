import { DECK_COMMAND, DECK_STATE, type DeckCommand, type DeckState } from '../../protocol/live-deck.ts';
import type { UiStrings } from '../../i18n/ui-strings.ts';
import { formatDuration } from '../speaker/lesson-plan.ts';
import { notesFor, slideTitle } from '../speaker/slide-facts.ts';
import { connectLive } from './live-connection.ts';
import { takeLiveKey } from './live-key.ts';

/**
 * The teacher's phone (`?view=remote` with the remote secret): two big buttons and swipes move the deck;
 * it shows where the deck is, what comes next, the notes, a timer and the clock. Portrait, from 360 px.
 */
export function startRemote(strings: UiStrings): void {
  const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  document.querySelector('.reveal')?.setAttribute('hidden', '');
  document.documentElement.classList.add('is-remote');
  document.title = `${strings.remote} · ${document.title}`;
  const view = document.createElement('main');
  view.className = 'remote-view';
  view.innerHTML = `
    <header class="remote-bar">
      <span class="remote-status" role="status"></span>
      <button type="button" class="remote-timer" title="${strings.resetTimer}" aria-label="${strings.elapsed} — ${strings.resetTimer}">0:00</button>
      <span class="remote-clock" aria-label="${strings.clock}"></span>
    </header>
    <section class="remote-now" aria-live="polite">
      <p class="remote-counter"></p>
      <h1 class="remote-title"></h1>
      <p class="remote-step"></p>
      <p class="remote-next"><span>${strings.nextSlide}:</span> <strong></strong></p>
    </section>
    <section class="remote-notes" aria-label="${strings.speakerNotes}"></section>
    <nav class="remote-buttons">
      <button type="button" class="remote-prev" data-action="prev">${strings.previous}</button>
      <button type="button" class="remote-next-button" data-action="next">${strings.next}</button>
      <button type="button" class="remote-black" data-action="pause" aria-pressed="false">${strings.blackScreen}</button>
    </nav>`;
  document.body.appendChild(view);
  const $ = <T extends HTMLElement>(selector: string) => view.querySelector<T>(selector) as T;
  const live = connectLive(takeLiveKey());
  let state: DeckState | undefined;

  const send = (command: DeckCommand) => {
    if (navigator.vibrate) navigator.vibrate(15);
    live.send(DECK_COMMAND, command);
  };
  for (const button of view.querySelectorAll<HTMLButtonElement>('.remote-buttons button')) {
    button.addEventListener('click', () => {
      const action = button.dataset.action as DeckCommand['action'];
      send({ action: action === 'pause' && state?.paused ? 'resume' : action });
    });
  }
  addSwipe($('.remote-now'), (direction) => send({ action: direction }));
  addSwipe($('.remote-notes'), (direction) => send({ action: direction }));
  document.addEventListener('keydown', (event) => {
    if (['ArrowRight', 'PageDown', ' '].includes(event.key)) send({ action: 'next' });
    else if (['ArrowLeft', 'PageUp'].includes(event.key)) send({ action: 'prev' });
    else return;
    event.preventDefault();
  });

  const render = () => {
    const h = state?.h ?? 0;
    const slide = slides[h];
    $('.remote-counter').textContent = strings.slideOf(h + 1, slides.length);
    $('.remote-title').textContent = slideTitle(slide) || document.title;
    const steps = slide?.querySelectorAll('.fragment').length ?? 0;
    const left = steps - 1 - (state?.f ?? -1);
    $('.remote-step').textContent = steps > 0 && left > 0 ? strings.stepsLeft(left) : '';
    $('.remote-next strong').textContent = h + 1 < slides.length ? slideTitle(slides[h + 1]) : strings.endOfDeck;
    const notes = notesFor(slides, h);
    $('.remote-notes').innerHTML = notes ? `${notes.continued ? `<h2>${strings.notesContinued}</h2>` : ''}${notes.html}` : `<p class="remote-no-notes">${strings.noNotes}</p>`;
    const black = $('.remote-black');
    black.setAttribute('aria-pressed', String(state?.paused ?? false));
    black.textContent = state?.paused ? strings.showAgain : strings.blackScreen;
  };
  live.on(DECK_STATE, (data) => {
    state = data as DeckState;
    render();
  });
  let followers = '';
  const showStatus = (status: string) => {
    $('.remote-status').dataset.status = status;
    $('.remote-status').textContent = status === 'live' ? `${strings.live}${followers}` : strings.reconnecting;
  };
  live.onStatus(showStatus);
  live.onRoom((count) => {
    followers = ` · ${strings.followers(count)}`;
    showStatus($('.remote-status').dataset.status ?? 'live');
  });
  live.onWelcome((role) => {
    view.classList.toggle('is-refused', role === 'follower');
    if (role === 'follower') $('.remote-notes').innerHTML = `<p class="remote-refused">${strings.remoteNotAllowed}</p>`;
    for (const button of view.querySelectorAll<HTMLButtonElement>('.remote-buttons button')) button.disabled = role === 'follower';
  });
  startRemoteClock($('.remote-timer'), $('.remote-clock'));
  render();
}

/** A horizontal swipe: to the left is next, as a page turns. */
function addSwipe(element: HTMLElement, onSwipe: (direction: 'next' | 'prev') => void): void {
  let start: { x: number; y: number } | undefined;
  element.addEventListener('pointerdown', (event) => (start = { x: event.clientX, y: event.clientY }));
  element.addEventListener('pointerup', (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) onSwipe(dx < 0 ? 'next' : 'prev');
  });
}

function startRemoteClock(timer: HTMLElement, clock: HTMLElement): void {
  let start = Date.now();
  const tick = () => {
    timer.textContent = formatDuration(Date.now() - start);
    clock.textContent = new Date().toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' });
  };
  timer.addEventListener('click', () => {
    start = Date.now();
    tick();
  });
  tick();
  setInterval(tick, 1000);
}
