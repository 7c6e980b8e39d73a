import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-support.ts';

/** Command-line words split into positional arguments and options (`--out DIR`, `--out=DIR`, `--json`). */
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

const OUT = { out: { type: 'string' } } as const;
const PORT = { port: { type: 'string' } } as const;
const NO_INK = { 'no-ink': { type: 'boolean' } } as const;

/** The options each command takes; anything else is a usage error. */
export const COMMAND_OPTIONS: Record<string, Options> = {
  dev: { ...PORT },
  build: { ...OUT, ...NO_INK, 'single-file': { type: 'boolean' } },
  preview: { ...OUT, ...PORT },
  // `--handout` alone means one slide a page: it is rewritten to `--handout=1` before parsing.
  pdf: { ...OUT, ...NO_INK, steps: { type: 'boolean' }, handout: { type: 'string' }, answers: { type: 'boolean' } },
  check: { json: { type: 'boolean' }, small: { type: 'boolean' } },
  present: { ...PORT, host: { type: 'string' }, json: { type: 'boolean' } },
};

/** The words after the command, read with Node's `util.parseArgs` (strict: unknown options are refused). */
export function parseArgs(command: string, argv: readonly string[]): ParsedArgs {
  const options = COMMAND_OPTIONS[command] ?? {};
  const args = argv.map((word) => (word === '--handout' && 'handout' in options ? '--handout=1' : word));
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(explain(error, command));
  }
  const flags = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') {
      if (value.trim() === '') throw new UsageError(`--${name} needs a value, for example --${name} ${name === 'out' ? 'dist' : '5173'}`);
      flags.set(name, value);
    } else if (value === true) flags.set(name, true);
  }
  return { positionals: parsed.positionals, flags };
}

/** Node's messages name its own API (`parseArgs`); say the same in the user's terms. */
function explain(error: unknown, command: string): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `lesdia ${command} has no option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) || /ambiguous/.test(message) ? `${option} needs a value, for example ${option} ${option === '--out' ? 'dist' : 'VALUE'}` : `${option} takes no value`;
  }
  return message.split('\n')[0] ?? message;
}
