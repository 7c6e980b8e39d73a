import type { Plugin } from 'vite';
import { createDeckProject, type DeckProject, type DeckProjectOptions } from '../project/deck-project.ts';
import { createAnnotationsStore, type AnnotationsStore } from '../project/annotations-store.ts';
import { hotUpdatePlugin } from './hot-update-plugin.ts';
import { inkPlugin } from './ink-plugin.ts';
import { mathFontsPlugin } from './math-fonts-plugin.ts';
import { pagesPlugin } from './pages-plugin.ts';
import { singleFilePlugin } from './single-file-plugin.ts';
import { themeSizesPlugin } from './theme-sizes-plugin.ts';
import { createDiagnosticLog } from './log-diagnostics.ts';

export interface LesdiaPluginOptions extends DeckProjectOptions {
  /** A project already compiled by the caller (the CLI checks before it builds), so nothing compiles twice. */
  project?: DeckProject;
  /** Show the drawings of `annotations/<deck>.json` (and save new ones under dev); `--no-ink` is false. @default true */
  ink?: boolean;
  /** The drawings as kept by a running server (present), instead of a store of the plugin's own. */
  annotations?: AnnotationsStore;
}

/**
 * The Vite side of lesdia: every course page is an HTML entry (`<slug>/index.html`), served by the dev
 * server and built by `vite build`; edits reach the open deck as a `lesdia:deck-update` event.
 */
export function lesdia(options: LesdiaPluginOptions): Plugin[] {
  const project = options.project ?? createDeckProject(options);
  const annotations = options.ink === false ? undefined : (options.annotations ?? createAnnotationsStore(project.projectDir));
  // The terminal hears of a deck's problems once per change, whether a page load or a save found them.
  const log = createDiagnosticLog();
  const plugins = [pagesPlugin(project, options.singleFile ?? false, log), hotUpdatePlugin(project, log), inkPlugin(project, annotations), themeSizesPlugin(), mathFontsPlugin()];
  return options.singleFile ? [...plugins, singleFilePlugin()] : plugins;
}
