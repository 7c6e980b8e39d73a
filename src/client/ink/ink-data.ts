import type { AnnotationsFile } from '../../model/annotations.ts';
import { emptyAnnotations, parseAnnotations } from '../../shared/ink/validate-annotations.ts';
import { INK_DATA_ID } from './ink-loader.ts';

/** The drawings the page was built or served with; empty when it has none or they do not read. */
export function embeddedInk(): AnnotationsFile {
  const text = embeddedInkText();
  if (!text) return emptyAnnotations();
  const { annotations, problems } = parseAnnotations(text);
  for (const problem of problems) console.warn(`lesdia: drawings: ${problem.message}`);
  return annotations;
}

/** The drawings' JSON as the page carries it ('' without). */
export function embeddedInkText(): string {
  return document.getElementById(INK_DATA_ID)?.textContent ?? '';
}
