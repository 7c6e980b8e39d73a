import type { BlockNode, DocumentTree } from '../model/document-tree.ts';

// Fences may stand in quotes (`> `) and list items (indented), so any indentation and `>` are allowed.
const RE_FENCE_LANG = /^[ \t>]*(?:`{3,}|~{3,})[ \t]*([^\s{`]+)/gm;

/** The languages of every code fence in the deck, so that Shiki can load them all before rendering. */
export function collectCodeLanguages(tree: DocumentTree): Set<string> {
  const langs = new Set<string>(['shellscript']);
  const visit = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'markdown') for (const match of node.text.matchAll(RE_FENCE_LANG)) langs.add(match[1] ?? '');
      else if (node.kind === 'container') visit(node.children);
    }
  };
  for (const section of tree.sections) visit(section.children);
  return langs;
}
