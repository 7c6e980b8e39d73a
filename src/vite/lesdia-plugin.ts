import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DECK_BODY_MARKER } from '../emit/emit-deck-page.ts';
import { emitIndexPage, type DeckSummary } from '../emit/emit-index-page.ts';
import { hasErrors } from '../diagnostics/diagnostic-sink.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import { createDeckProject, type DeckProject, type DeckProjectOptions } from '../project/deck-project.ts';
import { CLIENT_DIR, LESDIA_ROOT } from '../project/lesdia-paths.ts';
import type { DeckAsset } from '../model/deck.ts';
import { toOverlayError } from './overlay-error.ts';
import { singleFilePlugin } from './single-file-plugin.ts';
import { deckPageId, indexPageId, slugOfPage } from './page-ids.ts';

const DECK_CLIENT = path.join(CLIENT_DIR, 'deck.ts');
const INDEX_CLIENT = path.join(CLIENT_DIR, 'index-page.ts');

/** The dev server loads the client from lesdia's own folder, which may lie outside the project. */
function devUrl(file: string): string {
  return `/@fs${file.split(path.sep).join('/')}`;
}

export interface LesdiaPluginOptions extends DeckProjectOptions {
  /** A project already compiled by the caller (the CLI checks before it builds), so nothing compiles twice. */
  project?: DeckProject;
}

/** The client entry of a production build; the CLI compiles with it so Vite reuses those results. */
export const BUILD_CLIENT_ENTRY = DECK_CLIENT;

/** Payload of the `lesdia:deck-update` event: the new `.reveal` element of one deck. */
export interface DeckUpdate {
  slug: string;
  body: string;
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

function pagesPlugin(project: DeckProject, singleFile: boolean): Plugin {
  let command: 'build' | 'serve' = 'build';
  const root = project.projectDir;
  const clientUrl = (file: string) => (command === 'serve' ? devUrl(file) : file);

  const renderIndex = async (): Promise<string> => {
    const summaries: DeckSummary[] = [];
    let lang = 'nl';
    for (const deck of project.listDecks()) {
      const { deck: compiled, diagnostics } = await project.compile(deck, clientUrl(DECK_CLIENT));
      lang = compiled.meta.lang;
      const summary: DeckSummary = { slug: deck.slug, title: compiled.meta.title, slideCount: compiled.slides.length, errorCount: diagnostics.filter((d) => d.severity === 'error').length };
      if (compiled.meta.date) summary.date = compiled.meta.date;
      summaries.push(summary);
    }
    return emitIndexPage(summaries, { clientEntry: clientUrl(INDEX_CLIENT), lang });
  };

  const renderDeckShell = async (slug: string): Promise<string | undefined> => {
    const deck = project.findDeck(slug);
    if (!deck) return undefined;
    return (await project.compile(deck, clientUrl(DECK_CLIENT))).shell;
  };

  return {
    name: 'lesdia:pages',
    config(_user, env) {
      command = env.command;
      const decks = project.listDecks().map((deck) => deckPageId(root, deck.slug));
      const input = singleFile ? decks : [indexPageId(root), ...decks];
      const inline = singleFile ? { assetsInlineLimit: () => true, cssCodeSplit: false, modulePreload: false as const } : {};
      return {
        root,
        // Relative URLs: the built site works from any sub-path and from a USB stick.
        base: './',
        appType: 'custom',
        server: { fs: { allow: [root, LESDIA_ROOT] } },
        // A single file cannot load chunks: the speaker view and reading mode go into the one script.
        build: { ...inline, rollupOptions: singleFile ? { input, output: { codeSplitting: false } } : { input } },
      };
    },
    resolveId(id) {
      const absolute = id.startsWith(root) ? id : path.join(root, id);
      return slugOfPage(root, absolute) !== undefined ? absolute : undefined;
    },
    async load(id) {
      const slug = slugOfPage(root, id);
      if (slug === undefined) return undefined;
      if (slug === '') return renderIndex();
      return renderDeckShell(slug);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const slug = slugOfPage(root, ctx.filename.startsWith(root) ? ctx.filename : ctx.path);
        const deck = slug ? project.findDeck(slug) : undefined;
        if (!deck || !html.includes(DECK_BODY_MARKER)) return html;
        const compiled = await project.compile(deck, clientUrl(DECK_CLIENT));
        const overlay = command === 'serve' ? toOverlayError(compiled.diagnostics, deck.file, readFileSync(deck.file, 'utf8')) : undefined;
        // In dev, a deck with errors still renders; the client shows the first error in Vite's overlay.
        const errorScript = overlay ? `\n<script type="application/json" id="lesdia-dev-error">${escapeHtml(JSON.stringify(overlay))}</script>` : '';
        const body = singleFile ? inlineImages(compiled.body, compiled.deck.assets) : compiled.body;
        const preloads = ctx.bundle && !singleFile ? fontPreloads(Object.keys(ctx.bundle), `${slug}/index.html`) : '';
        return html.replace('</head>', `${preloads}</head>`).replace(DECK_BODY_MARKER, () => body + errorScript);
      },
    },
    async generateBundle() {
      if (singleFile) return;
      for (const deck of project.listDecks()) {
        const compiled = await project.compile(deck, clientUrl(DECK_CLIENT));
        for (const asset of compiled.deck.assets) {
          this.emitFile({ type: 'asset', fileName: `${deck.slug}/${decodeURIComponent(asset.url)}`, source: readFileSync(asset.file) });
        }
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        void serveDevPage(server, req.url ?? '/', res).then((served) => served || next(), next);
      });
    },
  };

  async function serveDevPage(server: ViteDevServer, url: string, res: import('node:http').ServerResponse): Promise<boolean> {
    const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    const deckMatch = /^\/([^/]+)\/?(index\.html)?$/.exec(pathname);
    if (pathname === '/' || pathname === '/index.html') {
      return send(res, 'text/html', await server.transformIndexHtml('/index.html', await renderIndex()));
    }
    const mediaMatch = /^\/([^/]+)\/(media\/.+)$/.exec(pathname);
    if (mediaMatch) {
      const deck = project.findDeck(mediaMatch[1] ?? '');
      if (!deck) return false;
      const compiled = await project.compile(deck, clientUrl(DECK_CLIENT));
      const asset = compiled.deck.assets.find((a) => decodeURIComponent(a.url) === mediaMatch[2]);
      return asset ? send(res, contentType(asset.file), readFileSync(asset.file)) : false;
    }
    if (!deckMatch || !project.findDeck(deckMatch[1] ?? '')) return false;
    if (!pathname.endsWith('/') && !deckMatch[2]) {
      res.statusCode = 302;
      res.setHeader('Location', `${pathname}/`);
      res.end();
      return true;
    }
    const shell = await renderDeckShell(deckMatch[1] ?? '');
    if (shell === undefined) return false;
    return send(res, 'text/html', await server.transformIndexHtml(`/${deckMatch[1]}/index.html`, shell));
  }
}

function hotUpdatePlugin(project: DeckProject): Plugin {
  return {
    name: 'lesdia:hmr',
    apply: 'serve',
    configureServer(server) {
      const updates = createDeckUpdates(server, project);
      const isDeck = (file: string) => path.dirname(path.resolve(file)) === project.slidesDir && file.endsWith('.md');
      server.watcher.add(project.slidesDir);
      server.watcher.on('change', (file) => {
        if (isDeck(file)) updates.saved(path.basename(file, '.md'));
      });
      const reloadIndex = (file: string) => {
        if (isDeck(file)) server.ws.send({ type: 'full-reload', path: '/index.html' });
      };
      server.watcher.on('add', reloadIndex);
      server.watcher.on('unlink', reloadIndex);
    },
    hotUpdate({ file }) {
      // Course pages are not modules: lesdia sends its own update, so Vite must not reload the page.
      if (file.endsWith('.md')) return [];
      return undefined;
    },
  };
}

/** Trailing check after the last save of a burst: file watchers fold rapid saves and may miss the last one. */
const SETTLE_MS = 120;

/**
 * Sends `lesdia:deck-update` for saved decks: at once on each save (for speed), and once more when saves
 * stop, if the file then holds something else than what was sent. Only the newest compile of a deck is sent,
 * so a slow compile never overwrites a newer one.
 */
function createDeckUpdates(server: ViteDevServer, project: DeckProject): { saved: (slug: string) => void } {
  const newest = new Map<string, number>();
  const sentText = new Map<string, string>();
  const settle = new Map<string, NodeJS.Timeout>();

  const update = async (slug: string): Promise<void> => {
    const deck = project.findDeck(slug);
    if (!deck) return;
    const version = (newest.get(slug) ?? 0) + 1;
    newest.set(slug, version);
    const text = readFileSync(deck.file, 'utf8');
    const compiled = await project.compile(deck, devUrl(DECK_CLIENT));
    if (newest.get(slug) !== version) return;
    sentText.set(slug, text);
    if (hasErrors(compiled.diagnostics)) {
      const overlay = toOverlayError(compiled.diagnostics, deck.file, text);
      if (overlay) server.ws.send({ type: 'error', err: overlay });
      return;
    }
    const payload: DeckUpdate = { slug, body: compiled.body };
    server.ws.send('lesdia:deck-update', payload);
  };
  const report = (error: unknown) => server.config.logger.error(String(error));

  return {
    saved(slug) {
      void update(slug).catch(report);
      clearTimeout(settle.get(slug));
      settle.set(
        slug,
        setTimeout(() => {
          settle.delete(slug);
          const deck = project.findDeck(slug);
          if (deck && existsSync(deck.file) && readFileSync(deck.file, 'utf8') !== sentText.get(slug)) void update(slug).catch(report);
        }, SETTLE_MS),
      );
    },
  };
}

const RE_TEXT_FONT = /atkinson-hyperlegible-latin-(?:400|700)-normal[^/]*\.woff2$/;

/**
 * The text fonts start loading with the page instead of after the stylesheet, so the first slide shows in
 * its own font rather than switching from a fallback.
 */
function fontPreloads(files: readonly string[], page: string): string {
  return files
    .filter((file) => RE_TEXT_FONT.test(file))
    .map((file) => `<link rel="preload" href="${path.posix.relative(path.posix.dirname(page), file)}" as="font" type="font/woff2" crossorigin>\n`)
    .join('');
}

/** Images as data URLs, for a single file that carries everything. */
function inlineImages(body: string, assets: readonly DeckAsset[]): string {
  let html = body;
  for (const asset of assets) {
    const data = `data:${contentType(asset.file)};base64,${readFileSync(asset.file).toString('base64')}`;
    html = html.replaceAll(`src="${asset.url}"`, `src="${data}"`);
  }
  return html;
}

function send(res: import('node:http').ServerResponse, type: string, body: string | Buffer): boolean {
  res.statusCode = 200;
  res.setHeader('Content-Type', type.startsWith('text/') ? `${type}; charset=utf-8` : type);
  res.end(body);
  return true;
}

const CONTENT_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.avif': 'image/avif' };

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
