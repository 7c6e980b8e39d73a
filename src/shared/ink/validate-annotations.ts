import { ANNOTATIONS_FORMAT, ANNOTATIONS_VERSION, INK_LIMITS, type AnnotationsFile, type InkStroke } from '../../model/annotations.ts';
import { inkStroke, RE_SLIDE_ID } from '../../protocol/ink.ts';
import { receive } from '../../protocol/validate.ts';
import { findJsonError, locateJson, positionAt } from './locate-json.ts';

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
    if (!(error instanceof SyntaxError)) throw error;
    const offset = findJsonError(text);
    const found = offset >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text.slice(offset, offset + 12))}`;
    return fail(`not valid JSON: ${found}`, offset);
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
        const stroke = receive(inkStroke, candidate);
        if (!stroke.ok) report(`stroke ${index + 1} of slide "${slide}": ${stroke.error}; it is left out`, ['slides', slide, index]);
        else kept.push(stroke.value);
      });
      if (strokes.length > INK_LIMITS.strokesPerSlide) report(`slide "${slide}" has more than ${INK_LIMITS.strokesPerSlide} strokes; the rest are left out`, ['slides', slide, INK_LIMITS.strokesPerSlide]);
      if (kept.length > 0) annotations.slides[slide] = kept;
    }
  }
  if (Object.keys(value.slides).length > INK_LIMITS.slides) report(`more than ${INK_LIMITS.slides} slides; the rest are left out`, ['slides']);
  return { annotations, problems, readable: true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
