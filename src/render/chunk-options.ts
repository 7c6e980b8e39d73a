// Quarto's chunk option comments: `#|` (R, Python, Julia, shell), `//|` (JavaScript, OJS), `--|` (SQL), `%%|` (Mermaid).
const RE_OPTION_LINE = /^\s*(?:#|\/\/|--|%%)\|/;
const RE_ECHO_FENCED = /^\s*(?:#|\/\/|--|%%)\|\s*echo\s*:\s*["']?fenced["']?\s*$/;

/** A Quarto chunk's code split from the option lines that lead it. */
export interface ChunkParts {
  options: string[];
  code: string[];
  /** `#| echo: fenced`: the author wants readers to see and copy the chunk as written, fence and options included. */
  echoFenced: boolean;
}

/** Splits the leading `#| key: value` lines off a chunk's lines (Quarto reads only leading ones as options). */
export function splitChunkOptions(lines: readonly string[]): ChunkParts {
  let count = 0;
  while (count < lines.length && RE_OPTION_LINE.test(lines[count] ?? '')) count++;
  const options = lines.slice(0, count);
  return { options, code: lines.slice(count), echoFenced: options.some((line) => RE_ECHO_FENCED.test(line)) };
}
