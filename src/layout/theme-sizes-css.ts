import { THEME } from './theme-metrics.ts';

const RE_CAPITAL = /[A-Z]/g;
const UNITLESS = new Set(['lineHeight', 'headingLineHeight', 'codeLineHeight', 'inlineCodeScale']);

/**
 * The theme's sizes as CSS custom properties (`slidePaddingX` → `--lesdia-slide-padding-x: 16px`; a key
 * ending in `Em` or `Ch` is in that unit, line heights and scales have none), for the
 * stylesheets to read: the sizes the layout model measures with are the sizes the browser draws.
 */
export function themeSizesCss(): string {
  const properties = Object.entries(THEME).map(([key, value]) => {
    const unit = key.endsWith('Em') ? 'em' : key.endsWith('Ch') ? 'ch' : UNITLESS.has(key) ? '' : 'px';
    const name = (unit === 'em' || unit === 'ch' ? key.slice(0, -2) : key).replace(RE_CAPITAL, (c) => `-${c.toLowerCase()}`);
    return `  --lesdia-${name}: ${value}${unit};`;
  });
  return `/* Generated from src/layout/theme-metrics.ts: the layout model measures with these sizes. */\n:root {\n${properties.join('\n')}\n}\n`;
}
