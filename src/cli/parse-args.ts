/** Command-line words split into positional arguments and `--flag`/`--flag value`/`--flag=value` options. */
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], valueFlags: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (!word.startsWith('--')) {
      positionals.push(word);
      continue;
    }
    const [name = '', inline] = word.slice(2).split(/=(.*)/s);
    if (inline !== undefined) flags.set(name, inline);
    else if (valueFlags.includes(name) && i + 1 < argv.length) flags.set(name, argv[++i] ?? '');
    else flags.set(name, true);
  }
  return { positionals, flags };
}
