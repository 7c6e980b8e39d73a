import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic-sink.ts';
import { expandTemplate } from '../../src/parse/expand-template.ts';

function expand(text: string, data: Record<string, unknown> = { title: 'Docker', 'course-title': 'ICT', page: { url: '/x/' } }) {
  const sink = new DiagnosticSink('t.md');
  const expanded = expandTemplate(text, data, sink);
  return { out: expanded.text, videos: expanded.videos, codes: sink.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column}`) };
}

describe('expandTemplate', () => {
  it.each([
    ['{{ title }}', 'Docker'],
    ['{{title}}', 'Docker'],
    ['# {{ course-title }}', '# ICT'],
    ['{{ page.url }}', '/x/'],
    ['{{ title | upper }}', 'DOCKER'],
    ['{% raw %}{{ title }}{% endraw %}', '{{ title }}'],
  ])('%s', (text, expected) => {
    expect(expand(text)).toEqual({ out: expected, videos: [], codes: [] });
  });

  it('renders an unknown variable empty and warns where it stands', () => {
    expect(expand('a\nb {{ nope }}')).toEqual({ out: 'a\nb ', videos: [], codes: ['unknown-variable@2:3'] });
  });

  it('keeps what is not a variable literally', () => {
    expect(expand("docker ps --format '{{.Names}}'")).toEqual({ out: "docker ps --format '{{.Names}}'", videos: [], codes: ['invalid-variable@1:21'] });
  });

  it('escapes HTML in values unless marked safe', () => {
    expect(expand('{{ t }} {{ t | safe }}', { t: '<b>' }).out).toBe('&lt;b&gt; <b>');
  });

  it('places a {% video %} alone on its line for the tree (a link card, no iframe), line for line', () => {
    const { out, videos, codes } = expand('Kijk:\n\n{% video "dQw4w9WgXcQ" %}\nna');
    expect(codes).toEqual([]);
    expect(out).toBe('Kijk:\n\n\nna');
    expect(videos).toEqual([{ line: 3, href: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }]);
  });

  it('turns a {% video %} inside other text into its link', () => {
    expect(expand('zie {% video "dQw4w9WgXcQ" %} thuis')).toEqual({ out: 'zie <https://www.youtube.com/watch?v=dQw4w9WgXcQ> thuis', videos: [], codes: [] });
  });

  it('drops other tags with a warning', () => {
    expect(expand('x {% include "a.njk" %} y')).toEqual({ out: 'x  y', videos: [], codes: ['unknown-tag@1:3'] });
  });

  it('reports an unclosed raw block', () => {
    expect(expand('{% raw %}\n{{ title }}').codes).toEqual(['unclosed-raw@1:1']);
  });

  it('never changes the number of lines', () => {
    const text = '{{ title }}\n{% raw %}\n{{ x }}\n{% endraw %}\n{{ multi }}\nend';
    expect(expand(text, { title: 't', multi: 'a\nb\nc' }).out.split('\n')).toHaveLength(6);
  });
});
