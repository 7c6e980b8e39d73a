import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { isServable } from './servable-path.ts';

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/**
 * A handler for the files of a built site under `dir`, served by sirv (the server Vite's preview uses):
 * only regular files under `dir` after resolving symlinks, no dotfiles (lesdia's marker, `.git`), 400 for
 * a malformed URL, 404 outside `prefix`. Files are looked up on every request, so a rebuilt site is served
 * at once. An error answers 500 and never ends the server.
 */
export function createStaticHandler(dir: string, prefix = '/'): StaticHandler {
  const root = path.resolve(dir);
  const serve = sirv(root, { dev: true, etag: true, dotfiles: false });
  return (req, res, next) => {
    const notFound = (): void => {
      if (next) next();
      else res.writeHead(404).end();
    };
    try {
      const raw = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
      let pathname: string;
      try {
        pathname = decodeURIComponent(raw);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: the address is not valid URL encoding.\n');
        return;
      }
      if (!pathname.startsWith(prefix)) return notFound();
      const relative = pathname.slice(prefix.length);
      const servable = isServable(root, relative);
      if (!servable) return notFound();
      // Each segment encoded once again: sirv sees the path below the prefix.
      const encoded = relative.split('/').filter(Boolean).map(encodeURIComponent).join('/');
      if (servable === 'folder') {
        res.writeHead(301, { Location: `${encodeURI(prefix)}${encoded}/` }).end();
        return;
      }
      req.url = `/${encoded}${relative.endsWith('/') && encoded ? '/' : ''}`;
      serve(req, res, notFound);
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  };
}

/** Serves a built site under a sub-path (as a school web server would), to prove its URLs are relative. */
export async function serveStatic(dir: string, prefix = '/'): Promise<{ url: string; server: Server }> {
  const handle = createStaticHandler(dir, prefix);
  const server = createServer((req, res) => handle(req, res));
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, server };
}
