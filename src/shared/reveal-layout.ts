/**
 * The numbers reveal.js lays a deck out with: the slide's own size and the room around it, which
 * client/deck.ts gives reveal, and reveal 6's defaults that lesdia leaves as they are. The page's first-slide
 * script (emit/first-slide-script.ts) lays out the first slide with the same numbers before reveal has
 * loaded, so both must agree.
 */
export const REVEAL_LAYOUT = {
  width: 1280,
  height: 720,
  /** The share of the window's width and height left free around the slide. */
  margin: 0.04,
  /** reveal's defaults `minScale` and `maxScale`. */
  minScale: 0.2,
  maxScale: 2,
  /** reveal's default `scrollActivationWidth`: at this width (after the margin) or less it shows its scroll view. */
  scrollActivationWidth: 435,
} as const;
