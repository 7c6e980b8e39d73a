import type { UiStrings } from '../../i18n/ui-strings.ts';
import { addCopyButtons } from '../copy-code.ts';
import { startReviewQuizzes } from './review-quiz.ts';
import { inkFigures, placeInkFigures } from '../ink/review-ink.ts';
import { startReviewSearch } from './review-search.ts';

/**
 * Reading mode for students: every slide in reading order in its final state (every build step shown),
 * its notes below it, a table of contents, search across slides and notes, copy buttons on code, a deep
 * link per slide, and a button back to presenting at the slide in view. Built from the deck's own HTML,
 * so it is the same content as the presentation.
 */
export function startReviewMode(strings: UiStrings): void {
  const deck = document.querySelector('.reveal');
  const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  const title = document.title;
  const figures = inkFigures(sections);
  document.documentElement.classList.add('is-review');

  const header = document.createElement('header');
  header.className = 'review-bar';
  header.innerHTML = `
    <a class="review-skip visually-hidden-focusable" href="#review-main">${strings.contents}</a>
    <p class="review-title">${escape(title)}</p>
    <form class="review-search" role="search">
      <label class="visually-hidden" for="review-query">${strings.search}</label>
      <input id="review-query" type="search" autocomplete="off" placeholder="${strings.searchPlaceholder}">
      <p class="review-results" aria-live="polite"></p>
    </form>
    <a class="review-present button" href="${presentUrl('')}">${strings.present}</a>`;

  const nav = document.createElement('nav');
  nav.className = 'review-toc';
  nav.setAttribute('aria-label', strings.contents);
  const list = document.createElement('ol');
  nav.innerHTML = `<h2>${strings.contents}</h2>`;
  nav.appendChild(list);

  const main = document.createElement('main');
  main.id = 'review-main';
  main.className = 'review';
  let previous: HTMLElement | undefined;
  sections.forEach((section, index) => {
    // A follow-up slide exists only because a slide has a fixed size; reading, it is one text again.
    if (previous && section.querySelector('.continued')) {
      appendContinuation(previous, section);
      return;
    }
    const heading = slideTitle(section) || strings.slideNumber(index + 1);
    const article = reviewSlide(section, index, strings);
    main.appendChild(article);
    previous = article;
    const item = document.createElement('li');
    item.innerHTML = `<a href="#${article.id}">${escape(heading)}</a>`;
    list.appendChild(item);
  });

  deck?.remove();
  document.body.prepend(header, nav, main);
  addCopyButtons(main, strings);
  startReviewQuizzes(main, header, strings.quiz);
  placeInkFigures(main, figures);
  startReviewSearch(main, header, strings);
  // A deep link (…?view=review#docker-vs-vm) lands on its slide once the page is built.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  followSlideInView(main, header.querySelector<HTMLAnchorElement>('.review-present'));
}

function reviewSlide(section: HTMLElement, index: number, strings: UiStrings): HTMLElement {
  const article = document.createElement('article');
  article.className = 'review-slide';
  article.id = section.id || `dia-${index + 1}`;
  article.setAttribute('aria-labelledby', `${article.id}-label`);
  if (section.classList.contains('title-slide')) article.classList.add('review-title-slide');

  const content = document.createElement('div');
  content.className = 'review-slide-content';
  const notes = section.querySelector('aside.notes');
  for (const child of Array.from(section.childNodes)) if (child !== notes) content.appendChild(child);
  showFinalState(content);

  const meta = document.createElement('p');
  meta.className = 'review-slide-meta';
  meta.innerHTML = `<span id="${article.id}-label">${strings.slideNumber(index + 1)}</span> · <a href="#${article.id}" class="review-anchor">${strings.linkToSlide}</a> · <a href="${presentUrl(article.id)}" class="review-present-here">${strings.presentFromHere}</a>`;

  article.append(meta, content);
  if (notes && notes.innerHTML.trim()) {
    const aside = document.createElement('aside');
    aside.className = 'review-notes';
    aside.setAttribute('aria-label', strings.speakerNotes);
    aside.innerHTML = `<h3>${strings.speakerNotes}</h3>${notes.innerHTML}`;
    article.appendChild(aside);
  }
  return article;
}

function appendContinuation(article: HTMLElement, section: HTMLElement): void {
  const content = article.querySelector('.review-slide-content');
  const heading = section.querySelector('.continued')?.closest('h1, h2, h3, h4, h5, h6');
  heading?.remove();
  const anchor = document.createElement('span');
  anchor.id = section.id;
  const resumed = section.firstElementChild;
  const before = content?.lastElementChild;
  // A quote, callout or list cut between slides is one again: its part here joins the part before.
  if (resumed?.hasAttribute('data-resumed') && before?.tagName === resumed.tagName) {
    before.before(anchor);
    joinResumed(before, resumed);
  } else {
    content?.append(anchor);
  }
  content?.append(...section.childNodes);
  if (content instanceof HTMLElement) showFinalState(content);
}

/** Moves a resumed part's children into the part before it, joining a resumed first child the same way. */
function joinResumed(into: Element, part: Element): void {
  // A callout's title, repeated on the follow-up slide, is read once.
  const title = part.firstElementChild;
  if (title?.classList.contains('container-title') && into.firstElementChild?.classList.contains('container-title')) title.remove();
  const first = part.firstElementChild;
  const last = into.lastElementChild;
  if (first?.hasAttribute('data-resumed') && last?.tagName === first.tagName) {
    joinResumed(last, first);
  }
  into.append(...part.childNodes);
  part.remove();
}

/** Every build step shown: fragments visible, code lines undimmed, diagram highlights on. */
function showFinalState(root: HTMLElement): void {
  for (const fragment of root.querySelectorAll('.fragment')) {
    if (fragment.classList.contains('diagram-highlight')) fragment.classList.add('visible');
    else fragment.classList.remove('fragment');
  }
  for (const marker of root.querySelectorAll('.code-step')) marker.remove();
}

function slideTitle(section: HTMLElement): string {
  return section.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '';
}

/** Keeps the "Present" button pointing at the slide being read, so one click presents from there. */
function followSlideInView(main: HTMLElement, present: HTMLAnchorElement | null): void {
  if (!present) return;
  const articles = [...main.querySelectorAll<HTMLElement>('.review-slide')];
  let scheduled = false;
  const update = () => {
    scheduled = false;
    // The slide being read: the last one whose top has passed the upper third of the window.
    const line = window.innerHeight / 3;
    const current = articles.filter((article) => article.getBoundingClientRect().top <= line).at(-1) ?? articles[0];
    if (current) present.href = presentUrl(current.id);
  };
  window.addEventListener(
    'scroll',
    () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
  update();
}

/** This page without `?view=review`, at a slide: works for `deck/` on a server and `deck.html` from a stick. */
function presentUrl(slideId: string): string {
  return `${location.pathname}${slideId ? `#/${slideId}` : ''}`;
}

function escape(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}
