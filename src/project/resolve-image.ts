import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImageResolution, ImageResolver } from '../render/render-context.ts';

const RE_REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const RE_DATA = /^data:/i;
const COURSE_ASSETS = '/_assets/';

export interface ImageRoots {
  /** The folder that holds the course page. */
  pageDir: string;
  /** The folder that `/_assets/` maps to. */
  assetsDir: string;
  /** Nothing outside this folder may be read. */
  projectDir: string;
}

/**
 * Resolves image paths the way the course site does: `/_assets/x.png` from the assets folder, other paths
 * relative to the page. The deck refers to them as `media/…` beside its page.
 */
export function createImageResolver(roots: ImageRoots): ImageResolver {
  return (src): ImageResolution => {
    if (RE_REMOTE.test(src)) return { kind: 'external', url: src };
    if (RE_DATA.test(src)) return { kind: 'external', url: src };
    const clean = safeDecode(src.split(/[?#]/)[0] ?? '');
    const fromAssets = clean.startsWith(COURSE_ASSETS);
    const base = fromAssets ? roots.assetsDir : clean.startsWith('/') ? roots.projectDir : roots.pageDir;
    const file = path.resolve(base, fromAssets ? clean.slice(COURSE_ASSETS.length) : clean.replace(/^\//, ''));
    if (!isInside(file, roots.projectDir)) return { kind: 'outside' };
    const shown = path.relative(roots.projectDir, file) || file;
    const real = realFile(file);
    // A folder (or a FIFO) is no image; a link may point anywhere, so where it ends counts.
    if (!real || !statSync(real).isFile()) return { kind: 'missing', file: shown };
    if (!isInside(real, realFile(roots.projectDir) ?? roots.projectDir)) return { kind: 'outside' };
    const url = `media/${shown.split(path.sep).map(encodeURIComponent).join('/')}`;
    return { kind: 'found', asset: { file: real, url } };
  };
}

function realFile(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** `50%25.png` is `50%.png`; a path with a bare `%` (`50%.png`) is taken as written. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
