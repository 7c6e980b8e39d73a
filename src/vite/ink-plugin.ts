import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import { INK_LIMITS, type AnnotationsFile } from '../model/annotations.ts';
import type { AnnotationsStore } from '../project/annotations-store.ts';
import type { DeckProject } from '../project/deck-project.ts';
import { inkChange } from '../protocol/ink.ts';
import { receive } from '../protocol/validate.ts';
import { slugOfPage } from './page-ids.ts';

/** Where the deck page carries its drawings; read by client/ink/ink-data.ts. */
export const INK_DATA_ID = 'lesdia-ink';
/** The dev server's endpoint for a deck's drawings: `POST /__lesdia/ink/<deck>` with one change. */
export const DEV_INK_PATH = '/__lesdia/ink/';

/**
 * `lesdia:ink`: puts each deck's saved drawings into its page (dev and build; left out with `--no-ink`)
 * and, under `lesdia dev`, saves the presenter's changes to `annotations/<deck>.json`. The dev server binds
 * 127.0.0.1; a change must also come from the dev server's own page (same origin, JSON body).
 */
export function inkPlugin(project: DeckProject, store: AnnotationsStore | undefined): Plugin {
  let serving = false;
  const reported = new Map<string, string>();
  return {
    name: 'lesdia:ink',
    config(_user, env) {
      serving = env.command === 'serve';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const root = project.projectDir;
        const slug = slugOfPage(root, ctx.filename.startsWith(root) ? ctx.filename : ctx.path);
        if (!store || !slug || !project.findDeck(slug)) return html;
        const { annotations, diagnostics, text } = store.read(slug);
        if (serving) {
          // Said once per change of the file, not on every page load.
          const said = diagnostics.map((d) => formatDiagnostic(d, text)).join('\n');
          if (said && reported.get(slug) !== said) console.warn(said);
          reported.set(slug, said);
        }
        return withInkData(html, annotations);
      },
    },
    hotUpdate({ file }) {
      // The drawings are saved while the deck is open: that must not reload it.
      if (store && file.startsWith(store.dir + path.sep)) return [];
      return undefined;
    },
    configureServer(server) {
      if (!store) return;
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith(DEV_INK_PATH)) return next();
        void receiveChange(req, res, project, store).catch(next);
      });
    },
  };
}

/** A deck page with its drawings in a JSON script before `</body>`; unchanged when there are none. */
export function withInkData(html: string, annotations: AnnotationsFile): string {
  if (Object.keys(annotations.slides).length === 0) return html;
  // JSON in a script element is not HTML-decoded: only `<` needs escaping, so `</script>` cannot end it.
  const json = JSON.stringify(annotations).replace(/</g, '\\u003c');
  return html.replace('</body>', () => `<script type="application/json" id="${INK_DATA_ID}">${json}</script>\n</body>`);
}

async function receiveChange(req: IncomingMessage, res: ServerResponse, project: DeckProject, store: AnnotationsStore): Promise<void> {
  const slug = decodeURIComponent((req.url ?? '').slice(DEV_INK_PATH.length).split('?')[0] ?? '');
  const origin = req.headers.origin;
  if (req.method !== 'POST') return reply(res, 405, 'POST a change');
  if (!project.findDeck(slug)) return reply(res, 404, 'no such deck');
  // A page on another site cannot send JSON here without a preflight, and its Origin would differ.
  if (!String(req.headers['content-type']).startsWith('application/json')) return reply(res, 415, 'JSON only');
  if (origin !== undefined && origin !== `http://${req.headers.host}`) return reply(res, 403, 'not from this server');
  const body = await readBody(req, INK_LIMITS.opBytes);
  if (body === undefined) return reply(res, 413, 'too large');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return reply(res, 400, 'not JSON');
  }
  const change = receive(inkChange, value);
  if (!change.ok) return reply(res, 400, change.error);
  store.apply(slug, change.value);
  reply(res, 204, '');
}

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks).toString('utf8') : undefined));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  if (text) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}
