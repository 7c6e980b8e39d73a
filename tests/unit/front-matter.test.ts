import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic-sink.ts';
import { parseFrontMatter, readDeckMeta } from '../../src/parse/front-matter.ts';

describe('parseFrontMatter', () => {
  it('reads YAML and blanks its lines so line numbers stay', () => {
    const sink = new DiagnosticSink('t.md');
    const { data, body } = parseFrontMatter('---\ntitle: Docker\ndate: 2025-08-25\n---\n# x', sink);
    expect(data).toEqual({ title: 'Docker', date: '2025-08-25' });
    expect(body.split('\n')).toEqual(['', '', '', '', '# x']);
    expect(readDeckMeta(data)).toMatchObject({ title: 'Docker', date: '2025-08-25', lang: 'nl', theme: 'light' });
  });

  it('reports bad YAML at its file line', () => {
    const sink = new DiagnosticSink('t.md');
    parseFrontMatter('---\ntitle: ok\nbad: [unclosed\n---\n', sink);
    expect(sink.diagnostics[0]).toMatchObject({ code: 'invalid-yaml', severity: 'error' });
    expect(sink.diagnostics[0]?.range.start).toEqual({ line: 3, column: 15 });
    expect(sink.diagnostics[0]?.message).not.toContain("\n");
  });

  it('reports front matter that is never closed', () => {
    const sink = new DiagnosticSink('t.md');
    parseFrontMatter('---\ntitle: x\n# no end', sink);
    expect(sink.diagnostics.map((d) => d.code)).toEqual(['unclosed-front-matter']);
  });
});
