const RE_LINE_STEPS = /\{([\d\s,|\-*a-z]*)\}/i;
const RE_TITLE = /\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))/;
// A braced language first: a Quarto or knitr chunk (```{r}, ```{python echo=FALSE}, ```{r, label}) or
// pandoc's class form (```{.python .numberLines}); `{all}` and `{1|2}` stay line steps.
const RE_BRACED_LANG = /^\{\s*(\.?)([A-Za-z][\w+#-]*)(?=[\s,}])[^}]*\}/;

/** What a code fence's info string asks for: ```` ```yaml title="docker-compose.yml" {1-4|5-9|all} ````. */
export interface FenceInfo {
  lang: string;
  title?: string;
  /** The raw line-step list, such as `1|2-3|all`; undefined when there is none. */
  lineSteps?: string;
  /** A Quarto chunk (```` ```{r} ````): its leading `#|` lines are chunk options, not code. */
  chunk?: true;
}

export function parseFenceInfo(info: string): FenceInfo {
  const trimmed = info.trim();
  const braced = RE_BRACED_LANG.exec(trimmed);
  const isBraced = braced !== null && braced[2]?.toLowerCase() !== 'all';
  const lang = isBraced ? (braced[2] ?? '') : (/^[^\s{]*/.exec(trimmed)?.[0] ?? '');
  const head = isBraced ? braced[0] : lang;
  const rest = trimmed.slice(head.length);
  const result: FenceInfo = { lang };
  if (isBraced && braced[1] === '') result.chunk = true;
  const title = RE_TITLE.exec(isBraced ? trimmed : rest);
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
