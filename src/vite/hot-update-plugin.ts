import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { hasErrors } from '../diagnostics/diagnostic-sink.ts';
import type { DeckProject } from '../project/deck-project.ts';
import { DECK_UPDATE_EVENT, type DeckUpdate } from '../protocol/hot-update.ts';
import { DECK_CLIENT, devUrl } from './client-entries.ts';
import { toOverlayError } from './overlay-error.ts';
import { describeError, type DiagnosticLog } from './log-diagnostics.ts';
import { devProblemsOf } from './dev-problems-of.ts';

/** `lesdia:hmr`: a saved course page reaches the open deck as an update; a new or deleted one reloads the list. */
export function hotUpdatePlugin(project: DeckProject, log: DiagnosticLog): Plugin {
  return {
    name: 'lesdia:hmr',
    apply: 'serve',
    configureServer(server) {
      const updates = createDeckUpdates(server, project, log);
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
function createDeckUpdates(server: ViteDevServer, project: DeckProject, log: DiagnosticLog): { saved: (slug: string) => void } {
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
    log(server.config.logger, deck.displayPath, compiled.diagnostics, text);
    if (hasErrors(compiled.diagnostics)) {
      const overlay = toOverlayError(compiled.diagnostics, deck.file, text);
      if (overlay) server.ws.send({ type: 'error', err: overlay });
      return;
    }
    const payload: DeckUpdate = { slug, body: compiled.body, problems: devProblemsOf(compiled.diagnostics) };
    server.ws.send(DECK_UPDATE_EVENT, payload);
  };
  const report = (error: unknown) => server.config.logger.error(describeError(error));

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
