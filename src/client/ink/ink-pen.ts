import type { InkColor, InkStroke } from '../../model/annotations.ts';
import { simplifyStroke } from '../../shared/ink/simplify-stroke.ts';

export type PenTool = 'pen' | 'highlighter' | 'eraser';

export interface PenSettings {
  tool: PenTool;
  color: InkColor;
  thick: boolean;
}

export interface PenTarget {
  /** Where the slide's 1280×720 surface is on screen now. */
  surface: () => DOMRect | undefined;
  /** The slide on screen and its build step. */
  place: () => { slide: string; step: number } | undefined;
  /** The strokes showing on that slide, for the eraser. */
  strokes: (slide: string, step: number) => readonly InkStroke[];
  draft: (slide: string, stroke: InkStroke) => void;
  finish: (slide: string, stroke: InkStroke) => void;
  /** Strokes under the eraser, gone at once. */
  erase: (slide: string, ids: string[]) => void;
  /** The eraser lifted: what it took is one change to undo. */
  erased: (slide: string, ids: string[]) => void;
}

const WIDTHS = { pen: [4, 9], highlighter: [20, 36] } as const;
/** Points closer than this (slide pixels) to the last one add nothing but bytes. */
const MIN_STEP = 2;
const ERASER_REACH = 10;
/** A finished stroke keeps the points that shape it to within this (slide pixels): a third of the bytes. */
const SIMPLIFY = 0.8;

/**
 * A transparent sheet over the whole window that takes mouse, touch and pen input while drawing, so
 * reveal's own swipes and clicks never see it. One pointer draws at a time: a resting palm does not.
 */
export function startPen(target: PenTarget, settings: () => PenSettings): { element: HTMLElement; drawing: () => boolean } {
  const sheet = document.createElement('div');
  sheet.className = 'ink-capture';
  let active: { pointer: number; slide: string; stroke: InkStroke; erased: string[]; frame: number } | undefined;

  const toSlide = (event: PointerEvent): [number, number] | undefined => {
    const rect = target.surface();
    if (!rect || rect.width === 0) return undefined;
    return [Math.round(((event.clientX - rect.left) * 1280) / rect.width), Math.round(((event.clientY - rect.top) * 720) / rect.height)];
  };

  sheet.addEventListener('pointerdown', (event) => {
    if (active || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const place = target.place();
    const point = toSlide(event);
    if (!place || !point) return;
    event.preventDefault();
    sheet.setPointerCapture(event.pointerId);
    const { tool, color, thick } = settings();
    const width = tool === 'eraser' ? 0 : WIDTHS[tool][thick ? 1 : 0];
    const stroke: InkStroke = { id: strokeId(), step: place.step, tool: tool === 'eraser' ? 'pen' : tool, color, width, points: [...point] };
    active = { pointer: event.pointerId, slide: place.slide, stroke, erased: [], frame: 0 };
    if (tool === 'eraser') erase(point, place.step);
    else target.draft(place.slide, stroke);
  });

  sheet.addEventListener('pointermove', (event) => {
    if (!active || event.pointerId !== active.pointer) return;
    const current = active;
    for (const sample of event.getCoalescedEvents?.() ?? [event]) {
      const point = toSlide(sample);
      if (!point) continue;
      if (current.stroke.width === 0) {
        erase(point, current.stroke.step);
        continue;
      }
      const { points } = current.stroke;
      const dx = point[0] - (points.at(-2) ?? 0);
      const dy = point[1] - (points.at(-1) ?? 0);
      if (dx * dx + dy * dy >= MIN_STEP * MIN_STEP && points.length < 7998) points.push(...point);
    }
    if (current.stroke.width > 0 && !current.frame) {
      current.frame = requestAnimationFrame(() => {
        current.frame = 0;
        if (active === current) target.draft(current.slide, { ...current.stroke, points: [...current.stroke.points] });
      });
    }
  });

  const end = (event: PointerEvent) => {
    if (!active || event.pointerId !== active.pointer) return;
    const done = active;
    active = undefined;
    cancelAnimationFrame(done.frame);
    if (done.stroke.width > 0) target.finish(done.slide, { ...done.stroke, points: simplifyStroke(done.stroke.points, SIMPLIFY) });
    else if (done.erased.length > 0) target.erased(done.slide, done.erased);
  };
  sheet.addEventListener('pointerup', end);
  sheet.addEventListener('pointercancel', end);
  // Touch and pen must not scroll, zoom or reach reveal's swipe handling.
  for (const type of ['touchstart', 'touchmove', 'touchend', 'contextmenu']) {
    sheet.addEventListener(type, (event) => {
      event.preventDefault();
      event.stopPropagation();
    }, { passive: false });
  }

  function erase(point: [number, number], step: number): void {
    if (!active) return;
    const hit = target.strokes(active.slide, step).filter((s) => !active?.erased.includes(s.id) && touches(s, point));
    if (hit.length === 0) return;
    active.erased.push(...hit.map((s) => s.id));
    target.erase(active.slide, hit.map((s) => s.id));
  }

  return { element: sheet, drawing: () => active !== undefined };
}

/** Whether a point lies on a stroke (within half its width and a little reach). */
function touches(stroke: InkStroke, [px, py]: [number, number]): boolean {
  const reach = stroke.width / 2 + ERASER_REACH;
  const p = stroke.points;
  for (let i = 0; i < p.length; i += 2) {
    const ax = p[i] ?? 0;
    const ay = p[i + 1] ?? 0;
    const bx = p[i + 2] ?? ax;
    const by = p[i + 3] ?? ay;
    const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / lengthSquared));
    if ((px - ax - t * (bx - ax)) ** 2 + (py - ay - t * (by - ay)) ** 2 <= reach * reach) return true;
  }
  return false;
}

function strokeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => (b % 36).toString(36)).join('') + Date.now().toString(36).slice(-4);
}
