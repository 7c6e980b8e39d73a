import type { RevealApi } from 'reveal.js';

/**
 * Line steps of code blocks (`{1|2-3|all}`): the block's hidden `.code-step` fragments count the steps;
 * lines outside the current step are dimmed. Without this script (review, print) every line shows in full.
 */
export function followCodeSteps(deck: RevealApi): void {
  const update = () => {
    const slide = deck.getCurrentSlide();
    if (!slide) return;
    for (const block of slide.querySelectorAll<HTMLElement>('figure[data-line-steps]')) applyStep(block);
  };
  for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, update);
  update();
}

/** Dims the lines outside the block's current step, counted from its visible `.code-step` fragments. */
export function applyStep(block: HTMLElement): void {
  const steps = (block.dataset.lineSteps ?? '').split('|');
  const index = block.querySelectorAll('.code-step.visible').length;
  const step = steps[Math.min(index, steps.length - 1)] ?? 'all';
  const lines = step === 'all' ? undefined : new Set(step.split(',').map(Number));
  block.dataset.currentStep = String(index + 1);
  for (const line of block.querySelectorAll<HTMLElement>('.line')) {
    line.classList.toggle('is-dimmed', lines !== undefined && !lines.has(Number(line.dataset.codeLine)));
  }
}
