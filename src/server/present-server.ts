import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { LIVE_PATH, type LiveRole } from '../protocol/live-message.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import { createLiveChannel, type LiveChannel } from './live-channel.ts';
import type { LiveSecrets } from './live-secrets.ts';
import { ownHostNames } from './network-address.ts';

export interface PresentServerOptions {
  /** The built site. */
  siteDir: string;
  secrets: LiveSecrets;
  /** @default every interface */
  host?: string;
  /** 0: any free port. */
  port: number;
  /** The students' address (the deck list or the one deck), which the deck shows as a QR code on `Q`. */
  studentsUrl: (port: number) => string;
  /** More names this machine answers to, such as its network address. */
  hostNames?: readonly string[];
  /** Hears each message the live channel accepted (`lesdia present` saves the presenter's ink with it). */
  onLiveMessage?: (kind: string, data: unknown, from: LiveRole) => void;
}

export interface PresentServer {
  server: Server;
  port: number;
  channel: LiveChannel;
  close(): Promise<void>;
}

/**
 * `lesdia present`'s server: the built site and the live channel on one port, and nothing else. HTML pages
 * carry a `lesdia-live` meta tag, which tells the deck it may join the channel (a static build never does).
 */
export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const root = realpathSync(options.siteDir);
  const names = ownHostNames([...(options.hostNames ?? []), ...(options.host ? [options.host] : [])]);
  let port = options.port;
  const isOwnHost = (host: string) => {
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
    return match !== null && names.has(match[1] ?? '') && Number(match[2] ?? 80) === port;
  };
  const channel = createLiveChannel({ secrets: options.secrets, isOwnHost, ...(options.onLiveMessage ? { onMessage: options.onLiveMessage } : {}) });
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false, extensions: [], setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // The teacher's links carry secrets: no page passes its address on.
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!isOwnHost(req.headers.host ?? '') || (req.method !== 'GET' && req.method !== 'HEAD')) return void res.writeHead(403).end();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    const page = pageFile(root, pathname);
    if (page === 'directory') return void res.writeHead(301, { Location: `${encodeURI(pathname)}/` }).end();
    if (page) {
      const meta = `<meta name="lesdia-live" content="${escapeHtml(options.studentsUrl(port))}">`;
      const text = readFileSync(page, 'utf8');
      const html = text.includes(CHARSET) ? text.replace(CHARSET, () => `${CHARSET}\n${meta}`) : text.replace('<head>', () => `<head>\n${meta}`);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(req.method === 'HEAD' ? undefined : html);
    }
    assets(req, res, () => void res.writeHead(404).end());
    return undefined;
  };

  const server = createServer(handle);
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === LIVE_PATH) channel.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    channel,
    close: () =>
      new Promise<void>((resolve) => {
        channel.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const CHARSET = '<meta charset="utf-8">';

/** The HTML file a path shows (`…/` is its index.html), 'directory' for a folder without its slash, inside `root` only. */
function pageFile(root: string, pathname: string): string | 'directory' | undefined {
  const wanted = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!existsSync(wanted)) return undefined;
  const real = realpathSync(wanted);
  if (real !== root && !real.startsWith(root + path.sep)) return undefined;
  if (statSync(real).isDirectory()) return existsSync(path.join(real, 'index.html')) ? 'directory' : undefined;
  return real.endsWith('.html') ? real : undefined;
}
