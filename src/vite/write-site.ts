import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clientScriptTag, DECK_BODY_MARKER, mathLinkTag } from '../emit/emit-deck-page.ts';
import { FIRST_SLIDE_SCRIPT } from '../emit/first-slide-script.ts';
import type { AnnotationsStore } from '../project/annotations-store.ts';
import type { DeckProject } from '../project/deck-project.ts';
import type { ClientBundle } from './client-bundle.ts';
import { BUILD_CLIENT_ENTRY, INDEX_CLIENT } from './client-entries.ts';
import { renderDeckList } from './deck-list-page.ts';
import { withInkData } from './ink-plugin.ts';
import { fontPreloads } from './page-assets.ts';
import { inlineStylesheets } from './inline-stylesheets.ts';
import { describePageErrors } from './page-errors.ts';

export interface SiteWriteOptions {
  project: DeckProject;
  /** The browser client, built once (see loadClientBundle). */
  bundle: ClientBundle;
  /** The decks show these drawings; none with `--no-ink`. */
  annotations?: AnnotationsStore | undefined;
}

/**
 * Writes the static site into `dir` (an empty staging folder): the deck list, one page per deck with its
 * images beside it, and the client's files in `assets/`. The pages are the compiled pages with the client's
 * tags in place of its entry, exactly as `vite build` through the lesdia plugin writes them, without running
 * Vite: the client does not depend on the decks. Throws with every error when a page has one.
 */
export async function writeSite(dir: string, { project, bundle, annotations }: SiteWriteOptions): Promise<void> {
  const errors = await describePageErrors(project, BUILD_CLIENT_ENTRY);
  if (errors) throw new Error(errors);
  const decks = project.listDecks();
  let usesMath = false;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  const index = await renderDeckList(project, BUILD_CLIENT_ENTRY, INDEX_CLIENT);
  write('index.html', withHead(index.replace(clientScriptTag(INDEX_CLIENT), ''), bundle.pages.index.head));
  const deckHead = inlineStylesheets(bundle.pages.deck.head, (name) => readFileSync(path.join(bundle.dir, 'assets', name), 'utf8'));
  for (const deck of decks) {
    const compiled = await project.compile(deck, BUILD_CLIENT_ENTRY);
    const page = `${deck.slug}/index.html`;
    let head = deckHead;
    let shell = compiled.shell.replace(clientScriptTag(BUILD_CLIENT_ENTRY), '');
    if (compiled.deck.usesMath) {
      shell = shell.replace(mathLinkTag(BUILD_CLIENT_ENTRY), '');
      head += bundle.pages.math.head;
      usesMath = true;
    }
    const html = withHead(shell, head + fontPreloads([...bundle.pages.deck.files], page, compiled.body)).replace(DECK_BODY_MARKER, () => `${compiled.body}\n${FIRST_SLIDE_SCRIPT}`);
    write(page, annotations ? withInkData(html, annotations.read(deck.slug).annotations) : html);
    for (const asset of compiled.deck.assets) {
      const target = path.join(dir, deck.slug, decodeURIComponent(asset.url));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(asset.file, target);
    }
  }
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  for (const file of siteFiles(bundle, usesMath)) copyFileSync(path.join(bundle.dir, file), path.join(dir, file));
}

/** Every file of the client, but KaTeX's stylesheet and fonts only for a site with formulas. */
function siteFiles(bundle: ClientBundle, usesMath: boolean): string[] {
  if (usesMath) return bundle.files;
  const elsewhere = new Set([...bundle.pages.index.files, ...bundle.pages.deck.files]);
  const mathOnly = new Set(bundle.pages.math.files.filter((file) => !elsewhere.has(file)));
  return bundle.files.filter((file) => !mathOnly.has(file));
}

function withHead(html: string, tags: string): string {
  return html.replace('</head>', () => `${tags}</head>`);
}
