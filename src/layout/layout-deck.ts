import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { LaidOutSlide, RenderedSlide } from '../model/block.ts';
import { paginateSlide } from './paginate-slide.ts';
import { CONTENT_HEIGHT } from './theme-metrics.ts';

/**
 * Layout stage: a content slide too long for one slide continues on follow-up slides; a block too tall for
 * any slide is reported at its line. The title slide is laid out as it is.
 */
export function layoutDeck(slides: readonly RenderedSlide[], sink: DiagnosticSink): LaidOutSlide[] {
  return slides.flatMap((slide): LaidOutSlide[] => {
    const base = { kind: slide.kind, title: slide.title, source: slide.source };
    if (slide.kind === 'title') return [{ ...base, blocks: slide.blocks.map((block) => ({ block })), notes: slide.notes, continuation: 0 }];
    const { heading, pages, tooTall } = paginateSlide(slide.blocks);
    for (const block of tooTall) {
      sink.report('block-too-tall', lineRange(block.line ?? slide.source.start.line), { height: String(block.height), room: String(CONTENT_HEIGHT) });
    }
    return pages.map((blocks, continuation) => ({ ...base, ...(heading ? { heading } : {}), blocks, notes: continuation === 0 ? slide.notes : [], continuation }));
  });
}
