const RE_NON_SLUG = /[^a-z0-9]+/g;

/** Readable, unique anchors for slides, so `#/docker-vs-vm` deep-links to a slide. */
export function slideIds(titles: readonly string[]): string[] {
  const used = new Map<string, number>();
  return titles.map((title, i) => {
    const base = slugify(title) || `dia-${i + 1}`;
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}

export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(RE_NON_SLUG, '-').replace(/^-+|-+$/g, '');
}
