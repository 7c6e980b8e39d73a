import { INK_COLORS, type InkColor } from '../../model/annotations.ts';
import type { InkStrings } from '../../i18n/ink-strings.ts';
import type { PenSettings, PenTool } from './ink-pen.ts';

export interface ToolbarActions {
  undo: () => void;
  clear: () => void;
  close: () => void;
  /** Offered where the drawings are kept only in this browser. */
  download?: () => void;
}

const ICONS: Record<string, string> = {
  pen: '<path d="M4 20l4-1 11-11-3-3L5 16z"/><path d="M14 6l3 3"/>',
  highlighter: '<path d="M9 15l-3 3v2h5l2-2"/><path d="M9 15l7-11 4 4-11 7z"/>',
  eraser: '<path d="M8 20h12"/><path d="M4 15l9-9 6 6-8 8H8z"/>',
  undo: '<path d="M9 7H4V2"/><path d="M4 7a9 9 0 1 1-1 8"/>',
  clear: '<path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"/>',
  download: '<path d="M12 3v12M7 10l5 5 5-5M4 20h16"/>',
  close: '<path d="M6 6l12 12M18 6L6 18"/>',
};

/**
 * The drawing toolbar: tool, colour and width as toggle buttons (`aria-pressed`), then undo, clear, and
 * close; each has a spoken name and a tooltip, in the deck's language. Keys pressed on it stay on it, so
 * Space on a button does not also move the deck.
 */
export function createToolbar(strings: InkStrings, settings: PenSettings, actions: ToolbarActions): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'ink-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', strings.toolbar);
  const group = (label: string) => {
    const element = document.createElement('div');
    element.className = 'ink-group';
    element.setAttribute('role', 'group');
    element.setAttribute('aria-label', label);
    bar.appendChild(element);
    return element;
  };
  const button = (parent: HTMLElement, label: string, content: string, onClick: () => void, pressed?: () => boolean) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.title = label;
    element.setAttribute('aria-label', label);
    element.innerHTML = content;
    element.addEventListener('click', () => {
      onClick();
      refresh();
    });
    if (pressed) toggles.push([element, pressed]);
    parent.appendChild(element);
    return element;
  };
  const toggles: [HTMLElement, () => boolean][] = [];
  const refresh = () => {
    for (const [element, pressed] of toggles) element.setAttribute('aria-pressed', String(pressed()));
    bar.dataset.tool = settings.tool;
  };

  const tools = group(strings.tools);
  for (const tool of ['pen', 'highlighter', 'eraser'] as PenTool[]) {
    button(tools, strings[tool], icon(tool), () => (settings.tool = tool), () => settings.tool === tool).classList.add(`ink-tool-${tool}`);
  }
  const colors = group(strings.color);
  for (const color of INK_COLORS) {
    button(colors, strings.colors[color], `<span class="ink-swatch ink-swatch-${color}"></span>`, () => pick(color), () => settings.color === color && settings.tool !== 'eraser');
  }
  const widths = group(strings.width);
  for (const thick of [false, true]) {
    button(widths, thick ? strings.thick : strings.thin, `<span class="ink-width ink-width-${thick ? 'thick' : 'thin'}"></span>`, () => (settings.thick = thick), () => settings.thick === thick);
  }
  const edits = group(strings.edit);
  button(edits, strings.undo, icon('undo'), actions.undo).classList.add('ink-undo');
  button(edits, strings.clear, icon('clear'), actions.clear).classList.add('ink-clear');
  if (actions.download) button(edits, strings.download, icon('download'), actions.download).classList.add('ink-download');
  const status = document.createElement('p');
  status.className = 'ink-status';
  status.setAttribute('aria-live', 'polite');
  bar.appendChild(status);
  button(bar, strings.close, icon('close'), actions.close).classList.add('ink-close');

  function pick(color: InkColor): void {
    settings.color = color;
    if (settings.tool === 'eraser') settings.tool = 'pen';
  }
  bar.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
  });
  refresh();
  return bar;
}

function icon(name: string): string {
  return `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[name] ?? ''}</svg>`;
}
