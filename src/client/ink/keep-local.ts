import type { AnnotationsFile } from '../../model/annotations.ts';
import { serializeAnnotations } from '../../shared/ink/apply-ink-change.ts';
import { parseAnnotations } from '../../shared/ink/validate-annotations.ts';
import type { InkStore } from './ink-store.ts';

interface Kept {
  /** A fingerprint of the drawings the page came with when these were kept. */
  base: string;
  annotations: AnnotationsFile;
}

/**
 * A built or single-file deck keeps what is drawn in this browser (localStorage, per page address). When
 * the page has since been built with other drawings, both are shown: nothing drawn here is lost.
 */
export function keepInBrowser(store: InkStore, embeddedText: string): void {
  const key = `lesdia-ink:${location.pathname}`;
  const base = fingerprint(embeddedText);
  const kept = readKept(key);
  if (kept && kept.base === base) store.replace(kept.annotations);
  else if (kept) {
    const merged = store.annotations;
    for (const [slide, strokes] of Object.entries(kept.annotations.slides)) {
      const own = merged.slides[slide] ?? [];
      merged.slides[slide] = [...own, ...strokes.filter((s) => !own.some((o) => o.id === s.id))];
    }
    store.replace(merged);
  }
  store.listen((op, source) => {
    if (!op || source !== 'local' || op.type === 'draft') return;
    try {
      localStorage.setItem(key, JSON.stringify({ base, annotations: store.annotations } satisfies Kept));
    } catch {
      // Private browsing or a full storage: the drawings stay for this visit.
    }
  });
}

/** The drawings as an `annotations/<deck>.json` file, for the teacher to put beside `slides/`. */
export function downloadInk(store: InkStore, slug: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([serializeAnnotations(store.annotations)], { type: 'application/json' }));
  link.download = `${slug || 'deck'}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function readKept(key: string): Kept | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as { base?: unknown; annotations?: unknown } | null;
    if (!value || typeof value.base !== 'string') return undefined;
    const { annotations, readable } = parseAnnotations(JSON.stringify(value.annotations));
    return readable ? { base: value.base, annotations } : undefined;
  } catch {
    return undefined;
  }
}

function fingerprint(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${text.length}:${hash.toString(36)}`;
}
