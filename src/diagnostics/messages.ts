import type { Severity } from '../model/diagnostic.ts';

/** A message and its hint, each taking the code's own arguments (`never` here: any argument type fits). */
interface MessageTemplate {
  severity: Severity;
  message: (args: never) => string;
  hint?: (args: never) => string;
}

/** A code fence as printed: backticks quoted in backticks would read as one longer fence (```` ````` ````). */
function quoteFence(fence: string): string {
  return fence.startsWith('`') ? `"${fence}"` : `\`${fence}\``;
}

/** What `lesdia check` reports from a slide in Chromium: which slide, which step (`, step 3` or empty), what. */
type PageFindingArgs = { slide: string; step: string; detail: string };

/**
 * Every message lesdia shows about a course page, in one place, so wording and hints stay consistent.
 * The key is the diagnostic code printed to the user.
 */
export const MESSAGES = {
  'invalid-yaml': {
    severity: 'error',
    message: (a: { reason: string }) => `the front matter is not valid YAML: ${a.reason}`,
    hint: () => 'front matter is `key: value` lines between two `---` lines; quote values that contain `: ` or start with `{`',
  },
  'invalid-front-matter': {
    severity: 'error',
    message: (a: { field: string; value: string; expected: string; suggestion: string }) => `\`${a.field}: ${a.value}\` is not valid: ${a.field} must be ${a.expected}`,
    hint: (a: { field: string; value: string; expected: string; suggestion: string }) => (a.suggestion ? `did you mean \`${a.field}: ${a.suggestion}\`?` : `write ${a.field} as ${a.expected}, or leave it out for the default`),
  },
  'yaml-alias-bomb': {
    severity: 'error',
    message: (a: { max: string }) => `the front matter expands its aliases (\`*name\`) more than ${a.max} times`,
    hint: () => 'front matter holds a few plain values; write them out instead of repeating anchors (`&name`) and aliases (`*name`)',
  },
  'unclosed-front-matter': {
    severity: 'error',
    message: () => 'the front matter that opens here is never closed',
    hint: () => 'end the front matter with a line `---`',
  },
  'unknown-variable': {
    severity: 'warning',
    message: (a: { name: string; suggestion?: string; known?: string }) => `unknown variable \`${a.name}\`; it renders empty`,
    hint: (a: { name: string; suggestion?: string; known?: string }) =>
      a.suggestion
        ? `did you mean \`${a.suggestion}\`? The front matter defines: ${a.known}`
        : a.known
          ? `the front matter defines: ${a.known}`
          : `define it in the front matter, e.g. \`${a.name}: …\``,
  },
  'invalid-variable': {
    severity: 'warning',
    message: (a: { expression: string }) => `\`{{ ${a.expression} }}\` is not a variable; it is kept as literal text`,
    hint: () => 'to show `{{ … }}` literally, wrap it in `{% raw %}` … `{% endraw %}`',
  },
  'unknown-filter': {
    severity: 'warning',
    message: (a: { name: string }) => `unknown filter \`${a.name}\`; the value is shown unfiltered`,
    hint: () => 'lesdia knows the filters upper, lower, capitalize, trim and safe',
  },
  'unknown-tag': {
    severity: 'warning',
    message: (a: { name: string }) => `the tag \`{% ${a.name} %}\` is not supported here; it is left out`,
    hint: () => 'lesdia understands {% video "ID" %} and {% raw %} … {% endraw %}',
  },
  'unclosed-raw': {
    severity: 'error',
    message: () => '`{% raw %}` is never closed',
    hint: () => 'add `{% endraw %}` where the literal text ends',
  },
  'missing-video-id': {
    severity: 'warning',
    message: () => '`{% video %}` needs a video ID',
    hint: () => 'write it as {% video "dQw4w9WgXcQ" %}',
  },
  'unclosed-container': {
    severity: 'error',
    message: (a: { fence: string; name: string; inner?: string; innerClosed?: string; innerOpened?: string }) => `the container \`${a.fence} ${a.name}\` opened here is never closed`,
    hint: (a: { fence: string; name: string; inner?: string; innerClosed?: string; innerOpened?: string }) =>
      a.inner
        ? `the \`:::\` on line ${a.innerClosed} closed \`::: ${a.inner}\` (line ${a.innerOpened}); if it was meant to end the ${a.name}, that ${a.inner} needs a \`:::\` of its own`
        : `add a line \`${a.fence}\` where the \`${a.name}\` container ends`,
  },
  'unbalanced-html': {
    severity: 'warning',
    message: () => 'the raw HTML in this slide opens or closes tags that do not match; lesdia repaired it',
    hint: () => 'check each <div>, <details> … in the section has its closing tag, and no stray closing tag',
  },
  'nesting-too-deep': {
    severity: 'error',
    message: (a: { max: string }) => `containers are nested more than ${a.max} deep here; this opener and deeper ones are kept as text`,
    hint: () => 'close the containers you opened (a line `:::`) before opening new ones',
  },
  'markdown-too-deep': {
    severity: 'error',
    message: (a: { max: string }) => `quotes and lists are nested more than ${a.max} deep here; the deeper levels are kept as text`,
    hint: () => 'nest fewer levels: a slide reads best with two or three; indent a nested list by two spaces a level',
  },
  'stray-closing-fence': {
    severity: 'warning',
    message: () => 'this `:::` closes no open container; it is ignored',
    hint: () => 'remove it, or add the `::: name` line it was meant to close',
  },
  'content-outside-section': {
    severity: 'warning',
    message: () => 'text between sections is not part of any slide; it becomes a slide of its own',
    hint: () => 'move it into the section above or below, or wrap it in `::: section` … `:::`',
  },
  'unclosed-code-fence': {
    severity: 'warning',
    message: (a: { fence: string; end?: string }) => `the code block opened with ${quoteFence(a.fence)} is never closed; it runs to ${/^\d+$/.test(a.end ?? '') ? `line ${a.end}, where its container closes` : a.end}`,
    hint: (a: { fence: string; end?: string }) => `add a line ${quoteFence(a.fence)} after the last line of code`,
  },
  'fence-close-outside-container': {
    severity: 'warning',
    message: (a: { fence: string; line: string; holder: string; indent: string }) =>
      `this ${quoteFence(a.fence)} does not close the code block opened at line ${a.line}: it is not inside the ${a.holder} that holds that block, so it ends the ${a.holder} and opens a new code block`,
    hint: (a: { fence: string; line: string; holder: string; indent: string }) =>
      a.indent !== '0' ? `indent it by ${a.indent} spaces, as the code in the list item` : a.holder === 'quote' ? 'start it with `>`, as the other lines of the quote' : `give it the same indent and \`>\` as the code block's lines`,
  },
  'section-inside-code': {
    severity: 'warning',
    message: (a: { line: string; fence: string }) => `the code block opened here contains \`::: section\` (line ${a.line}), so that slide is shown as code`,
    hint: (a: { line: string; fence: string }) => `if the code block should end earlier, add a line ${quoteFence(a.fence)} after its last line of code`,
  },
  'unknown-language': {
    severity: 'warning',
    message: (a: { lang: string; suggestion?: string }) => `unknown code language \`${a.lang}\`; the block is shown as plain text`,
    hint: (a: { lang: string; suggestion?: string }) => a.suggestion ? `did you mean \`${a.suggestion}\`?` : 'use a language name Shiki knows, such as bash, python, yaml or dockerfile',
  },
  'math-error': {
    severity: 'warning',
    message: (a: { source: string; reason: string }) => `the formula \`${a.source}\` cannot be typeset: ${a.reason}; it is shown as written`,
    hint: () => 'check the braces and the command names (KaTeX supports most LaTeX math); write a dollar sign that is not math as `\\$`',
  },
  'invalid-line-steps': {
    severity: 'warning',
    message: (a: { step: string; lines: string }) => `line step \`${a.step}\` does not fit a block of ${a.lines} lines; it is ignored`,
    hint: () => 'write line steps as {1|2-3|all} with 1-based line numbers inside the block',
  },
  'missing-image': {
    severity: 'warning',
    message: (a: { src: string; file: string }) => `image \`${a.src}\` not found (looked for ${a.file}); its alt text is shown instead`,
    hint: () => 'images under /_assets/ are read from the assets/ folder; other paths are relative to the page',
  },
  'image-without-alt': {
    severity: 'warning',
    message: (a: { src: string }) => `image \`${a.src}\` has no alt text`,
    hint: () => 'describe what it shows for students who cannot see it: ![Docker-architectuur](/_assets/x.png), or alt="…" in HTML',
  },
  'remote-resource': {
    severity: 'warning',
    message: (a: { url: string }) => `\`${a.url}\` is loaded from the internet; without a connection it is missing`,
    hint: () => 'save the file in assets/ and refer to it as /_assets/NAME, so the deck works offline',
  },
  'remote-resource-single-file': {
    severity: 'error',
    message: (a: { url: string }) => `\`${a.url}\` is loaded from the internet, which a single-file deck cannot carry`,
    hint: () => 'save the file in assets/ and refer to it as /_assets/NAME',
  },
  'page-skipped': {
    severity: 'warning',
    message: (a: { reason: string }) => `not read as a course page: ${a.reason}`,
    hint: () => 'a deck is a regular `.md` file inside the project; rename or remove this entry, or copy the page into the project',
  },
  'invalid-utf8': {
    severity: 'warning',
    message: () => 'the page is not valid UTF-8 here; bytes that are not text show as �',
    hint: () => 'save the page as UTF-8 in your editor (in VS Code: "Save with Encoding", then "UTF-8")',
  },
  'nul-byte': {
    severity: 'warning',
    message: () => 'a NUL byte (0x00) is not text; it shows as �',
    hint: () => 'delete it; it usually comes from pasting out of a binary file or a word processor',
  },
  'unsafe-link': {
    severity: 'warning',
    message: (a: { url: string }) => `the link \`${a.url}\` would run script or open an inline document; it is shown as plain text`,
    hint: () => 'link to a page (https://…, or a path), not to javascript:, vbscript: or data: addresses',
  },
  'image-outside-project': {
    severity: 'error',
    message: (a: { src: string }) => `image \`${a.src}\` points outside the project`,
    hint: () => 'keep images in the assets/ folder and refer to them as /_assets/NAME',
  },
  'invalid-diagram-line': {
    severity: 'warning',
    message: (a: { kind: string; expected: string }) => `this line of the ${a.kind} diagram is not understood; it is left out`,
    hint: (a: { kind: string; expected: string }) => `expected ${a.expected}`,
  },
  'question-without-right-answer': {
    severity: 'warning',
    message: (a: { name: string }) => `this \`::: ${a.name}\` has options but none is marked right`,
    hint: () => 'mark the right option (or options) with `- [x]`, the others with `- [ ]`',
  },
  'question-without-options': {
    severity: 'warning',
    message: (a: { name: string }) => `this \`::: ${a.name}\` has no options and no answer to reveal`,
    hint: () => 'add options as a task list (`- [ ] wrong`, `- [x] right`), or for an open question its answer in `::: antwoord`',
  },
  'empty-question-option': {
    severity: 'warning',
    message: (a: { number: string }) => `option ${a.number} of this question is empty; it is left out`,
    hint: () => 'write the option after its box: `- [ ] Een volume`',
  },
  'explanation-outside-question': {
    severity: 'warning',
    message: (a: { name: string }) => `\`::: ${a.name}\` belongs inside a \`::: vraag\` (or \`::: quiz\`); it is shown as a plain block`,
    hint: () => 'move it inside the question, after the options, before the question\'s closing `:::`',
  },
  'empty-diagram': {
    severity: 'warning',
    message: (a: { kind: string }) => `the ${a.kind} diagram is empty`,
    hint: (a: { kind: string }) => (a.kind === 'stack' ? 'list each stack as `- Title` with its layers indented below it, top layer first' : 'place boxes with a table row `| Client | Daemon |`'),
  },
  'empty-stack': {
    severity: 'warning',
    message: (a: { title: string }) => `the stack \`${a.title}\` has no layers; it is left out`,
    hint: () => 'indent its layers below it, top layer first: `  - Host OS`',
  },
  'unknown-diagram-box': {
    severity: 'warning',
    message: (a: { name: string; suggestion?: string; boxes: string }) => `the arrow names \`${a.name}\`, which is not a box of this diagram; the arrow is left out`,
    hint: (a: { name: string; suggestion?: string; boxes: string }) => (a.suggestion ? `did you mean \`${a.suggestion}\`? The boxes are: ${a.boxes}` : `the boxes are: ${a.boxes}`),
  },
  'diagram-step-order': {
    severity: 'warning',
    message: (a: { step: string; previous: string }) => `step ${a.step} comes after step ${a.previous}; steps follow the order of the lines, so it is shown at step ${a.previous}`,
    hint: () => 'put the arrows in the order they should appear, or number them in that order',
  },
  'block-too-tall': {
    severity: 'warning',
    message: (a: { height: string; room: string }) => `this block does not fit on a slide even on its own (about ${a.height} px of ${a.room}); it will run off the slide`,
    hint: () => 'split it: a shorter paragraph, a smaller image, or a code block without line steps (those can continue on the next slide)',
  },
  overflow: {
    severity: 'error',
    message: (a: PageFindingArgs) => `slide ${a.slide}${a.step}: content runs off the slide (${a.detail})`,
    hint: () => 'shorten the block, or split the section; long lists, tables and code continue on a follow-up slide by themselves',
  },
  'text-too-small': {
    severity: 'error',
    message: (a: PageFindingArgs) => `slide ${a.slide}${a.step}: text renders at ${a.detail}, the legibility floor`,
    hint: () => 'do not shrink text to make it fit; let the section continue on a follow-up slide',
  },
  'code-clipped': {
    severity: 'error',
    message: (a: PageFindingArgs) => `slide ${a.slide}${a.step}: a code block is cut off or scrolls (${a.detail})`,
    hint: () => 'shorten its longest lines (about 100 characters fit) or break long commands with `\\`',
  },
  'broken-link': {
    severity: 'error',
    message: (a: PageFindingArgs) => `slide ${a.slide}: the link \`${a.detail}\` points at no slide`,
    hint: () => 'link to a slide by its title, as lesdia writes it: #/docker-vs-vm',
  },
  'low-contrast': {
    severity: 'error',
    message: (a: PageFindingArgs) => `slide ${a.slide}${a.step}: text is hard to read on a projector (${a.detail})`,
    hint: () => 'use the theme\'s colours, or darker text on a light background',
  },
  'annotations-unreadable': {
    severity: 'warning',
    message: (a: { reason: string }) => `the drawings of this deck cannot be read (${a.reason}); the deck opens without them`,
    hint: () => 'lesdia keeps a copy of this file as .bak before it saves new drawings; restore it from there or from version control',
  },
  'annotations-problem': {
    severity: 'warning',
    message: (a: { reason: string }) => a.reason,
    hint: () => 'the rest of the drawings are shown; drawing on the slide again saves a corrected file',
  },
  'annotations-unknown-slide': {
    severity: 'warning',
    message: (a: { slide: string; suggestion?: string }) => `drawings for the slide \`${a.slide}\`, which the deck does not have (any more); they are not shown`,
    hint: (a: { slide: string; suggestion?: string }) => a.suggestion ? `did the slide's title change? The deck has \`${a.suggestion}\`; rename the key to move the drawings there` : 'a slide is known by its anchor (#/slide-title); rename the key to the new anchor to keep the drawings',
  },
  'annotations-outside': {
    severity: 'warning',
    message: (a: { file: string }) => `\`${a.file}\` lies outside the project (a link out of it); the drawings are not read or saved`,
    hint: () => 'make annotations/ a plain folder inside the project',
  },
  'no-notes': {
    severity: 'info',
    message: (a: PageFindingArgs) => `slide ${a.slide} has no speaker notes`,
    hint: () => 'add a `::: notes` block inside the section: what to say, a question for the class, a time hint',
  },
} as const satisfies Record<string, MessageTemplate>;

export type DiagnosticCode = keyof typeof MESSAGES;

/** The arguments a code's message takes; `{}` for a code whose message takes none. */
export type MessageArgs<C extends DiagnosticCode> = (typeof MESSAGES)[C]['message'] extends (args: infer A) => string ? (unknown extends A ? Record<string, never> : A) : never;
