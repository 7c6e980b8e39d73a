import type { BlockNode, DocumentTree } from '../model/document-tree.ts';
import { readCodeFence } from '../shared/code-fence.ts';
import { parseFenceInfo } from './fence-info.ts';

/**
 * The languages of every code fence in the deck, so that Shiki can load them all before rendering. Fences
 * are found by the scanner's recogniser (also inside quotes and list items) and their language read as
 * the renderer reads it, Quarto chunks (```` ```{r} ````) included.
 */
export function collectCodeLanguages(tree: DocumentTree): Set<string> {
  const langs = new Set<string>(['shellscript']);
  const visit = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'container') visit(node.children);
      if (node.kind === 'question') visit([...node.prompt, ...node.explanation, ...node.answer]);
      if (node.kind !== 'markdown') continue;
      for (const line of node.text.split('\n')) {
        const fence = readCodeFence(line, true);
        if (fence) langs.add(parseFenceInfo(fence.info).lang);
      }
    }
  };
  for (const section of tree.sections) visit(section.children);
  return langs;
}
