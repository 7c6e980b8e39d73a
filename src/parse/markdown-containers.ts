import { readCodeFence } from '../shared/code-fence.ts';

/** An open CommonMark container block: a block quote, or a list item whose content starts `width` columns in. */
type Container = { kind: 'quote' } | { kind: 'item'; width: number };

/** What the open containers make of one line. */
export interface ContainerMatch {
  /** How many of the open containers the line continues, outermost first. */
  matched: number;
  /** The line without the prefixes of those containers (and of any it opens), tabs expanded: the text inside. */
  rest: string;
}

const RE_QUOTE = /^ {0,3}> ?/;
/** RE_QUOTE at an offset (`lastIndex`). */
const RE_QUOTE_AT = / {0,3}> ?/y;
const RE_LIST_MARKER = /^( {0,3})([-+*]|\d{1,9}[.)])( *)(.*)$/;
const RE_THEMATIC_BREAK = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const RE_ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * Follows the block quotes and list items of CommonMark (spec 5.1, 5.2) line by line, as far as code fences
 * need them: a fence inside a list item (```` - ```bash ````, or a fence indented to the item's content)
 * or a block quote (```` > ``` ````) lives in those containers, its lines carry their prefix, and it ends
 * with the first line that does not continue them. Each line is read once, from its start: linear time.
 */
export class MarkdownContainers {
  readonly #stack: Container[] = [];
  /** Whether the last line was paragraph text, which a line may continue lazily without its containers' prefix. */
  #paragraph = false;

  get depth(): number {
    return this.#stack.length;
  }

  /** The columns the open list items indent their content by, when no block quote is open; else 0. */
  itemIndent(): number {
    let width = 0;
    for (const container of this.#stack) {
      if (container.kind === 'quote') return 0;
      width += container.width;
    }
    return width;
  }

  /**
   * How many of the first `upTo` open containers `line` continues, and what is left of it inside them.
   * Read with an offset, each container's prefix once: a line under N containers costs its length, not N times it.
   */
  match(line: string, upTo = this.#stack.length): ContainerMatch {
    const text = expandTabs(line);
    // Past this offset the line holds only whitespace (then it continues every list item).
    const end = text.trimEnd().length;
    let at = 0;
    let matched = 0;
    for (const container of this.#stack.slice(0, upTo)) {
      if (container.kind === 'quote') {
        RE_QUOTE_AT.lastIndex = at;
        const quote = RE_QUOTE_AT.exec(text);
        if (!quote) break;
        at += quote[0].length;
      } else if (at < end) {
        if (spacesAt(text, at, container.width) < container.width) break;
        at += container.width;
      }
      matched++;
    }
    return { matched, rest: text.slice(at) };
  }

  /** Ends the containers from `matched` on (a line that continues only so many of them). */
  close(matched: number): void {
    this.#stack.length = Math.min(matched, this.#stack.length);
    this.#paragraph = false;
  }

  /** Forgets every container (a `:::` line of lesdia's own syntax ends the markdown they live in). */
  reset(): void {
    this.close(0);
  }

  /** Reads a line outside any code fence; returns what is left of it inside its containers, where a fence may open. */
  feed(line: string): string {
    let { matched, rest } = this.match(line);
    const opened: Container[] = [];
    for (;;) {
      const quote = RE_QUOTE.exec(rest);
      if (quote) {
        opened.push({ kind: 'quote' });
        rest = rest.slice(quote[0].length);
        continue;
      }
      const item = this.#listItem(rest, opened.length === 0 && matched === this.#stack.length);
      if (!item) break;
      opened.push({ kind: 'item', width: item.width });
      rest = item.rest;
    }
    const blank = rest.trim() === '';
    const lazy = opened.length === 0 && matched < this.#stack.length && this.#paragraph && !blank && !startsBlock(rest);
    if (!lazy) this.#stack.length = matched;
    this.#stack.push(...opened);
    this.#paragraph = !blank && !startsBlock(rest) && !(leadingSpaces(rest) >= 4 && !this.#paragraph);
    return lazy ? '' : rest;
  }

  /** The list item `text` opens, if any; `inParagraph` lines may only be interrupted by an item that starts with text, and an ordered one by `1`. */
  #listItem(text: string, inParagraph: boolean): { width: number; rest: string } | undefined {
    if (RE_THEMATIC_BREAK.test(text)) return undefined;
    const marker = RE_LIST_MARKER.exec(text);
    if (!marker) return undefined;
    const [, indent = '', bullet = '', spaces = '', content = ''] = marker;
    if (spaces === '' && content !== '') return undefined;
    if (inParagraph && this.#paragraph && (content === '' || (/^\d/.test(bullet) && !/^0*1\D/.test(bullet)))) return undefined;
    // One to four spaces after the marker belong to it; with five or more, or none, the content starts one column after it.
    const width = indent.length + bullet.length + (content === '' || spaces.length > 4 ? 1 : spaces.length);
    return { width, rest: text.slice(width) };
  }
}

/** Whether `text` starts a block that ends a paragraph instead of continuing it. */
function startsBlock(text: string): boolean {
  return readCodeFence(text) !== undefined || RE_THEMATIC_BREAK.test(text) || RE_ATX_HEADING.test(text) || RE_QUOTE.test(text);
}

/** How many spaces `text` has from `at` on, counted up to `most`. */
function spacesAt(text: string, at: number, most: number): number {
  let n = 0;
  while (n < most && text[at + n] === ' ') n++;
  return n;
}

function leadingSpaces(text: string): number {
  let n = 0;
  while (text[n] === ' ') n++;
  return n;
}

/** Tabs as spaces to the next multiple of four columns (CommonMark's tab stops), so prefixes are counted in columns. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(4 - (out.length % 4)) : char;
  return out;
}
