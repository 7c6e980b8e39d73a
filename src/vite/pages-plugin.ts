import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger, Plugin, Rollup } from 'vite';
import { DECK_BODY_MARKER } from '../emit/emit-deck-page.ts';
import { FIRST_SLIDE_SCRIPT } from '../emit/first-slide-script.ts';
import { inlineStylesheets } from './inline-stylesheets.ts';
import type { DeckProject } from '../project/deck-project.ts';
import { LESDIA_ROOT } from '../project/lesdia-paths.ts';
import { describeInternalError, INTERNAL_ERROR_HINT } from '../shared/internal-error.ts';
import { DECK_CLIENT, devUrl, INDEX_CLIENT } from './client-entries.ts';
import { createDevPages } from './dev-pages.ts';
import { toOverlayError } from './overlay-error.ts';
import type { DiagnosticLog } from './log-diagnostics.ts';
import { devProblemsOf } from './dev-problems-of.ts';
import { renderDeckList } from './deck-list-page.ts';
import { describePageErrors } from './page-errors.ts';
import { deckPageId, indexPageId, slugOfPage } from './page-ids.ts';
import { fontPreloads, inlineImages } from './page-assets.ts';

/** Files the dev server never sends, even inside the allowed folders: dotfiles, keys, certificates, secrets. */
const DEV_DENY = ['**/.*', '**/.*/**', '**/*.{key,pem,crt,cer,p12,pfx,jks,keystore,gpg,asc,kdbx}', '**/id_{rsa,dsa,ecdsa,ed25519}*', '**/*secret*', '**/*password*', '**/*credential*'];

/**
 * `lesdia:pages`: every course page is an HTML entry (`<slug>/index.html`) beside the deck list, loaded
 * from the compiler; the slides go into the page after Vite has processed its own tags.
 */
export function pagesPlugin(project: DeckProject, singleFile: boolean, log: DiagnosticLog): Plugin {
  let logger: Logger | undefined;
  let command: 'build' | 'serve' = 'build';
  const root = project.projectDir;
  const clientUrl = (file: string) => (command === 'serve' ? devUrl(file) : file);

  const renderIndex = (): Promise<string> => renderDeckList(project, clientUrl(DECK_CLIENT), clientUrl(INDEX_CLIENT));

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
        // Only the pages, their assets and lesdia's own files are served; never dotfiles or keys (#11).
        server: { fs: { strict: true, allow: [project.slidesDir, project.assetsDir, LESDIA_ROOT], deny: DEV_DENY } },
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
        const sourceText = command === 'serve' ? readFileSync(deck.file, 'utf8') : '';
        const overlay = command === 'serve' ? toOverlayError(compiled.diagnostics, deck.file, sourceText) : undefined;
        if (command === 'serve' && logger) log(logger, deck.displayPath, compiled.diagnostics, sourceText);
        // In dev, a deck with errors still renders; the client shows the first error in Vite's overlay.
        // JSON in a script element is not HTML-decoded: only `<` needs escaping, so `</script>` cannot end it.
        const errorScript = overlay ? `\n<script type="application/json" id="lesdia-dev-error">${JSON.stringify(overlay).replace(/</g, '\\u003c')}</script>` : '';
        const problems = command === 'serve' ? devProblemsOf(compiled.diagnostics) : [];
        const problemsScript = problems.length > 0 ? `\n<script type="application/json" id="lesdia-dev-problems-data">${JSON.stringify(problems).replace(/</g, '\\u003c')}</script>` : '';
        const body = singleFile ? inlineImages(compiled.body, compiled.deck.assets) : compiled.body;
        const preloads = ctx.bundle && !singleFile ? fontPreloads(Object.keys(ctx.bundle), `${slug}/index.html`, compiled.body) : '';
        // A built page shows its first slide before reveal starts; the dev server's stylesheets come later, from a script.
        const firstSlide = command === 'build' ? `\n${FIRST_SLIDE_SCRIPT}` : '';
        // As lesdia build writes it (write-site.ts): the theme's stylesheets inside the page.
        const bundle = ctx.bundle;
        const head = bundle && !singleFile ? inlineStylesheets(html, (name) => cssSource(bundle[`assets/${name}`])) : html;
        return head.replace('</head>', `${preloads}</head>`).replace(DECK_BODY_MARKER, () => body + firstSlide + errorScript + problemsScript);
      },
    },
    configResolved(config) {
      logger = config.logger;
    },
    // `vite build` (the config file, or any tool) builds no deck that has errors: it fails with all of them.
    async buildStart() {
      if (command !== 'build') return;
      const errors = await describePageErrors(project, clientUrl(DECK_CLIENT));
      if (errors) this.error(errors);
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
      const serve = createDevPages(server, project, { renderIndex, renderDeckShell, deckClient: clientUrl(DECK_CLIENT) });
      server.middlewares.use((req, res, next) => {
        void serve(req.url ?? '/', res).then(
          (served) => served || next(),
          (error: unknown) => {
            // Never a stack trace in a page: one line in the terminal and in the answer.
            const lines = describeInternalError(error, process.env.LESDIA_DEBUG === '1');
            server.config.logger.error(lines.join('\n'));
            if (res.headersSent) return void res.destroy();
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(`${(process.env.LESDIA_DEBUG === '1' ? lines : lines.slice(0, 1)).join('\n')}\n${INTERNAL_ERROR_HINT}\n`);
          },
        );
      });
    },
  };
}

/** A stylesheet Vite emitted, as text. */
function cssSource(chunk: Rollup.OutputAsset | Rollup.OutputChunk | undefined): string | undefined {
  if (chunk?.type !== 'asset') return undefined;
  return typeof chunk.source === 'string' ? chunk.source : new TextDecoder().decode(chunk.source);
}
