import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostic.ts';
import { compileText } from '../support/compile-text.ts';
import { expectFile } from '../support/expected-file.ts';

/**
 * Spec tests: every `<feature>/<case>.md` beside its expected output. Feature folders hold `<case>.html`
 * (the slides); `diagnostics/` holds `<case>.txt` (the messages as printed). The folder doubles as the
 * dialect's reference. `UPDATE=1 npx vitest run tests/spec` writes the expected files (a missing one fails): read the diff.
 */
const SPEC_DIR = path.dirname(new URL(import.meta.url).pathname);

// A build of a spec folder (lesdia check on the continuation cases) leaves lesdia's caches in node_modules/ here.
for (const feature of readdirSync(SPEC_DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'node_modules')) {
  describe(feature.name, () => {
    const dir = path.join(SPEC_DIR, feature.name);
    for (const source of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
      const caseName = source.replace(/\.md$/, '');
      it(caseName, async () => {
        const text = readFileSync(path.join(dir, source), 'utf8');
        const compiled = await compileText(text, `${feature.name}/${source}`);
        const messages = compiled.diagnostics.map((d) => formatDiagnostic(d, text)).join('\n\n');
        const isDiagnosticSpec = feature.name === 'diagnostics';
        const actual = isDiagnosticSpec ? `${messages}\n` : `${compiled.body}\n`;
        const expectedFile = path.join(dir, `${caseName}.${isDiagnosticSpec ? 'txt' : 'html'}`);
        expectFile(actual, expectedFile);
        // Outside diagnostics/, a case must be clean: a warning there is a mistake in the case.
        if (!isDiagnosticSpec) expect(messages).toBe('');
      });
    }
  });
}
