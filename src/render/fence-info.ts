const RE_LINE_STEPS = /\{([\d\s,|\-*a-z]*)\}/i;
const RE_TITLE = /\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))/;

/** What a code fence's info string asks for: ```` ```yaml title="docker-compose.yml" {1-4|5-9|all} ````. */
export interface FenceInfo {
  lang: string;
  title?: string;
  /** The raw line-step list, such as `1|2-3|all`; undefined when there is none. */
  lineSteps?: string;
}

export function parseFenceInfo(info: string): FenceInfo {
  const trimmed = info.trim();
  const lang = /^[^\s{]*/.exec(trimmed)?.[0] ?? '';
  const rest = trimmed.slice(lang.length);
  const result: FenceInfo = { lang };
  const title = RE_TITLE.exec(rest);
  if (title) result.title = title[1] ?? title[2] ?? title[3] ?? '';
  const steps = RE_LINE_STEPS.exec(rest.replace(RE_TITLE, ''));
  if (steps) result.lineSteps = steps[1]?.trim() ?? '';
  return result;
}

/**
 * Parses `1|2-3,5|all` into one list of 1-based line numbers per step; an empty list means every line.
 * Ranges that do not fit `lineCount` are returned in `invalid` and left out.
 */
export function parseLineSteps(text: string, lineCount: number): { steps: number[][]; invalid: string[] } {
  const invalid: string[] = [];
  const steps = text.split('|').flatMap((step) => {
    const lines: number[] = [];
    const parts = step.split(',').map((p) => p.trim()).filter(Boolean);
    for (const part of parts) {
      if (part === 'all' || part === '*') return [[]];
      const match = /^(\d+)(?:-(\d+))?$/.exec(part);
      const from = Number(match?.[1]);
      const to = Number(match?.[2] ?? match?.[1]);
      if (!match || from < 1 || to < from || to > lineCount) {
        invalid.push(part);
        continue;
      }
      for (let n = from; n <= to; n++) lines.push(n);
    }
    // A step whose every part was wrong is left out, as the warning says, rather than lighting every line.
    return parts.length > 0 && lines.length === 0 ? [] : [lines];
  });
  return { steps, invalid };
}
