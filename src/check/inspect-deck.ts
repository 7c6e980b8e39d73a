import type { InspectOptions, PageFinding } from '../protocol/check.ts';

/**
 * Runs inside the deck page (passed to Playwright's `page.evaluate`), so it is self-contained: no imports,
 * no closures. Walks every slide and build step through reveal's API and reports what a viewer would
 * wince at, each finding tied to the nearest `data-line` of the markdown.
 */

export function inspectDeck(options: InspectOptions): PageFinding[] {
  const deck = window.Reveal;
  if (!deck) throw new Error('the deck page has no reveal.js API (window.Reveal)');
  const findings: PageFinding[] = [];
  const seen = new Set<string>();
  const slidesElement = document.querySelector('.reveal .slides') as HTMLElement;
  const style = document.createElement('style');
  style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
  document.head.appendChild(style);
  deck.configure({ transition: 'none', backgroundTransition: 'none' });

  const report = (finding: PageFinding) => {
    const key = `${finding.kind}|${finding.slide}|${finding.line}|${finding.detail}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  const lineOf = (element: Element, section: Element): number => {
    const marked = element.closest('[data-line]');
    const value = marked && section.contains(marked) ? marked.getAttribute('data-line') : section.getAttribute('data-source-line');
    return Number(value ?? 0);
  };
  const isShown = (element: Element): boolean => {
    for (let node: Element | null = element; node && node !== slidesElement; node = node.parentElement) {
      const computed = getComputedStyle(node);
      if (computed.display === 'none' || computed.visibility === 'hidden' || Number(computed.opacity) === 0) return false;
      if (node.matches('aside.notes, .visually-hidden, .code-step')) return false;
    }
    return true;
  };
  const effectiveOpacity = (element: Element): number => {
    let opacity = 1;
    for (let node: Element | null = element; node && node !== slidesElement; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    return opacity;
  };
  const parseColor = (value: string): [number, number, number, number] => {
    const m = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\)/.exec(value);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
  };
  const luminance = ([r, g, b]: [number, number, number, number]): number => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backgroundOf = (element: Element): [number, number, number, number] => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const color = parseColor(getComputedStyle(node).backgroundColor);
      if (color[3] > 0.5) return color;
    }
    return parseColor(getComputedStyle(document.body).backgroundColor);
  };

  const inspectStep = (section: HTMLElement, slide: number, step: number) => {
    const box = slidesElement.getBoundingClientRect();
    const scale = box.height / 720;
    const floor = options.floorPx;
    for (const element of section.querySelectorAll('*')) {
      if (!isShown(element)) continue;
      const rect = element.getBoundingClientRect();
      const line = lineOf(element, section);
      // Inside a code block, lines that are too long scroll; that is reported as clipped code, not overflow.
      const clipped = element.closest('pre') !== null;
      if (!clipped && rect.width > 0 && rect.height > 0 && (rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.left < box.left - 1 || rect.top < box.top - 1)) {
        const below = Math.round((rect.bottom - box.bottom) / scale);
        const beside = Math.round((rect.right - box.right) / scale);
        report({ kind: 'overflow', slide, step, line, detail: below > 0 ? `${below} px below the slide` : `${Math.max(beside, 1)} px beside the slide` });
      }
      // Zero-width characters are not text anyone reads (KaTeX puts one, tiny, in every stacked formula).
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').replace(/[\u200b-\u200d\ufeff]/g, '').trim() !== '');
      if (hasText) {
        const computed = getComputedStyle(element);
        const svg = element instanceof SVGElement ? element.ownerSVGElement : null;
        const svgScale = svg ? (svg.getScreenCTM()?.a ?? 1) : scale;
        const size = parseFloat(computed.fontSize) * svgScale;
        if (size + 0.05 < floor) report({ kind: 'text-too-small', slide, step, line, detail: `${size.toFixed(1)} px on screen, below ${floor.toFixed(1)} px` });
        if (!svg && effectiveOpacity(element) === 1) {
          const fg = luminance(parseColor(computed.color));
          const bg = luminance(backgroundOf(element));
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          const large = parseFloat(computed.fontSize) >= 24 || (parseFloat(computed.fontSize) >= 18.66 && Number(computed.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5)) report({ kind: 'low-contrast', slide, step, line, detail: `contrast ${ratio.toFixed(2)}:1, needs ${large ? 3 : 4.5}:1` });
        }
      }
      if (element.matches('pre') && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
        report({ kind: 'code-clipped', slide, step, line, detail: `${element.scrollWidth - element.clientWidth} px cut off` });
      }
    }
  };

  deck.getHorizontalSlides().forEach((section, slide) => {
    deck.slide(slide, 0, -1);
    let step = 0;
    inspectStep(section, slide, step);
    while (deck.nextFragment()) inspectStep(section, slide, ++step);
    for (const link of section.querySelectorAll('a[href^="#"]')) {
      const target = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^#\/?/, ''));
      const exists = target === '' || /^\d+(\/\d+)?$/.test(target) || document.getElementById(target) !== null;
      if (!exists) report({ kind: 'broken-link', slide, step: 0, line: lineOf(link, section), detail: link.getAttribute('href') ?? '' });
    }
    if (!section.classList.contains('title-slide') && !section.querySelector('aside.notes') && !section.querySelector('.continued')) {
      report({ kind: 'no-notes', slide, step: 0, line: Number(section.getAttribute('data-source-line') ?? 0), detail: '' });
    }
  });
  deck.slide(0, 0, -1);
  return findings;
}
