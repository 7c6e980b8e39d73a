import { list, object, oneOf, text, type Checked } from './validate.ts';

/** The custom Vite event that carries a saved course page to its open deck (dev server only). */
export const DECK_UPDATE_EVENT = 'lesdia:deck-update';

/** Deck bodies are a few hundred KB; a 400-slide deck stays well under this. */
const MAX_BODY = 20_000_000;

/** One diagnostic of the open deck as the dev server shows it: `slides/x.md:12:1 warning code: message`. */
export const devProblem = object({ severity: oneOf(['error', 'warning', 'info']), text: text(20_000) });
export type DevProblem = Checked<typeof devProblem>;
export const devProblems = list(devProblem, 500);

/** `lesdia:deck-update`: the new `.reveal` element of one deck, sent by `lesdia:hmr`, read by the deck and speaker view. */
export const deckUpdate = object({
  /** The deck's folder name in the site. */
  slug: text(500),
  /** The deck's `.reveal` element as HTML: its slides and the template a long deck keeps its later slides in. */
  body: text(MAX_BODY),
  /** The deck's warnings (its errors go to Vite's overlay), shown in a panel. */
  problems: devProblems,
});

export type DeckUpdate = Checked<typeof deckUpdate>;
