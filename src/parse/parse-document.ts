import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import type { DocumentTree } from '../model/document-tree.ts';
import { expandTemplate } from './expand-template.ts';
import { parseFrontMatter, readDeckMeta } from './front-matter.ts';
import { normalizeSource } from './normalize-source.ts';
import { readQuestions } from './read-questions.ts';
import { placeNodes } from './place-nodes.ts';
import { scanBlocks } from './scan-blocks.ts';
import { splitSlides } from './split-slides.ts';

/** Parse stage: page text to metadata and slides of block nodes, every line number that of the file. */
export function parseDocument(text: string, sink: DiagnosticSink): DocumentTree {
  const { data, body, readable } = parseFrontMatter(normalizeSource(text), sink);
  const meta = readDeckMeta(data);
  // With unreadable front matter every variable would be "unknown": the YAML error says enough.
  const expanded = expandTemplate(body, data, sink, { reportUnknown: readable });
  const root = scanBlocks(expanded.text, sink);
  placeNodes(root, expanded.videos, sink);
  readQuestions(root, sink);
  return { meta, sections: splitSlides(root, sink) };
}
