/**
 * The theme's sizes as the layout model needs them, in CSS pixels of reveal's 1280×720 slide.
 * They mirror src/client/theme/*.css; the `lesdia check` tests measure the real layout in Chromium
 * and fail when the two drift apart.
 */
export const SLIDE = {
  width: 1280,
  height: 720,
  paddingX: 16,
  paddingY: 8,
  /** Kept free at the bottom for reveal's controls and slide number. */
  reserveBottom: 12,
} as const;

export const CONTENT_WIDTH = SLIDE.width - 2 * SLIDE.paddingX;
export const CONTENT_HEIGHT = SLIDE.height - 2 * SLIDE.paddingY - SLIDE.reserveBottom;

export const TEXT = { size: 26, lineHeight: 1.4 } as const;
export const HEADING = { lineHeight: 1.15, title: 44, titleExtra: 10 + 3 + 22, sub: 30, subMarginTop: 18, marginBottom: 0.5 } as const;
export const BLOCK_GAP = 0.6 * TEXT.size;
export const LIST = { indent: 1.2 * TEXT.size, itemGap: 0.2 * TEXT.size } as const;
export const CODE = { size: 19, lineHeight: 1.45, padding: 24, border: 2, titleHeight: 17 * 1.4 + 8 + 1, charWidth: 0.6 } as const;
export const INLINE_CODE_SCALE = 0.9;
export const TABLE = { cellPaddingY: 12, border: 2, cellPaddingX: 28 } as const;
export const QUOTE = { paddingY: 16, paddingX: 26 } as const;
export const IMAGE = { maxHeight: 480, missingMinHeight: 120, missingMargin: 0.8 * TEXT.size, missingPadding: 32 } as const;
export const COLUMNS = { gap: 32 } as const;
export const CALLOUT = { paddingY: 20, paddingX: 26 } as const;
export const VIDEO_CARD = { height: 72 } as const;
export const STACK = { titleHeight: 24 * 1.4 + 4, rowHeight: 50, rowGap: 6, noteHeight: 22 * 1.4 + 6, margin: 0.9 * TEXT.size } as const;
export const FLOW = { maxHeight: 500, margin: 0.9 * TEXT.size } as const;
