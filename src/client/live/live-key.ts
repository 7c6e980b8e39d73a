const STORAGE_KEY = 'lesdia-live-key';

/**
 * The teacher's secret from the link (`?key=…`), kept for this tab and taken out of the address bar at
 * once, so the projector never shows it and the deck list's links carry it on without it in the URL.
 */
export function takeLiveKey(): string | undefined {
  const url = new URL(location.href);
  const given = url.searchParams.get('key');
  if (given !== null) {
    url.searchParams.delete('key');
    history.replaceState(history.state, '', url.href);
    try {
      sessionStorage.setItem(STORAGE_KEY, given);
    } catch {
      // Storage refused: the key holds for this page only.
    }
    return given;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The students' address as `lesdia present` put it in the page; this page's own address elsewhere. */
export function studentsUrl(): string {
  const given = document.querySelector<HTMLMetaElement>('meta[name="lesdia-live"]')?.content;
  if (given) return given;
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}
