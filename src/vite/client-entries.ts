import path from 'node:path';
import { CLIENT_DIR } from '../project/lesdia-paths.ts';

/** The browser client of a deck page and of the deck list. */
export const DECK_CLIENT = path.join(CLIENT_DIR, 'deck.ts');
export const INDEX_CLIENT = path.join(CLIENT_DIR, 'index-page.ts');

/** The client entry of a production build; the CLI compiles with it so Vite reuses those results. */
export const BUILD_CLIENT_ENTRY = DECK_CLIENT;

/** The dev server loads the client from lesdia's own folder, which may lie outside the project. */
export function devUrl(file: string): string {
  return `/@fs${file.split(path.sep).join('/')}`;
}
