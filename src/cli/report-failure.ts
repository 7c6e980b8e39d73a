import { BrowserFailure } from '../browser/browser-failure.ts';
import { SetupError } from '../browser/setup-error.ts';
import { OutputRefusedError } from '../project/output-folder.ts';
import { describeInternalError } from '../shared/internal-error.ts';
import { EXIT_INPUT_ERRORS, EXIT_USAGE, relative, UsageError } from './cli-support.ts';

const SYSTEM_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the path is too long',
};

/** What to print for an error that ended a command, and the exit status; `usage` asks for the usage text. */
export function describeFailure(error: unknown, debug = process.env.LESDIA_DEBUG === '1'): { lines: string[]; status: number; usage: boolean } {
  if (error instanceof UsageError) return { lines: [`lesdia: ${error.message}`], status: EXIT_USAGE, usage: true };
  if (error instanceof OutputRefusedError || error instanceof SetupError) return { lines: [`lesdia: ${error.message}`], status: EXIT_USAGE, usage: false };
  if (error instanceof BrowserFailure) return { lines: [`lesdia: ${error.message}`, ...(debug ? [stackOf(error)] : [])], status: EXIT_INPUT_ERRORS, usage: false };
  const system = systemError(error);
  if (system) return { lines: [`lesdia: ${system}`, ...(debug ? [stackOf(error)] : [])], status: EXIT_USAGE, usage: false };
  return { lines: describeInternalError(error, debug), status: EXIT_INPUT_ERRORS, usage: false };
}

/** A disk or system failure (a read-only folder, a full disk) as one sentence naming the path; else undefined. */
function systemError(error: unknown): string | undefined {
  // Vite and rolldown wrap the error that stopped them; the first system error in the chain is the cause.
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const { code, path: file } = current as NodeJS.ErrnoException;
    const reason = code ? SYSTEM_ERRORS[code] : undefined;
    if (reason) return `cannot write or read ${file ? relative(file) || '.' : 'a file'}: ${reason}; check the folder's permissions and free space, or choose another folder with --out`;
  }
  return undefined;
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
