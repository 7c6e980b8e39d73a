import { escapeHtml, escapeHtmlKeepingReferences } from '../shared/escape-html.ts';

/**
 * A link destination as an `href` value, made as marked makes it: percent-encoded where a URL may not hold
 * the character as it is (`my uri` → `my%20uri`, `\` → `%5C`, `φ` → `%CF%86`), existing `%xx` escapes kept,
 * then escaped for the attribute. An autolink's destination is literal (`<https://x?a&amp;b>` keeps
 * `&amp;` as text); a link's keeps its character references for the browser to decode. Undefined when the
 * destination cannot be a URL (a lone surrogate): marked then shows the link's text alone.
 */
export function linkHref(destination: string, autolink: boolean): string | undefined {
  let encoded: string;
  try {
    encoded = encodeURI(destination).replace(/%25/g, '%');
  } catch {
    return undefined;
  }
  return autolink ? escapeHtml(encoded) : escapeHtmlKeepingReferences(encoded);
}
