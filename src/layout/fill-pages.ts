import type { BlockSize } from './measure-block.ts';
import { CONTENT_HEIGHT } from './theme-metrics.ts';

/** A block that does not fit a slide even alone: where it starts, and how tall the slide would have to be. */
export interface TooTallBlock {
  line: number | undefined;
  height: number;
}

/** The room a run of pieces gets: what is left on the current page, and what each further page offers. */
export interface Rooms {
  room: number;
  freshRoom: number;
  /** Nothing stands on the current page yet: a piece too tall for it is placed anyway. */
  pageIsEmpty: boolean;
}

/** A piece cut in parts: the first fits the room that was left, each further one a fresh page. */
export interface Cut<T> {
  parts: T[];
  tooTall: TooTallBlock[];
}

/** How a run of pieces (blocks, list items) is measured and cut. */
export interface Paging<T> {
  size(piece: T): BlockSize;
  /** Undefined when the piece cannot be cut, or is better moved whole to the next page. */
  cut(piece: T, rooms: Rooms): Cut<T> | undefined;
  line(piece: T): number | undefined;
}

export interface Pages<T> {
  pages: T[][];
  tooTall: TooTallBlock[];
}

/**
 * Puts pieces on pages in order, margins collapsed between them: a piece that does not fit is cut (its first
 * part fills the page, the others go on) or moved to the next page; one that fits nowhere and cannot be cut
 * stands alone and is reported. The same routine fills a slide with blocks and a quote or a list item with
 * its children, so containers split recursively. Each piece is measured once more at most after a cut.
 */
export function fillPages<T>(pieces: readonly T[], paging: Paging<T>, rooms: Rooms): Pages<T> {
  const pages: T[][] = [[]];
  const tooTall: TooTallBlock[] = [];
  const queue = [...pieces];
  let room = rooms.room;
  let used = 0;
  let margin = 0;
  const page = (): T[] => pages[pages.length - 1] ?? [];
  const newPage = () => {
    pages.push([]);
    room = rooms.freshRoom;
    used = 0;
    margin = 0;
  };

  for (let piece = queue.shift(); piece !== undefined; piece = queue.shift()) {
    const size = paging.size(piece);
    const gap = page().length > 0 ? margin : 0;
    if (used + gap + size.height <= room) {
      page().push(piece);
      used += gap + size.height;
      margin = size.marginBottom;
      continue;
    }
    const pageIsEmpty = page().length === 0 && (pages.length > 1 || rooms.pageIsEmpty);
    const cut = paging.cut(piece, { room: room - used - gap, freshRoom: rooms.freshRoom, pageIsEmpty });
    if (cut) {
      tooTall.push(...cut.tooTall);
      const [first, ...rest] = cut.parts;
      if (first !== undefined) page().push(first);
      const last = rest.pop();
      // Only a part holding a child too tall for any page comes back alone: it fills its page.
      if (last === undefined) {
        used = room;
        continue;
      }
      for (const part of rest) {
        newPage();
        page().push(part);
      }
      newPage();
      queue.unshift(last);
      continue;
    }
    if (!pageIsEmpty) {
      // A container's first piece fits neither the room left nor in parts: the container moves whole, and
      // nothing more is paged here (so a failed attempt costs nothing, however deep it is nested).
      if (pages.length === 1 && page().length === 0) return { pages: [[]], tooTall: [] };
      newPage();
      queue.unshift(piece);
      continue;
    }
    page().push(piece);
    tooTall.push({ line: paging.line(piece), height: Math.round(CONTENT_HEIGHT - rooms.freshRoom + size.height) });
    used = room;
  }
  return { pages, tooTall };
}

/** Pages of a container's children as a cut of the container: undefined when nothing fits the first page, or nothing was cut. */
export function cutOf<T, P>(filled: Pages<T>, part: (page: T[], index: number) => P): Cut<P> | undefined {
  const { pages, tooTall } = filled;
  if ((pages[0]?.length ?? 0) === 0) return undefined;
  if (pages.length === 1 && tooTall.length === 0) return undefined;
  return { parts: pages.filter((page) => page.length > 0).map(part), tooTall };
}
