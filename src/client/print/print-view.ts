import type { UiStrings } from '../../i18n/ui-strings.ts';
import { PRINT_REPORT, printLayoutOf, type PrintedSlide, type PrintMessage } from '../../protocol/print.ts';
import { applyStep } from '../code-steps.ts';
import { addPrintInk } from '../ink/print-ink.ts';
import { fragmentSteps, showSteps } from './fragment-steps.ts';
import { prepareQuestionsForPaper } from './paper-questions.ts';

/**
 * The deck laid out for Chromium's PDF printer, from the same slide HTML and theme as the presentation:
 * one 1280×720 page per slide (final state), one per build step, or A4 handouts with the slide above its
 * notes (or three slides beside ruled lines). Reports its progress and the printed pages to the exporter
 * (`protocol/print.ts`) and sets `html.print-ready` when done.
 */
export async function startPrintView(params: URLSearchParams, strings: UiStrings): Promise<void> {
  const layout = printLayoutOf(params);
  const withAnswers = params.get('answers') === '1';
  const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  const deckTitle = document.title;
  // `print-pdf` switches off reveal.css's own print rules (html:not(.print-pdf) …), which would restyle the slides.
  document.documentElement.classList.add('is-print', 'print-pdf', `print-${layout}`);
  const book = document.createElement('main');
  book.className = 'print-book';
  const printed: PrintedSlide[] = [];

  sections.forEach((section, index) => {
    const title = section.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const entry: PrintedSlide = { slide: index, title, continuation: section.querySelector('.continued') !== null, id: section.id };
    const notes = section.querySelector('aside.notes');
    notes?.remove();
    linkInsideDocument(section);
    if (layout === 'steps') {
      const steps = fragmentSteps(section);
      for (let count = 0; count <= steps.length; count++) {
        const copy = section.cloneNode(true) as HTMLElement;
        if (count > 0) copy.removeAttribute('id');
        showSteps(fragmentSteps(copy), count);
        for (const block of copy.querySelectorAll<HTMLElement>('figure[data-line-steps]')) applyStep(block);
        book.appendChild(slidePage(copy));
        printed.push({ ...entry, continuation: entry.continuation || count > 0 });
      }
    } else {
      showSteps(fragmentSteps(section), Number.POSITIVE_INFINITY);
      if (layout === 'slides') book.appendChild(slidePage(section));
      else {
        // A student's hand-out: the teacher's notes on a question slide discuss its answer, so they go too.
        const asked = prepareQuestionsForPaper(section, withAnswers);
        book.appendChild(handoutItem(section, asked && !withAnswers ? null : notes, index, title, strings, layout === 'handout-3'));
      }
      printed.push(entry);
    }
    if (index % 10 === 9 || index === sections.length - 1) report({ type: 'progress', done: index + 1, total: sections.length });
  });

  addPrintInk(book, printed, layout === 'steps');
  document.querySelector('.reveal')?.remove();
  document.body.appendChild(book);
  if (layout === 'handout-3') groupByThree(book);
  document.title = deckTitle;
  await document.fonts.ready;
  await Promise.all([...book.querySelectorAll('img')].map((img) => (img.complete ? undefined : new Promise((resolve) => img.addEventListener('load', resolve, { once: true })))));
  document.documentElement.classList.add('print-ready');
  report({ type: 'ready', layout, pages: printed });
}

/** To the exporter, when one drives this page; a person opening the print view sees it without. */
function report(message: PrintMessage): void {
  window[PRINT_REPORT]?.(JSON.stringify(message));
}

/** A page that keeps the presentation's own styles: the slide stays inside `.reveal .slides`. */
function slidePage(section: HTMLElement): HTMLElement {
  const page = document.createElement('div');
  page.className = 'print-page reveal';
  const slides = document.createElement('div');
  slides.className = 'slides';
  section.classList.add('present');
  slides.appendChild(section);
  page.appendChild(slides);
  return page;
}

function handoutItem(section: HTMLElement, notes: Element | null, index: number, title: string, strings: UiStrings, compact: boolean): HTMLElement {
  const item = document.createElement('article');
  item.className = 'handout-item';
  const label = document.createElement('p');
  label.className = 'handout-label';
  label.textContent = `${strings.slideNumber(index + 1)} · ${title}`;
  const frame = document.createElement('div');
  frame.className = 'handout-slide';
  frame.appendChild(slidePage(section));
  item.append(label, frame);
  if (compact) {
    const lines = document.createElement('div');
    lines.className = 'handout-lines';
    lines.setAttribute('aria-hidden', 'true');
    item.appendChild(lines);
  } else if (notes && notes.innerHTML.trim()) {
    const body = document.createElement('div');
    body.className = 'handout-notes';
    body.innerHTML = `<h2 class="handout-notes-title">${strings.speakerNotes}</h2>${notes.innerHTML}`;
    item.appendChild(body);
  }
  return item;
}

function groupByThree(book: HTMLElement): void {
  const items = [...book.children];
  for (let i = 0; i < items.length; i += 3) {
    const sheet = document.createElement('div');
    sheet.className = 'handout-sheet';
    sheet.append(...items.slice(i, i + 3));
    book.appendChild(sheet);
  }
}

/** `#/slide-id` (reveal's hash) becomes `#slide-id`, which Chromium turns into a link to that page. */
function linkInsideDocument(section: HTMLElement): void {
  for (const link of section.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]')) {
    link.setAttribute('href', `#${link.getAttribute('href')?.slice(2) ?? ''}`);
  }
}
