import path from 'node:path';

/** Vite builds one HTML entry per deck; these are their (virtual) file names below the project root. */
export function deckPageId(root: string, slug: string): string {
  return path.join(root, slug, 'index.html');
}

export function indexPageId(root: string): string {
  return path.join(root, 'index.html');
}

/** The deck slug of a page id or URL path (`/docker-ecosysteem/index.html`), or '' for the index page. */
export function slugOfPage(root: string, idOrUrl: string): string | undefined {
  const relative = idOrUrl.startsWith(root) ? path.relative(root, idOrUrl) : idOrUrl.replace(/^\/+/, '');
  const parts = relative.split(/[\\/]/).filter(Boolean);
  if (parts.length === 1 && parts[0] === 'index.html') return '';
  if (parts.length === 2 && parts[1] === 'index.html') return parts[0];
  return undefined;
}
