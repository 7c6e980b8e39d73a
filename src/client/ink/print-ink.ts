import '../theme/ink.css';
import type { PrintedSlide } from '../../protocol/print.ts';
import { embeddedInk } from './ink-data.ts';
import { drawStrokes, inkSurface } from './stroke-path.ts';

/**
 * The drawings on the printed pages, as SVG paths (vector in the PDF): on a slide page all of a slide's
 * strokes, on a step page those drawn at that step or before. `pages` lists the book's pages in order.
 */
export function addPrintInk(book: HTMLElement, pages: readonly PrintedSlide[], byStep: boolean): void {
  const { slides } = embeddedInk();
  if (Object.keys(slides).length === 0) return;
  let step = 0;
  [...book.querySelectorAll<HTMLElement>('.print-page .slides')].forEach((surface, i) => {
    const page = pages[i];
    step = i > 0 && pages[i - 1]?.slide === page?.slide ? step + 1 : 0;
    const strokes = page && Object.hasOwn(slides, page.id) ? slides[page.id] : undefined;
    if (!strokes) return;
    const svg = inkSurface();
    drawStrokes(svg, strokes, byStep ? step : Number.POSITIVE_INFINITY);
    surface.appendChild(svg);
  });
}
