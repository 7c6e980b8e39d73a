import { describe, expect, it } from 'vitest';
import { BrowserFailure } from '../../src/browser/browser-failure.ts';
import { SetupError } from '../../src/browser/setup-error.ts';
import { describeFailure } from '../../src/cli/report-failure.ts';
import { INTERNAL_ERROR_HINT } from '../../src/shared/internal-error.ts';

describe('what a failed command prints', () => {
  it('a browser failure: its message, for people, and exit 1, without calling it a bug', () => {
    const failure = describeFailure(new BrowserFailure('les: the slides did not finish laying out for print within 40 s; open the deck in a browser'), false);
    expect(failure).toEqual({ lines: ['lesdia: les: the slides did not finish laying out for print within 40 s; open the deck in a browser'], status: 1, usage: false });
  });

  it('a browser failure shows its stack only under LESDIA_DEBUG=1', () => {
    expect(describeFailure(new BrowserFailure('Chromium quit unexpectedly'), true).lines[1]).toMatch(/BrowserFailure|Error: Chromium quit unexpectedly\n\s+at /);
  });

  it('a missing Chromium is a setup problem (exit 2); anything else is lesdia\'s own bug, said so', () => {
    expect(describeFailure(new SetupError('no Chromium found'), false)).toEqual({ lines: ['lesdia: no Chromium found'], status: 2, usage: false });
    expect(describeFailure(new Error('the print view sent a malformed report'), false).lines).toEqual(['lesdia: internal error: the print view sent a malformed report', INTERNAL_ERROR_HINT]);
  });
});
