import { describe, expect, it } from 'vitest';
import { formatDiagnostic, summarizeDiagnostics } from '../../src/diagnostics/format-diagnostic.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';

const diagnostic: Diagnostic = {
  code: 'unclosed-container',
  severity: 'error',
  message: 'the container `::: section` opened here is never closed',
  file: 'slides/x.md',
  range: { start: { line: 2, column: 1 }, end: { line: 2, column: 11 } },
  hint: 'add a line `:::` where the section ends',
};

describe('formatDiagnostic', () => {
  it('prints file:line:column, a code frame with carets, and the hint', () => {
    expect(formatDiagnostic(diagnostic, 'intro\n::: section\n# A')).toBe(
      [
        'slides/x.md:2:1 error unclosed-container: the container `::: section` opened here is never closed',
        '   1 | intro',
        ' > 2 | ::: section',
        '     | ^^^^^^^^^^^',
        '   3 | # A',
        '  hint: add a line `:::` where the section ends',
      ].join('\n'),
    );
  });

  it('counts errors and warnings', () => {
    expect(summarizeDiagnostics([diagnostic, { ...diagnostic, severity: 'warning' }])).toBe('1 error, 1 warning');
  });
});
