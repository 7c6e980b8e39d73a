import type { InlineConfig } from 'vite';
import { lesdia, type LesdiaPluginOptions } from './lesdia-plugin.ts';

export interface SiteConfigOptions extends LesdiaPluginOptions {
  outDir?: string;
  port?: number;
}

/** The Vite configuration the CLI runs with: the lesdia plugins and nothing from a config file. */
export function createSiteConfig(options: SiteConfigOptions): InlineConfig {
  const config: InlineConfig = {
    configFile: false,
    logLevel: 'warn',
    plugins: [lesdia(options)],
    // lightningcss (native) resolves the theme's @imports and font URLs instead of postcss (JavaScript):
    // the same CSS, written byte for byte the same, in about half the time, and postcss is never loaded.
    css: { transformer: 'lightningcss' },
    build: { emptyOutDir: true, reportCompressedSize: false },
  };
  if (options.outDir) config.build = { ...config.build, outDir: options.outDir };
  if (options.port) config.server = { port: options.port, strictPort: true };
  if (options.port) config.preview = { port: options.port, strictPort: true };
  return config;
}
