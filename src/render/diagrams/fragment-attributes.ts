/**
 * Build steps of a diagram part: a reveal fragment with an explicit index (parts of one step appear
 * together). Step 0 means there from the start: the part is not a fragment at all.
 */
export function fragmentAttributes(part: string, step: number): string {
  return `data-diagram-part="${part}" data-step="${step}"${step > 0 ? ` data-fragment-index="${step}"` : ''}`;
}

/** Wraps content in a highlight fragment, which marks it (it never hides it) from step `highlight` on. */
export function withHighlight(content: string, highlight: number | undefined, className: string, tag = 'div'): string {
  if (highlight === undefined) return `<${tag} class="${className}">${content}</${tag}>`;
  return `<${tag} class="${className} fragment diagram-highlight" data-fragment-index="${highlight}" data-highlight-step="${highlight}">${content}</${tag}>`;
}

/** ` fragment` for a part that appears at a step, nothing for one that is there from the start. */
export function fragmentClass(step: number): string {
  return step > 0 ? ' fragment' : '';
}
