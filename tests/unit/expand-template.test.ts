import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic-sink.ts';
import { uiStrings } from '../../src/i18n/ui-strings.ts';
import { expandTemplate } from '../../src/parse/expand-template.ts';

function expand(text: string, data: Record<string, unknown> = { title: 'Docker', 'course-title': 'ICT', page: { url: '/x/' } }) {
  const sink = new DiagnosticSink('t.md');
  const out = expandTemplate(text, data, uiStrings('nl'), sink);
  return { out, codes: sink.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column}`) };
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
    expect(expand(text)).toEqual({ out: expected, codes: [] });
  });

  it('renders an unknown variable empty and warns where it stands', () => {
    expect(expand('a\nb {{ nope }}')).toEqual({ out: 'a\nb ', codes: ['unknown-variable@2:3'] });
  });

  it('keeps what is not a variable literally', () => {
    expect(expand("docker ps --format '{{.Names}}'")).toEqual({ out: "docker ps --format '{{.Names}}'", codes: ['invalid-variable@1:21'] });
  });

  it('escapes HTML in values unless marked safe', () => {
    expect(expand('{{ t }} {{ t | safe }}', { t: '<b>' }).out).toBe('&lt;b&gt; <b>');
  });

  it('turns {% video %} into a link card, no iframe', () => {
    const { out, codes } = expand('{% video "dQw4w9WgXcQ" %}');
    expect(codes).toEqual([]);
    expect(out).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(out).toContain('Bekijk de video');
    expect(out).not.toContain('iframe');
  });

  it('drops other tags with a warning', () => {
    expect(expand('x {% include "a.njk" %} y')).toEqual({ out: 'x  y', codes: ['unknown-tag@1:3'] });
  });

  it('reports an unclosed raw block', () => {
    expect(expand('{% raw %}\n{{ title }}').codes).toEqual(['unclosed-raw@1:1']);
  });

  it('never changes the number of lines', () => {
    const text = '{{ title }}\n{% raw %}\n{{ x }}\n{% endraw %}\n{{ multi }}\nend';
    expect(expand(text, { title: 't', multi: 'a\nb\nc' }).out.split('\n')).toHaveLength(6);
  });
});
