import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** `UPDATE=1 npx vitest run tests/spec` writes the expected files anew; then read the diff before committing. */
export const UPDATING = process.env.UPDATE === '1';

/**
 * Compares output with its expected file. The file is written only on request (`UPDATE=1`): a missing one
 * fails, so a new case cannot pass by writing down whatever it produced.
 */
export function expectFile(actual: string, expectedFile: string | URL): void {
  if (UPDATING) writeFileSync(expectedFile, actual);
  if (!existsSync(expectedFile)) throw new Error(`${String(expectedFile)} is missing: run with UPDATE=1 to write it, then read it`);
  expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
}
