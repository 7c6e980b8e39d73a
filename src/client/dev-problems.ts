import { devProblems, type DevProblem } from '../protocol/hot-update.ts';
import { receive } from '../protocol/validate.ts';

const PANEL_ID = 'lesdia-dev-problems';

/**
 * Dev server only: the warnings of the open deck in a small panel in a corner (errors have Vite's overlay),
 * each as `file:line:column warning code: message`. It updates with every save and can be closed.
 */
export function showDevProblems(problems: readonly DevProblem[]): void {
  document.getElementById(PANEL_ID)?.remove();
  const shown = problems.filter((problem) => problem.severity !== 'error');
  if (shown.length === 0) return;
  const dutch = document.documentElement.lang.toLowerCase().startsWith('nl');
  const panel = document.createElement('aside');
  panel.id = PANEL_ID;
  panel.className = 'dev-problems';
  panel.setAttribute('aria-label', dutch ? 'Waarschuwingen bij deze pagina' : 'Warnings for this page');
  const head = document.createElement('p');
  head.className = 'dev-problems-head';
  head.textContent = dutch ? `${shown.length} waarschuwing${shown.length === 1 ? '' : 'en'}` : `${shown.length} warning${shown.length === 1 ? '' : 's'}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', dutch ? 'Sluiten' : 'Close');
  close.addEventListener('click', () => panel.remove());
  head.appendChild(close);
  const list = document.createElement('ul');
  for (const problem of shown) {
    const item = document.createElement('li');
    item.textContent = problem.text;
    list.appendChild(item);
  }
  panel.append(head, list);
  document.body.appendChild(panel);
}

/** The problems the page was served with (a JSON script the dev server adds), checked before use. */
export function servedProblems(): DevProblem[] {
  const data = document.getElementById('lesdia-dev-problems-data')?.textContent;
  if (!data) return [];
  const received = receive(devProblems, JSON.parse(data));
  return received.ok ? received.value : [];
}
