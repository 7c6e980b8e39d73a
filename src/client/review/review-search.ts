import type { UiStrings } from '../../i18n/ui-strings.ts';

const MARK = 'review-match';

/**
 * Search across slides and notes: each keystroke marks the matches and lists the slides that have them;
 * Enter (or a click on a result) scrolls to the first one.
 */
export function startReviewSearch(main: HTMLElement, header: HTMLElement, strings: UiStrings): void {
  const form = header.querySelector('form');
  const input = header.querySelector<HTMLInputElement>('input[type="search"]');
  const status = header.querySelector<HTMLElement>('.review-results');
  if (!form || !input || !status) return;
  let firstMatch: HTMLElement | undefined;

  const run = () => {
    clearMarks(main);
    const query = input.value.trim();
    firstMatch = undefined;
    status.replaceChildren();
    if (query.length < 2) return;
    const hits: HTMLElement[] = [];
    for (const article of main.querySelectorAll<HTMLElement>('.review-slide')) {
      const marks = markMatches(article, query);
      if (marks.length === 0) continue;
      hits.push(article);
      firstMatch ??= marks[0];
    }
    if (hits.length === 0) {
      status.textContent = strings.noResults;
      return;
    }
    status.append(`${strings.results(hits.length)}: `);
    hits.slice(0, 8).forEach((article, i) => {
      const link = document.createElement('a');
      link.href = `#${article.id}`;
      link.textContent = article.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() || article.id;
      status.append(...(i > 0 ? [', '] : []), link);
    });
  };

  input.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
    firstMatch?.scrollIntoView({ block: 'center' });
    firstMatch?.classList.add('is-current');
  });
}

function markMatches(root: HTMLElement, query: string): HTMLElement[] {
  const needle = query.toLocaleLowerCase();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.review-slide-meta, .copy-button, .review-ink, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    let node: Text = text;
    for (let at = node.data.toLocaleLowerCase().indexOf(needle); at !== -1; at = node.data.toLocaleLowerCase().indexOf(needle)) {
      const match = node.splitText(at);
      node = match.splitText(query.length);
      const mark = document.createElement('mark');
      mark.className = MARK;
      match.replaceWith(mark);
      mark.appendChild(match);
      marks.push(mark);
    }
  }
  return marks;
}

function clearMarks(root: HTMLElement): void {
  for (const mark of root.querySelectorAll(`mark.${MARK}`)) mark.replaceWith(...mark.childNodes);
  root.normalize();
}
