/**
 * The build steps of a slide, in reveal's order: fragments with a `data-fragment-index` grouped by it, in
 * ascending order; the others after them, one step each, in document order.
 */
export function fragmentSteps(slide: Element): Element[][] {
  const fragments = [...slide.querySelectorAll('.fragment')];
  const indexed = new Map<number, Element[]>();
  const unindexed: Element[][] = [];
  for (const fragment of fragments) {
    const index = Number(fragment.getAttribute('data-fragment-index'));
    if (fragment.hasAttribute('data-fragment-index') && Number.isFinite(index)) indexed.set(index, [...(indexed.get(index) ?? []), fragment]);
    else unindexed.push([fragment]);
  }
  const ordered = [...indexed.keys()].toSorted((a, b) => a - b).map((index) => indexed.get(index) ?? []);
  return [...ordered, ...unindexed];
}

/** Shows the first `count` steps of a slide, as reveal would after `count` presses of →. */
export function showSteps(steps: readonly Element[][], count: number): void {
  steps.forEach((group, i) => {
    for (const fragment of group) fragment.classList.toggle('visible', i < count);
  });
}
