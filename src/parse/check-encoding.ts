import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';

/**
 * Warns at bytes that are not text: sequences that are not UTF-8 (read as U+FFFD, reported once, at the
 * first) and NUL characters, which are replaced by U+FFFD as CommonMark asks. Returns the text to compile.
 */
export function checkEncoding(text: string, invalidUtf8: boolean, sink: DiagnosticSink): string {
  const hasNul = text.includes('\0');
  if (!hasNul && !invalidUtf8) return text;
  let line = 1;
  let lineStart = 0;
  let reportedUtf8 = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10) {
      line++;
      lineStart = i + 1;
    } else if (char === 0) {
      sink.report('nul-byte', lineRange(line, i - lineStart + 1));
    } else if (char === 0xfffd && invalidUtf8) {
      if (!reportedUtf8) sink.report('invalid-utf8', lineRange(line, i - lineStart + 1));
      reportedUtf8 = true;
    }
  }
  return hasNul ? text.replaceAll('\0', '\uFFFD') : text;
}
