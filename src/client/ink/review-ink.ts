import '../theme/ink.css';
import { inkStrings } from '../../i18n/ink-strings.ts';
import { embeddedInk } from './ink-data.ts';
import { drawStrokes, inkSurface } from './stroke-path.ts';

/**
 * Reading mode keeps the text of each slide readable on any screen; a slide the teacher drew on also gets
 * a picture of itself as presented, in its final state with every stroke, under its text. Made from the
 * deck's sections before reading mode takes them apart; placed with `placeInkFigures`.
 */
export function inkFigures(sections: readonly HTMLElement[]): Map<string, HTMLElement> {
  const { slides } = embeddedInk();
  const figures = new Map<string, HTMLElement>();
  if (Object.keys(slides).length === 0) return figures;
  const strings = inkStrings(document.documentElement.lang || 'nl');
  sections.forEach((section, index) => {
    const strokes = section.id && Object.hasOwn(slides, section.id) ? slides[section.id] : undefined;
    if (!strokes) return;
    const copy = section.cloneNode(true) as HTMLElement;
    copy.querySelector('aside.notes')?.remove();
    for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id');
    for (const fragment of copy.querySelectorAll('.fragment')) fragment.classList.add('visible');
    copy.classList.add('present');
    const slide = document.createElement('div');
    slide.className = 'reveal review-ink-slide';
    // The text is read above; this copy is a picture of the slide with the drawings.
    slide.setAttribute('aria-hidden', 'true');
    slide.inert = true;
    const surface = document.createElement('div');
    surface.className = 'slides';
    const svg = inkSurface();
    drawStrokes(svg, strokes, Number.POSITIVE_INFINITY);
    surface.append(copy, svg);
    slide.appendChild(surface);
    const frame = document.createElement('div');
    frame.className = 'review-ink-frame';
    frame.appendChild(slide);
    const figure = document.createElement('figure');
    figure.className = 'review-ink';
    figure.setAttribute('role', 'img');
    figure.setAttribute('aria-label', strings.slideWithDrawings(index + 1));
    const caption = document.createElement('figcaption');
    caption.textContent = strings.slideWithDrawings(index + 1);
    figure.append(frame, caption);
    figures.set(section.id, figure);
  });
  return figures;
}

/** Each picture after its slide's text, before the notes (a follow-up slide's after the one it continues). */
export function placeInkFigures(main: HTMLElement, figures: ReadonlyMap<string, HTMLElement>): void {
  if (figures.size === 0) return;
  const resize = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const slide = entry.target.firstElementChild;
      if (slide instanceof HTMLElement) slide.style.transform = `scale(${entry.contentRect.width / 1280})`;
    }
  });
  for (const [id, figure] of figures) {
    // Beside the slide's text, not inside it: reading mode restyles what is inside (headings, images).
    const target = main.querySelector(`#${CSS.escape(id)}`);
    const article = target?.closest('.review-slide');
    const content = article?.querySelector(':scope > .review-slide-content');
    if (!content) continue;
    let after: Element = content;
    while (after.nextElementSibling?.classList.contains('review-ink')) after = after.nextElementSibling;
    after.after(figure);
    const frame = figure.querySelector('.review-ink-frame');
    if (frame) resize.observe(frame);
  }
}
