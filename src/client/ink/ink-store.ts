import type { AnnotationsFile, InkChange, InkStroke } from '../../model/annotations.ts';
import { applyInkChange, setSlideStrokes } from '../../shared/ink/apply-ink-change.ts';

/** `local`: drawn in this window, to be kept and sent on; `remote`: received, only to be shown. */
export type InkSource = 'local' | 'remote';
export type InkListener = (op: InkChange | undefined, source: InkSource) => void;

/** The deck's drawings in the browser, and who wants to hear of a change (the layer, the keepers). */
export class InkStore {
  readonly #listeners: InkListener[] = [];
  readonly #drafts = new Map<string, { slide: string; stroke: InkStroke }>();

  constructor(public annotations: AnnotationsFile) {}

  strokes(slide: string): InkStroke[] {
    const kept = this.kept(slide);
    const drafts = [...this.#drafts.values()].filter((d) => d.slide === slide).map((d) => d.stroke);
    return drafts.length > 0 ? [...kept, ...drafts] : kept;
  }

  /** A change made here or received; listeners hear it unless it changed nothing. */
  apply(op: InkChange, source: InkSource = 'local'): void {
    if (op.type === 'draft') this.#drafts.set(op.stroke.id, { slide: op.slide, stroke: op.stroke });
    else {
      if (op.type === 'add') this.#drafts.delete(op.stroke.id);
      if (!applyInkChange(this.annotations, op) && op.type !== 'add') return;
    }
    for (const listener of this.#listeners) listener(op, source);
  }

  /** The strokes kept for a slide, without those still being drawn. */
  kept(slide: string): InkStroke[] {
    return Object.hasOwn(this.annotations.slides, slide) ? (this.annotations.slides[slide] ?? []) : [];
  }

  /** One slide's strokes replaced, as the live channel sends them; listeners hear it as a full redraw. */
  setSlide(slide: string, strokes: InkStroke[]): void {
    for (const stroke of strokes) this.#drafts.delete(stroke.id);
    setSlideStrokes(this.annotations, slide, strokes);
    for (const listener of this.#listeners) listener(undefined, 'remote');
  }

  /** All drawings replaced (a late joiner's first state); listeners hear `undefined`. */
  replace(annotations: AnnotationsFile): void {
    this.annotations = annotations;
    this.#drafts.clear();
    for (const listener of this.#listeners) listener(undefined, 'remote');
  }

  listen(listener: InkListener): void {
    this.#listeners.push(listener);
  }
}
