/** Container names the theme draws as a framed callout (padding and a coloured bar). */
export const CALLOUT_NAMES = ['tip', 'info', 'note', 'warning', 'danger', 'important', 'callout'] as const;
