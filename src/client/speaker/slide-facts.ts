import type { SlideFacts } from './lesson-plan.ts';

/** A follow-up slide of a section too long for one: its title carries "(vervolg)". */
export function isContinuation(slide: Element): boolean {
  return slide.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6):first-child .continued') !== null;
}

/** The slide's title as the audience reads it. */
export function slideTitle(slide: Element | undefined): string {
  const heading = slide?.querySelector(':is(h1, h2, h3, h4, h5, h6)');
  return (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The notes for a slide: its own, or on a follow-up slide its section's (the notes stay with the first
 * slide in the page), with `continued` set so the view can say so.
 */
export function notesFor(slides: readonly Element[], index: number): { html: string; continued: boolean } | undefined {
  for (let i = index; i >= 0; i--) {
    const slide = slides[i];
    const aside = slide?.querySelector('aside.notes');
    if (aside) return { html: aside.innerHTML, continued: i !== index };
    if (!slide || !isContinuation(slide)) return undefined;
  }
  return undefined;
}

export function factsOf(slides: readonly Element[]): SlideFacts[] {
  return slides.map((slide) => ({ title: slideTitle(slide), continuation: isContinuation(slide), notesText: slide.querySelector('aside.notes')?.textContent ?? '' }));
}
