import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFile, UPDATING } from '../support/expected-file.ts';

describe('expected files', () => {
  it.skipIf(UPDATING)('a missing expected file fails instead of being written', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lesdia-expected-'));
    try {
      expect(() => expectFile('anything', path.join(dir, 'case.html'))).toThrow(/missing: run with UPDATE=1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
