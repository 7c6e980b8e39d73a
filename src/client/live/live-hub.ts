import type { LiveConnection } from './live-connection.ts';

let provide: (live: LiveConnection | undefined) => void = () => undefined;
const connection = new Promise<LiveConnection | undefined>((resolve) => (provide = resolve));

/**
 * The page's live connection for other features (ink, polls): resolves once the deck joined the channel
 * under `lesdia present`, or to `undefined` at once in a static build or the dev server.
 */
export function whenLive(): Promise<LiveConnection | undefined> {
  return connection;
}

export function provideLive(live: LiveConnection | undefined): void {
  provide(live);
}

/** Whether `lesdia present` served this page (its server adds the meta tag; a static build has none). */
export function isPresented(): boolean {
  return document.querySelector('meta[name="lesdia-live"]') !== null;
}
