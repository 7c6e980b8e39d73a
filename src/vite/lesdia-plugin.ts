import type { Plugin } from 'vite';
import { createDeckProject, type DeckProject, type DeckProjectOptions } from '../project/deck-project.ts';
import { hotUpdatePlugin } from './hot-update-plugin.ts';
import { pagesPlugin } from './pages-plugin.ts';
import { singleFilePlugin } from './single-file-plugin.ts';

export interface LesdiaPluginOptions extends DeckProjectOptions {
  /** A project already compiled by the caller (the CLI checks before it builds), so nothing compiles twice. */
  project?: DeckProject;
}

/**
 * The Vite side of lesdia: every course page is an HTML entry (`<slug>/index.html`), served by the dev
 * server and built by `vite build`; edits reach the open deck as a `lesdia:deck-update` event.
 */
export function lesdia(options: LesdiaPluginOptions): Plugin[] {
  const project = options.project ?? createDeckProject(options);
  const plugins = [pagesPlugin(project, options.singleFile ?? false), hotUpdatePlugin(project)];
  return options.singleFile ? [...plugins, singleFilePlugin()] : plugins;
}
