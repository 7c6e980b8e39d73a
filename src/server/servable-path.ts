import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** The names sirv tries for a URL path: as written, `.html` added, or the folder's `index.html`. */
const CANDIDATES = ['', '.html', '/index.html'];

/**
 * Whether a site may answer a (decoded) URL path under `root`: no segment that is a dotfile, `..` or holds
 * a NUL, and every file the server might send for it a regular file that lies under `root` after resolving
 * symlinks, so a link inside the site cannot hand out a file from elsewhere. `'folder'` for a folder
 * named without its trailing slash.
 */
export function isServable(root: string, urlPath: string): boolean | 'folder' {
  const segments = urlPath.split(/[/\\]/).filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.') || segment.includes('\0'))) return false;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return false;
  }
  const base = path.join(root, ...segments);
  for (const suffix of CANDIDATES) {
    const candidate = base.replace(/[/\\]$/, '') + suffix;
    let real: string;
    try {
      real = realpathSync(candidate);
    } catch {
      continue;
    }
    const inside = real === realRoot || real.startsWith(realRoot + path.sep);
    if (!inside) return false;
    if (suffix === '' && statSync(real).isDirectory()) {
      // A folder without its slash: relative URLs in its page need the slash.
      if (!urlPath.endsWith('/') && urlPath !== '') return 'folder';
      continue;
    }
    return statSync(real).isFile();
  }
  // Nothing there: sirv answers 404 by itself.
  return true;
}
