/** What a user reads when lesdia itself fails: whose fault it is and how to report it, never a stack trace. */
export const INTERNAL_ERROR_HINT =
  'This is a bug in lesdia, not in your pages. Please report it with the command you ran and the output of the same command run with LESDIA_DEBUG=1.';

/** One line for an internal error; with `debug` (LESDIA_DEBUG=1) the stack follows. */
export function describeInternalError(error: unknown, debug: boolean): string[] {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const stack = error instanceof Error ? (error.stack ?? message) : message;
  return [`lesdia: internal error: ${message}`, debug ? stack : INTERNAL_ERROR_HINT];
}
