import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic-sink.ts';
import type { BlockNode, ContainerNode } from '../../src/model/document-tree.ts';
import { normalizeSource } from '../../src/parse/normalize-source.ts';
import { scanBlocks } from '../../src/parse/scan-blocks.ts';

function scan(text: string) {
  const sink = new DiagnosticSink('t.md');
  const root = scanBlocks(normalizeSource(text), sink);
  return { root, diagnostics: sink.diagnostics };
}

/** A compact picture of the tree: `section[notes[] md]`. */
function shape(nodes: readonly BlockNode[]): string {
  return nodes
    .map((n) => (n.kind === 'container' ? `${n.name}[${shape(n.children)}]` : n.kind === 'pause' ? 'pause' : n.kind === 'markdown' && n.text.trim() ? 'md' : ''))
    .filter(Boolean)
    .join(' ');
}

describe('scanBlocks', () => {
  it.each([
    ['one section', '::: section\n# A\n:::', 'section[md]'],
    ['nested notes', '::: section\ntext\n::: notes\nsay\n:::\n:::', 'section[md notes[md]]'],
    ['pandoc attribute form', '::: section\n::: {.notes}\nsay\n:::\n:::', 'section[notes[md]]'],
    ['longer fences close their own', ':::: columns\n::: column\na\n:::\n::: column\nb\n:::\n::::', 'columns[column[md] column[md]]'],
    ['colons inside a code fence are text', '::: section\n```md\n::: notes\n:::\n```\n:::', 'section[md]'],
    ['tilde fences too', '::: section\n~~~\n:::\n~~~\n:::', 'section[md]'],
    ['a pause splits the container', '::: section\na\n. . .\nb\n:::', 'section[md pause md]'],
    ['any name is a container', '::: section\n::: tip Let op\nx\n:::\n:::', 'section[tip[md]]'],
    ['indented opener', '::: section\n  ::: notes\n  x\n  :::\n:::', 'section[notes[md]]'],
    ['CRLF line ends', '::: section\r\nA\r\n:::\r\n', 'section[md]'],
    ['a byte-order mark', '\uFEFF::: section\nA\n:::', 'section[md]'],
    ['a closing line after an unended HTML block', '::: section\n<div>\n*hello*\n:::\n\n::: section\nB\n:::', 'section[md] section[md]'],
    ['a closing line after an unended comment', '::: section\n<!-- open\n:::\n::: section\nB\n:::', 'section[md] section[md]'],
    ['a closing line after an unended <pre>', '::: section\n<pre>\nx\n:::\n::: section\nB\n:::', 'section[md] section[md]'],
  ])('%s', (_name, text, expected) => {
    const { root, diagnostics } = scan(text);
    expect(shape(root.children)).toBe(expected);
    expect(diagnostics).toEqual([]);
  });

  it('reports an unclosed container at its opening line and keeps its content', () => {
    const { root, diagnostics } = scan('intro\n\n::: section\n# A\ntext');
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([['unclosed-container', 3, 1]]);
    expect(shape(root.children)).toBe('md section[md]');
  });

  it('closes an open section at the next section, so later slides survive', () => {
    const { root, diagnostics } = scan('::: section\nA\n::: notes\nn\n:::\n::: section\nB\n:::');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['unclosed-container@1']);
    expect(shape(root.children)).toBe('section[md notes[md]] section[md]');
  });

  it('ignores a stray closing fence with a warning', () => {
    const { root, diagnostics } = scan('::: section\nA\n:::\n:::');
    expect(diagnostics.map((d) => `${d.severity} ${d.code}@${d.range.start.line}`)).toEqual(['warning stray-closing-fence@4']);
    expect(shape(root.children)).toBe('section[md]');
  });

  it('ends a code fence left open at the end of its container, and says so', () => {
    const { root, diagnostics } = scan('::: section\n```bash\nls\n:::\n::: section\n# Twee\n:::');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['unclosed-code-fence@2']);
    expect(diagnostics[0]?.message).toContain('line 4, where its container closes');
    expect(shape(root.children)).toBe('section[md] section[md]');
  });

  it('runs a code fence left open outside any container to the end of the page', () => {
    const { diagnostics } = scan('```bash\nls\n::: section\nx\n:::');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['section-inside-code@1', 'unclosed-code-fence@1']);
  });

  it('warns when a code block that closes in the next section swallows its start', () => {
    const { diagnostics } = scan('::: section\n```bash\necho\n:::\n::: section\nx\n```\n:::');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['section-inside-code@2']);
  });

  it('ends a code block with its section when the next section opens a code block of its own', () => {
    const { root, diagnostics } = scan('::: section\n```bash\necho\n:::\n::: section\n```js\nx\n```\n:::');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['unclosed-code-fence@2']);
    expect(shape(root.children)).toBe('section[md] section[md]');
  });

  it('keeps file line numbers on every node', () => {
    const { root } = scan('\n\n::: section\n\n# A\n:::');
    const section = root.children.find((n): n is ContainerNode => n.kind === 'container');
    expect(section?.range.start.line).toBe(3);
    expect(section?.range.end.line).toBe(6);
    expect(section?.children[0]).toMatchObject({ kind: 'markdown', startLine: 4 });
  });

  it('reads pandoc attributes', () => {
    const { root } = scan('::: {.column #left .wide width="40%"}\nx\n:::');
    expect(root.children[0]).toMatchObject({ name: 'column', attributes: { id: 'left', classes: ['wide'], pairs: { width: '40%' } } });
  });

  it.each([
    ['a pandoc div closes at any fence of three or more colons', '::: {.columns}\n::: {.column}\na\n:::\n::: {.column}\nb\n:::\n:::', 'columns[column[md] column[md]]'],
    [
      'a Quarto page: long openers closed by short fences and the reverse',
      ':::: {.columns}\n::::::: {.column width="25%"}\na\n:::\n::::::: {.column width="75%"}\nb\n:::\n:::::::',
      'columns[column[md] column[md]]',
    ],
    ['inside a pandoc div, a markdown-it opener closes at the innermost fence too', '::: {.columns}\n::: column\na\n::::\n::: column\nb\n:::\n:::', 'columns[column[md] column[md]]'],
    ['a markdown-it section around pandoc divs keeps its own fence', '::: section\n:::: {.columns}\n::: {.column}\na\n:::\n::::\n:::', 'section[columns[column[md]]]'],
    ['markdown-it openers keep their rule: a fence as long', ':::: columns\n::: column\na\n::::\n::: section\nb\n:::', 'columns[column[md]] section[md]'],
  ])('%s', (_name, text, expected) => {
    const { root, diagnostics } = scan(text);
    expect(shape(root.children)).toBe(expected);
    expect(diagnostics.map((d) => d.code).filter((c) => c !== 'unclosed-container')).toEqual([]);
  });

  it('reads the Quarto page of issue 17 without a single error', () => {
    const page = [
      '## Twee kolommen',
      '',
      ':::: {.columns}',
      '',
      '::::::: {.column width="25%"}',
      '- links',
      ':::',
      '',
      '::::::: {.column width="75%"}',
      '```{r}',
      '#| label: plot',
      ':::',
      '```',
      ':::',
      '',
      ':::::::',
      '',
      '::: {.notes}',
      'Zeg iets.',
      ':::',
    ].join('\n');
    const { root, diagnostics } = scan(page);
    expect(diagnostics).toEqual([]);
    expect(shape(root.children)).toBe('md columns[column[md] column[md]] notes[md]');
    const columns = root.children.find((n): n is ContainerNode => n.kind === 'container');
    expect(columns?.range).toMatchObject({ start: { line: 3 }, end: { line: 16 } });
    expect(columns?.children.filter((n) => n.kind === 'container').map((c) => c.kind === 'container' && c.attributes.pairs.width)).toEqual(['25%', '75%']);
  });

  it('ends every fence left open in a container at that container\'s end, in one pass', () => {
    const page = Array.from({ length: 60 }, (_, i) => `::: section\n# S${i}\n\`\`\`bash\nls\n:::`).join('\n');
    const { root, diagnostics } = scan(page);
    expect(root.children.filter((n) => n.kind === 'container')).toHaveLength(60);
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(Array.from({ length: 60 }, (_, i) => `unclosed-code-fence@${i * 5 + 3}`));
  });

  it.each([
    ['two slides shown as code', '::: section\n````markdown\n::: section\n## A\n:::\n\n::: section\n## B\n:::\n````\n:::', 1],
    ['a closing line shown as code', '::: section\n```markdown\n:::\n```\n:::\n\n::: section\nB\n:::', 2],
    ['"close one slide, open the next" shown as code', '::: section\n```markdown\n:::\n\n::: section\n```\n:::\n\n::: section\n```bash\nls\n```\n:::', 2],
    ['the same at the end of the page', '::: section\n```markdown\n:::\n\n::: section\n```\n:::', 1],
  ])('keeps slide syntax in a closed fence as code: %s', (_name, text, slides) => {
    const { root, diagnostics } = scan(text);
    expect(diagnostics).toEqual([]);
    expect(root.children.filter((n) => n.kind === 'container')).toHaveLength(slides);
  });

  it.each([
    ['closed only in a later example (CommonMark 126)', '::: section\n```\n:::\n\n::: section\n`````\n\n```\naaa\n:::\n\n::: section\n```\nx\n```\n:::', ['unclosed-code-fence@2', 'unclosed-code-fence@6']],
    ['closed four slides on (CommonMark 139)', '::: section\n~~~~~~\naaa\n~~~ ~~\n:::\n\n::: section\n```\nbar\n```\n:::\n\n::: section\n~~~\nbar\n~~~\n:::\n\n::: section\n~~~~ ruby\nx\n~~~~~~~\n:::', ['unclosed-code-fence@2']],
  ])('ends a fence with its section when the later closing line belongs elsewhere: %s', (_name, text, expected) => {
    const { root, diagnostics } = scan(text);
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(expected);
    expect(root.children.filter((n) => n.kind === 'container')).toHaveLength(text.split('\n').filter((line) => line === '::: section').length);
  });

  it('keeps a fence that closes later open across a `:::` line inside it', () => {
    const { root, diagnostics } = scan('::: section\n```md\n:::\n```\n:::\n::: section\n```md\nx\n:::');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['unclosed-code-fence@7']);
    expect(shape(root.children)).toBe('section[md] section[md]');
  });

  it.each([
    ['after the marker', '::: section\n- ```md\n  :::\n  ::: section\n  ```\n:::\n::: section\nB\n:::', 'section[md] section[md]'],
    ['indented to the item, under a 1. marker', '::: section\n1. Run:\n\n   ```bash\n   docker ps\n   :::\n   ```\n2. Next\n:::\n::: section\nB\n:::', 'section[md] section[md]'],
    ['four spaces in, with a line at the item\'s three', '::: section\n1. Run:\n\n    ```bash\n    docker ps\n   :::\n    ```\n:::\n::: section\nB\n:::', 'section[md] section[md]'],
    ['a nested item', '::: section\n- a\n  - ```\n    x\n    ```\n  - ```\n    :::\n    ```\n:::', 'section[md]'],
    ['a pause', '::: section\n- ```text\n  . . .\n  ```\n:::', 'section[md]'],
    ['a quote', '::: section\n> ```md\n> :::\n> ```\n:::\n::: section\nB\n:::', 'section[md] section[md]'],
    ['a list in a quote', '::: section\n> 1. ```\n>    :::\n>    ```\n:::', 'section[md]'],
    ['CommonMark 318: a fence opened after a marker, closed in the item', '::: section\n- a\n- ```\n  b\n\n\n  ```\n- c\n:::\n::: section\nB\n:::', 'section[md] section[md]'],
    ['CommonMark 324', '::: section\n1. ```\n   foo\n   ```\n\n   bar\n:::\n::: section\nB\n:::', 'section[md] section[md]'],
  ])('follows a code fence in a list item or quote: %s', (_name, text, expected) => {
    const { root, diagnostics } = scan(text);
    expect(shape(root.children)).toBe(expected);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ['a fence left open in an item ends with the item', '::: section\n- ```\n  code\n:::\n::: section\nB\n:::', 'list item'],
    ['a fence in a quote ends with the quote', '::: section\n> ```\n> code\n:::\n::: section\nB\n:::', 'quote'],
    ['a blank line ends the quote, and its fence', '::: section\n> ```\n> code\n\n```\nx\n```\n:::\n::: section\nB\n:::', 'quote'],
  ])('ends a fence with the list item or quote holding it, and says so: %s', (_name, text, holder) => {
    const { root, diagnostics } = scan(text);
    expect(shape(root.children)).toBe('section[md] section[md]');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}: ${d.message}`)).toEqual([`unclosed-code-fence@2: the code block opened with "\`\`\`" is never closed; it runs to line 3, where its ${holder} ends`]);
  });

  it.each([
    ['a list item', '::: section\n1. Run:\n   ```bash\n   docker ps\n```\n:::\n::: section\nB\n:::', 'indent it by 3 spaces, as the code in the list item'],
    ['a quote', '::: section\n> ```\n> x\n```\n:::\n::: section\nB\n:::', 'start it with `>`, as the other lines of the quote'],
  ])('explains a closing line that lacks the indent or `>` of its block once, at that line: %s', (_name, text, hint) => {
    const { diagnostics } = scan(text);
    const closing = text.split('\n').findIndex((line, i) => i > 2 && line.startsWith('```')) + 1;
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual([`fence-close-outside-container@${closing}`]);
    expect(diagnostics[0]?.hint).toBe(hint);
  });

  it.each([
    ['an indented code block is no fence', '::: section\n    ```\n    x\n:::\n::: section\nB\n:::'],
    ['nor is a line four spaces in after the list has ended', '::: section\n- a\n\ntext\n\n    ```\n:::\n::: section\nB\n:::'],
    ['nor one six spaces in under a - marker', '::: section\n- a\n\n      ```\n:::\n::: section\nB\n:::'],
    ['a list item\'s lazy line keeps it open', '::: section\n- a\nb\n\n  ```\n  ```\n:::\n::: section\nB\n:::'],
  ])('closes a container with a `:::` outside the fence: %s', (_name, text) => {
    const { root, diagnostics } = scan(text);
    expect(shape(root.children)).toBe('section[md] section[md]');
    expect(diagnostics).toEqual([]);
  });

  it('reports a fence left open in an item at its own column', () => {
    const { diagnostics } = scan('- a\n- ```js\n  code');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column}`)).toEqual(['unclosed-code-fence@2:3']);
  });

  it('ends a fence left open in an item with its section when a `:::` at the item\'s indent has no closing line after it', () => {
    const { root, diagnostics } = scan('::: section\n- ```\n  :::\n\n::: section\nB\n:::');
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['unclosed-code-fence@2']);
    expect(shape(root.children)).toBe('section[md] section[md]');
  });

  it('reads fences in deeply nested items and quotes in one pass', () => {
    const item = (i: number) => `::: section\n${'> '.repeat(i % 5)}1. Run:\n${'> '.repeat(i % 5)}\n${'> '.repeat(i % 5)}   \`\`\`bash\n${'> '.repeat(i % 5)}   :::\n${'> '.repeat(i % 5)}   \`\`\`\n:::`;
    const { root, diagnostics } = scan(Array.from({ length: 2000 }, (_, i) => item(i)).join('\n'));
    expect(root.children.filter((n) => n.kind === 'container')).toHaveLength(2000);
    expect(diagnostics).toEqual([]);
  });
});
