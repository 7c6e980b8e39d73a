import { ANNOTATIONS_FORMAT, ANNOTATIONS_VERSION, INK_COLORS, INK_LIMITS, type AnnotationsFile, type InkColor, type InkStroke } from '../../model/annotations.ts';
import { locateJson, positionAt } from './locate-json.ts';

export const RE_STROKE_ID = /^[A-Za-z0-9_-]{1,40}$/;
/** Slide ids are lesdia's anchors (`docker-vs-vm`, `dia-3`): no `__proto__` or other surprises. */
export const RE_SLIDE_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Something wrong in an annotations file, at its 1-based line and column. */
export interface AnnotationsProblem {
  message: string;
  line: number;
  column: number;
}

export interface ParsedAnnotations {
  annotations: AnnotationsFile;
  problems: AnnotationsProblem[];
  /** False when nothing of the file could be read (not JSON, too large, another format or a newer version). */
  readable: boolean;
}

export function emptyAnnotations(): AnnotationsFile {
  // No prototype: a slide id such as `constructor` is a key like any other.
  return { format: ANNOTATIONS_FORMAT, version: ANNOTATIONS_VERSION, slides: Object.create(null) as AnnotationsFile['slides'] };
}

/**
 * Reads an annotations file leniently: what is wrong is reported with its position and left out, the
 * rest is kept, so one bad stroke never costs a lesson's drawings and a corrupt file never stops a deck.
 */
export function parseAnnotations(text: string): ParsedAnnotations {
  const problems: AnnotationsProblem[] = [];
  const fail = (message: string, offset = 0): ParsedAnnotations => ({ annotations: emptyAnnotations(), problems: [{ message, ...positionAt(text, offset) }], readable: false });
  if (text.length > INK_LIMITS.fileBytes) return fail(`the file is larger than ${INK_LIMITS.fileBytes / 1024 / 1024} MB`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(reason)?.[1] ?? text.length);
    return fail(`not valid JSON: ${reason.replace(/ in JSON at position.*$/s, '')}`, offset);
  }
  if (!isRecord(value) || value.format !== ANNOTATIONS_FORMAT) return fail(`not a lesdia annotations file (expected "format": "${ANNOTATIONS_FORMAT}")`, locateJson(text, ['format']));
  if (value.version !== ANNOTATIONS_VERSION) return fail(`format version ${JSON.stringify(value.version)} is not one this lesdia reads (${ANNOTATIONS_VERSION})`, locateJson(text, ['version']));
  const annotations = emptyAnnotations();
  if (!isRecord(value.slides)) return fail('"slides" must be an object of slide ids', locateJson(text, ['slides']));
  const report = (message: string, path: (string | number)[]) => problems.push({ message, ...positionAt(text, locateJson(text, path)) });
  for (const [slide, strokes] of Object.entries(value.slides).slice(0, INK_LIMITS.slides)) {
    if (!RE_SLIDE_ID.test(slide)) report(`"${slide.slice(0, 40)}" is not a slide id`, ['slides', slide]);
    else if (!Array.isArray(strokes)) report(`the strokes of slide "${slide}" must be a list`, ['slides', slide]);
    else {
      const kept: InkStroke[] = [];
      strokes.slice(0, INK_LIMITS.strokesPerSlide).forEach((candidate: unknown, index) => {
        const stroke = validateStroke(candidate);
        if (typeof stroke === 'string') report(`stroke ${index + 1} of slide "${slide}": ${stroke}; it is left out`, ['slides', slide, index]);
        else kept.push(stroke);
      });
      if (strokes.length > INK_LIMITS.strokesPerSlide) report(`slide "${slide}" has more than ${INK_LIMITS.strokesPerSlide} strokes; the rest are left out`, ['slides', slide, INK_LIMITS.strokesPerSlide]);
      if (kept.length > 0) annotations.slides[slide] = kept;
    }
  }
  if (Object.keys(value.slides).length > INK_LIMITS.slides) report(`more than ${INK_LIMITS.slides} slides; the rest are left out`, ['slides']);
  return { annotations, problems, readable: true };
}

/** A stroke as received from a file or a message, or what is wrong with it. */
export function validateStroke(value: unknown): InkStroke | string {
  if (!isRecord(value)) return 'not an object';
  const { id, step, tool, color, width, points } = value;
  if (typeof id !== 'string' || !RE_STROKE_ID.test(id)) return '"id" must be 1–40 letters, digits, - or _';
  if (!Number.isInteger(step) || (step as number) < 0 || (step as number) > 1000) return '"step" must be a whole number from 0';
  if (tool !== 'pen' && tool !== 'highlighter') return '"tool" must be "pen" or "highlighter"';
  if (!INK_COLORS.includes(color as InkColor)) return `"color" must be one of ${INK_COLORS.join(', ')}`;
  if (typeof width !== 'number' || !(width >= 1 && width <= INK_LIMITS.maxWidth)) return `"width" must be a number from 1 to ${INK_LIMITS.maxWidth}`;
  if (!Array.isArray(points) || points.length < 2 || points.length % 2 !== 0 || points.length > INK_LIMITS.numbersPerStroke) {
    return `"points" must be x, y pairs (at most ${INK_LIMITS.numbersPerStroke / 2})`;
  }
  const { margin } = INK_LIMITS;
  for (let i = 0; i < points.length; i++) {
    const n: unknown = points[i];
    const max = i % 2 === 0 ? 1280 + margin : 720 + margin;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < -margin || n > max) return `point ${Math.floor(i / 2) + 1} lies outside the slide`;
  }
  return { id, step: step as number, tool, color: color as InkColor, width, points: points as number[] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
