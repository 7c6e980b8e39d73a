import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import { contentType } from '../server/content-type.ts';
import type { DeckProject } from '../project/deck-project.ts';

export interface DevPageSources {
  renderIndex: () => Promise<string>;
  renderDeckShell: (slug: string) => Promise<string | undefined>;
  deckClient: string;
}

/**
 * The dev server's pages: `/` (the deck list), `/<slug>/` (a deck, through Vite's HTML transforms) and
 * `/<slug>/media/…` (its images). Resolves to false for any other URL, which Vite then serves.
 */
export function createDevPages(server: ViteDevServer, project: DeckProject, pages: DevPageSources): (url: string, res: ServerResponse) => Promise<boolean> {
  return async (url, res) => {
    const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    const deckMatch = /^\/([^/]+)\/?(index\.html)?$/.exec(pathname);
    if (pathname === '/' || pathname === '/index.html') {
      return send(res, 'text/html; charset=utf-8', await server.transformIndexHtml('/index.html', await pages.renderIndex()));
    }
    const mediaMatch = /^\/([^/]+)\/(media\/.+)$/.exec(pathname);
    if (mediaMatch) {
      const deck = project.findDeck(mediaMatch[1] ?? '');
      if (!deck) return false;
      const compiled = await project.compile(deck, pages.deckClient);
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
    const shell = await pages.renderDeckShell(deckMatch[1] ?? '');
    if (shell === undefined) return false;
    return send(res, 'text/html; charset=utf-8', await server.transformIndexHtml(`/${deckMatch[1]}/index.html`, shell));
  };
}

function send(res: ServerResponse, type: string, body: string | Buffer): boolean {
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  res.end(body);
  return true;
}
