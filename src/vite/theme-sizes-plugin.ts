import type { Plugin } from 'vite';
import { themeSizesCss } from '../layout/theme-sizes-css.ts';

/** What the client imports for the theme's sizes; made from the layout model's metrics, never written by hand. */
export const THEME_SIZES_MODULE = 'virtual:lesdia/theme-sizes.css';
const RESOLVED = '\0lesdia-theme-sizes.css';

/** `lesdia:theme-sizes`: the CSS custom properties of the theme's sizes, from src/layout/theme-metrics.ts. */
export function themeSizesPlugin(): Plugin {
  return {
    name: 'lesdia:theme-sizes',
    resolveId(id) {
      return id === THEME_SIZES_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? themeSizesCss() : undefined;
    },
  };
}
