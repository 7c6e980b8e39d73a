import { INK_LIMITS, type InkOp } from '../../model/annotations.ts';
import { RE_SLIDE_ID, RE_STROKE_ID, validateStroke } from './validate-annotations.ts';

/** A change received from a browser, checked before it is used: the op, or what is wrong with it. */
export function validateInkOp(value: unknown): InkOp | string {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const { op, slide } = value as Record<string, unknown>;
  if (typeof slide !== 'string' || !RE_SLIDE_ID.test(slide)) return 'no valid "slide"';
  if (op === 'add' || op === 'draft') {
    const stroke = validateStroke((value as Record<string, unknown>).stroke);
    return typeof stroke === 'string' ? stroke : { op, slide, stroke };
  }
  if (op === 'remove') {
    const { ids } = value as Record<string, unknown>;
    if (!Array.isArray(ids) || ids.length > INK_LIMITS.strokesPerSlide || !ids.every((id) => typeof id === 'string' && RE_STROKE_ID.test(id))) return '"ids" must be a list of stroke ids';
    return { op, slide, ids: ids as string[] };
  }
  return 'unknown "op"';
}
