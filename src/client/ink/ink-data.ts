import type { AnnotationsFile } from '../../model/annotations.ts';
import { emptyAnnotations, parseAnnotations } from '../../shared/ink/validate-annotations.ts';

/** Must match INK_DATA_ID in vite/ink-plugin.ts (the client does not import the Vite side). */
const INK_DATA_ID = 'lesdia-ink';

/** The drawings the page was built or served with; empty when it has none or they do not read. */
export function embeddedInk(): AnnotationsFile {
  const text = document.getElementById(INK_DATA_ID)?.textContent;
  if (!text) return emptyAnnotations();
  const { annotations, problems } = parseAnnotations(text);
  for (const problem of problems) console.warn(`lesdia: drawings: ${problem.message}`);
  return annotations;
}

export function hasEmbeddedInk(): boolean {
  return document.getElementById(INK_DATA_ID) !== null;
}
