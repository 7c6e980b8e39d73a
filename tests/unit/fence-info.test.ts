import { describe, expect, it } from 'vitest';
import { parseFenceInfo, parseLineSteps } from '../../src/render/fence-info.ts';

describe('parseFenceInfo', () => {
  it.each([
    ['bash', { lang: 'bash' }],
    ['yaml title="docker-compose.yml" {1-4|5|all}', { lang: 'yaml', title: 'docker-compose.yml', lineSteps: '1-4|5|all' }],
    ['console {1|2-3}', { lang: 'console', lineSteps: '1|2-3' }],
    ["python title='app.py'", { lang: 'python', title: 'app.py' }],
    ['', { lang: '' }],
    ['{r}', { lang: 'r', chunk: true }],
    ['{python}', { lang: 'python', chunk: true }],
    ['{r echo=FALSE}', { lang: 'r', chunk: true }],
    ['{r, fig.width=6}', { lang: 'r', chunk: true }],
    ['{r label} {1|2}', { lang: 'r', chunk: true, lineSteps: '1|2' }],
    ['{.python .numberLines}', { lang: 'python' }],
    ['{.yaml title="compose.yml"}', { lang: 'yaml', title: 'compose.yml' }],
    ['{all}', { lang: '', lineSteps: 'all' }],
    ['{1|2-3}', { lang: '', lineSteps: '1|2-3' }],
  ])('%s', (info, expected) => {
    expect(parseFenceInfo(info)).toEqual(expected);
  });
});

describe('parseLineSteps', () => {
  it('reads steps, ranges and all', () => {
    expect(parseLineSteps('1|2-3,5|all', 5)).toEqual({ steps: [[1], [2, 3, 5], []], invalid: [] });
  });
  it('leaves out what does not fit the block', () => {
    expect(parseLineSteps('1|9|3-2|x', 4)).toEqual({ steps: [[1]], invalid: ['9', '3-2', 'x'] });
    expect(parseLineSteps('1,9|2', 4)).toEqual({ steps: [[1], [2]], invalid: ['9'] });
  });
});
