/**
 * The text a student wants from a code block: for a shell session only the commands, without the `$ `
 * prompt and without the output lines; for anything else every line as written.
 */
export function copyableText(block: Element): string {
  const lines = [...block.querySelectorAll('.line')];
  const isSession = block.classList.contains('code-session');
  const code = lines
    .filter((line) => !isSession || line.classList.contains('command'))
    .map((line) => [...line.childNodes].filter((node) => !(node instanceof Element && node.classList.contains('prompt'))).map((node) => node.textContent ?? '').join(''));
  // A Quarto chunk with `echo: fenced` is copied as written: its fence and `#|` options around the code.
  const pre = block.querySelector('pre');
  const head = pre?.getAttribute('data-chunk-head');
  const tail = pre?.getAttribute('data-chunk-tail');
  return [...(head ? [head] : []), ...code, ...(tail ? [tail] : [])].join('\n');
}

/** Puts text on the clipboard; falls back to a hidden textarea where the Clipboard API is not allowed. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Adds a copy button to every code block below `root`. */
export function addCopyButtons(root: ParentNode, labels: { copy: string; copied: string; copyFailed: string }): void {
  for (const block of root.querySelectorAll<HTMLElement>('figure.code-block')) {
    if (block.querySelector('.copy-button')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = labels.copy;
    button.addEventListener('click', () => {
      void copyToClipboard(copyableText(block)).then((ok) => {
        button.textContent = ok ? labels.copied : labels.copyFailed;
        button.classList.toggle('is-done', ok);
        setTimeout(() => {
          button.textContent = labels.copy;
          button.classList.remove('is-done');
        }, 2000);
      });
    });
    // The button sits in the file tab, or in a bar of its own, so it never covers code.
    let bar = block.querySelector('figcaption');
    if (!bar) {
      bar = document.createElement('div');
      bar.className = 'code-toolbar';
      block.prepend(bar);
    }
    bar.appendChild(button);
  }
}
