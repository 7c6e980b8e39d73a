import { INK_LIMITS, type AnnotationsFile, type InkChange, type InkStroke } from '../../model/annotations.ts';

/**
 * Applies a stored change to the drawings in place; true when something changed. Adding a stroke that is
 * there already replaces it (a message sent twice does no harm); drafts change nothing that is kept.
 */
export function applyInkChange(annotations: AnnotationsFile, op: InkChange): boolean {
  const strokes = Object.hasOwn(annotations.slides, op.slide) ? (annotations.slides[op.slide] ?? []) : [];
  if (op.type === 'draft') return false;
  if (op.type === 'add') {
    const at = strokes.findIndex((s) => s.id === op.stroke.id);
    if (at !== -1) strokes[at] = op.stroke;
    else if (strokes.length >= INK_LIMITS.strokesPerSlide) return false;
    else if (strokes.length === 0 && Object.keys(annotations.slides).length >= INK_LIMITS.slides) return false;
    else strokes.push(op.stroke);
    annotations.slides[op.slide] = strokes;
    return true;
  }
  const ids = new Set(op.ids);
  const kept = strokes.filter((s) => !ids.has(s.id));
  if (kept.length === strokes.length) return false;
  if (kept.length > 0) annotations.slides[op.slide] = kept;
  else delete annotations.slides[op.slide];
  return true;
}

/** All strokes of one slide replaced (the live channel sends a slide whole); true when that changed anything. */
export function setSlideStrokes(annotations: AnnotationsFile, slide: string, strokes: InkStroke[]): boolean {
  const before = Object.hasOwn(annotations.slides, slide) ? annotations.slides[slide] : undefined;
  if (JSON.stringify(before ?? []) === JSON.stringify(strokes)) return false;
  if (strokes.length > 0) annotations.slides[slide] = strokes.slice(0, INK_LIMITS.strokesPerSlide);
  else delete annotations.slides[slide];
  return true;
}

/** The file as lesdia writes it: one stroke a line, so a diff shows which strokes changed. */
export function serializeAnnotations(annotations: AnnotationsFile): string {
  const slides = Object.entries(annotations.slides).filter(([, strokes]) => strokes.length > 0);
  const body = slides.map(([slide, strokes]) => `    ${JSON.stringify(slide)}: [\n${strokes.map((s) => `      ${JSON.stringify(s)}`).join(',\n')}\n    ]`).join(',\n');
  return `{\n  "format": ${JSON.stringify(annotations.format)},\n  "version": ${annotations.version},\n  "slides": {${body ? `\n${body}\n  ` : ''}}\n}\n`;
}
