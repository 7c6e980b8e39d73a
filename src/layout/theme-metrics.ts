import { REVEAL_LAYOUT } from '../shared/reveal-layout.ts';

/**
 * The theme's sizes, in CSS pixels of reveal's 1280×720 slide: their one source. The stylesheets read them
 * as custom properties (`--lesdia-…`, written from THEME by themeSizesCss() when the site is built), and
 * the layout model's metrics below are derived from them, so the layout model and the CSS cannot drift.
 */
export const THEME = {
  slidePaddingX: 16,
  slidePaddingY: 8,
  textSize: 26,
  lineHeight: 1.4,
  /** Paragraph and block margins, in em of the text. */
  blockGapEm: 0.6,
  listIndentEm: 1.2,
  listItemGapEm: 0.2,
  headingLineHeight: 1.15,
  headingMarginBottomEm: 0.5,
  titleSize: 44,
  titlePaddingBottom: 10,
  titleBorder: 3,
  titleMarginBottom: 22,
  subheadingSize: 30,
  subheadingMarginTopEm: 0.6,
  codeSize: 19,
  codeLineHeight: 1.45,
  codePaddingY: 12,
  codePaddingX: 18,
  /** The hanging indent of a wrapped code line, where its continuation mark sits. */
  codeHangCh: 2,
  /** The smallest size that stays above the 24 px floor at 1920×1080 with reveal's margin. */
  codeTitleSize: 17,
  codeTitlePaddingY: 4,
  inlineCodeScale: 0.9,
  cellPaddingY: 6,
  cellPaddingX: 14,
  barWidth: 6,
  quotePaddingY: 8,
  quotePaddingX: 20,
  calloutPaddingY: 10,
  calloutPaddingX: 20,
  columnsGap: 32,
  imageMaxHeight: 480,
} as const;

export const SLIDE = {
  width: REVEAL_LAYOUT.width,
  height: REVEAL_LAYOUT.height,
  paddingX: THEME.slidePaddingX,
  paddingY: THEME.slidePaddingY,
  /** Kept free at the bottom for reveal's controls and slide number. */
  reserveBottom: 12,
} as const;

export const CONTENT_WIDTH = SLIDE.width - 2 * SLIDE.paddingX;
export const CONTENT_HEIGHT = SLIDE.height - 2 * SLIDE.paddingY - SLIDE.reserveBottom;

export const TEXT = { size: THEME.textSize, lineHeight: THEME.lineHeight } as const;
export const HEADING = {
  lineHeight: THEME.headingLineHeight,
  title: THEME.titleSize,
  titleExtra: THEME.titlePaddingBottom + THEME.titleBorder + THEME.titleMarginBottom,
  sub: THEME.subheadingSize,
  subMarginTop: THEME.subheadingMarginTopEm * THEME.subheadingSize,
  marginBottom: THEME.headingMarginBottomEm,
} as const;
export const BLOCK_GAP = THEME.blockGapEm * TEXT.size;
export const LIST = { indent: THEME.listIndentEm * TEXT.size, itemGap: THEME.listItemGapEm * TEXT.size } as const;
export const CODE = {
  size: THEME.codeSize,
  lineHeight: THEME.codeLineHeight,
  padding: 2 * THEME.codePaddingY,
  paddingX: 2 * THEME.codePaddingX,
  border: 2,
  titleHeight: THEME.codeTitleSize * 1.4 + 2 * THEME.codeTitlePaddingY + 1,
  /** JetBrains Mono's advance: 0.6 em for every glyph. */
  charWidth: 0.6,
  hang: THEME.codeHangCh * 0.6 * THEME.codeSize,
} as const;
export const INLINE_CODE_SCALE = THEME.inlineCodeScale;
export const TABLE = { cellPaddingY: 2 * THEME.cellPaddingY, border: 2, cellPaddingX: 2 * THEME.cellPaddingX } as const;
// Twice the CSS padding: the last paragraph's margin inside a quote or callout does not collapse through
// its padding, and the model leaves that margin out of the children's height.
export const QUOTE = { paddingY: 2 * THEME.quotePaddingY, paddingX: THEME.quotePaddingX + THEME.barWidth } as const;
export const CALLOUT = { paddingY: 2 * THEME.calloutPaddingY, paddingX: THEME.calloutPaddingX + THEME.barWidth } as const;
export const IMAGE = { maxHeight: THEME.imageMaxHeight, missingMinHeight: 120, missingMargin: 0.8 * TEXT.size, missingPadding: 32 } as const;
export const COLUMNS = { gap: THEME.columnsGap } as const;
export const VIDEO_CARD = { height: 72 } as const;
export const STACK = { titleHeight: 24 * 1.4 + 4, rowHeight: 50, rowGap: 6, noteHeight: 22 * 1.4 + 6, margin: 0.9 * TEXT.size } as const;
export const FLOW = { maxHeight: 500, margin: 0.9 * TEXT.size } as const;
