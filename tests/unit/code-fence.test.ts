import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic-sink.ts';
import { parseDocument } from '../../src/parse/parse-document.ts';
import { collectCodeLanguages } from '../../src/render/collect-code-languages.ts';
import { closesCodeFence, readCodeFence } from '../../src/shared/code-fence.ts';

describe('readCodeFence', () => {
  it.each([
    ['```js', { marker: '```', info: 'js' }],
    ['~~~~ yaml title="x"  ', { marker: '~~~~', info: 'yaml title="x"' }],
    ['   ```', { marker: '```', info: '' }],
    ['```{r echo=FALSE}', { marker: '```', info: '{r echo=FALSE}' }],
    ['    ```js', undefined],
    ['``js', undefined],
    ['```a`b', undefined],
    ['~~~a`b', { marker: '~~~', info: 'a`b' }],
  ])('%j', (line, expected) => {
    expect(readCodeFence(line)).toEqual(expected);
  });

  it('finds fences inside quotes and list items only when asked', () => {
    expect(readCodeFence('> ```python')).toBeUndefined();
    expect(readCodeFence('> ```python', true)).toEqual({ marker: '```', info: 'python' });
    expect(readCodeFence('      ```sql', true)).toEqual({ marker: '```', info: 'sql' });
    expect(readCodeFence('> >   ~~~ rust', true)).toEqual({ marker: '~~~', info: 'rust' });
  });
});

describe('closesCodeFence', () => {
  it.each([
    ['```', '```', true],
    ['`````  ', '```', true],
    ['   ```', '```', true],
    ['    ```', '```', false],
    ['``', '```', false],
    ['~~~', '```', false],
    ['``` js', '```', false],
  ])('%j closes %j: %s', (line, marker, expected) => {
    expect(closesCodeFence(line, marker)).toBe(expected);
  });
});

describe('collectCodeLanguages', () => {
  it('sees every fence the renderer sees: in quotes, lists, Quarto chunks and pandoc classes', () => {
    const page = [
      '::: section',
      '```{r echo=FALSE}',
      'x <- 1',
      '```',
      '> Opdracht:',
      '> ```python',
      '> print(1)',
      '> ```',
      '* stap',
      '',
      '      ```sql',
      '      SELECT 1;',
      '      ```',
      '~~~ {.rust}',
      'fn main() {}',
      '~~~',
      '```{python}',
      '#| echo: false',
      '```',
      ':::',
    ].join('\n');
    const tree = parseDocument(page, new DiagnosticSink('t.md'));
    expect([...collectCodeLanguages(tree)].filter((lang) => lang !== '').toSorted()).toEqual(['python', 'r', 'rust', 'shellscript', 'sql']);
  });
});
