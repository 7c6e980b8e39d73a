import { INK_COLORS, INK_LIMITS, type InkChange, type InkStroke } from '../model/annotations.ts';
import { integer, list, literal, object, oneOf, ProtocolError, union, type Check, finite } from './validate.ts';

export const RE_STROKE_ID = /^[A-Za-z0-9_-]{1,40}$/;
/** Slide ids are lesdia's anchors (`docker-vs-vm`, `dia-3`): no `__proto__` or other surprises. */
export const RE_SLIDE_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

function matching(pattern: RegExp, what: string): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string' || !pattern.test(value)) throw new ProtocolError(path, what);
    return value;
  };
}

/** x, y pairs on the slide (a little beyond its edges allowed), at most INK_LIMITS.numbersPerStroke numbers. */
const points: Check<number[]> = (value, path) => {
  const { margin, numbersPerStroke } = INK_LIMITS;
  if (!Array.isArray(value) || value.length < 2 || value.length % 2 !== 0 || value.length > numbersPerStroke) {
    throw new ProtocolError(path, `x, y pairs, at most ${numbersPerStroke / 2}`);
  }
  value.forEach((n: unknown, i) => {
    const max = i % 2 === 0 ? 1280 + margin : 720 + margin;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < -margin || n > max) throw new ProtocolError(`${path}[${i}]`, `a point on the slide`);
  });
  return value as number[];
};

export const slideId = matching(RE_SLIDE_ID, 'a slide id');

/** One stroke, as kept in `annotations/<deck>.json` and sent when drawn. */
export const inkStroke: Check<InkStroke> = object({
  id: matching(RE_STROKE_ID, '1–40 letters, digits, - or _'),
  step: integer(0, 1000),
  tool: oneOf(['pen', 'highlighter'] as const),
  color: oneOf(INK_COLORS),
  width: finite(1, INK_LIMITS.maxWidth),
  points,
});

/** A change to a deck's drawings, from the deck that draws to whoever keeps or shows them. */
export const inkChange: Check<InkChange> = union({
  add: object({ type: literal('add'), slide: slideId, stroke: inkStroke }),
  draft: object({ type: literal('draft'), slide: slideId, stroke: inkStroke }),
  remove: object({ type: literal('remove'), slide: slideId, ids: list(matching(RE_STROKE_ID, 'a stroke id'), INK_LIMITS.strokesPerSlide) }),
});
