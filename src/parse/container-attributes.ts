import type { ContainerAttributes } from '../model/document-tree.ts';

const RE_ATTRIBUTE = /([#.][\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;

/** Reads the pandoc attribute form `{.notes}`, `{.column width="40%"}`, `{#id .a .b key=value}`. */
export function parseAttributes(text: string): { name: string; attributes: ContainerAttributes } {
  const attributes: ContainerAttributes = { classes: [], pairs: {} };
  for (const match of text.matchAll(RE_ATTRIBUTE)) {
    const [, shorthand, key, dq, sq, bare] = match;
    if (shorthand?.startsWith('#')) attributes.id = shorthand.slice(1);
    else if (shorthand) attributes.classes.push(shorthand.slice(1));
    else if (key) attributes.pairs[key] = dq ?? sq ?? bare ?? '';
  }
  const name = (attributes.classes.shift() ?? 'div').toLowerCase();
  return { name, attributes };
}
