import type { InkChange } from '../../model/annotations.ts';
import type { InkStore } from './ink-store.ts';

/** Must match DEV_INK_PATH in vite/ink-plugin.ts. */
const DEV_INK_PATH = '/__lesdia/ink/';
const RETRY_MS = 2000;

/**
 * Under `lesdia dev`: every kept change drawn here goes to the dev server, one at a time and in order,
 * which writes `annotations/<deck>.json`; if the server is away the changes wait and are sent again.
 */
export function keepOnDevServer(store: InkStore, slug: string, onStatus: (saved: boolean) => void): void {
  const queue: InkChange[] = [];
  let sending = false;
  const send = async () => {
    if (sending) return;
    sending = true;
    while (queue.length > 0) {
      const op = queue[0];
      const ok = await fetch(`${DEV_INK_PATH}${encodeURIComponent(slug)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(op) })
        .then((response) => response.ok || response.status === 400)
        .catch(() => false);
      onStatus(ok);
      if (!ok) {
        sending = false;
        setTimeout(() => void send(), RETRY_MS);
        return;
      }
      queue.shift();
    }
    sending = false;
  };
  store.listen((op, source) => {
    if (!op || source !== 'local' || op.type === 'draft') return;
    queue.push(op);
    void send();
  });
}
