import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSink, lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { AnnotationsFile, InkChange, InkStroke } from '../model/annotations.ts';
import { INK_LIMITS } from '../model/annotations.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { applyInkChange, serializeAnnotations, setSlideStrokes } from '../shared/ink/apply-ink-change.ts';
import { emptyAnnotations, parseAnnotations } from '../shared/ink/validate-annotations.ts';

export interface ReadAnnotations {
  annotations: AnnotationsFile;
  /** Warnings about the file, positioned in it; the deck opens regardless. */
  diagnostics: Diagnostic[];
  /** The file's text, for code frames. */
  text: string;
}

/** The drawings of every deck of a project, read from and saved to `annotations/<deck>.json`. */
export interface AnnotationsStore {
  /** The folder (`annotations/` beside `slides/`). */
  readonly dir: string;
  /** The file of a deck's drawings as messages show it (relative to the working folder). */
  displayPath(slug: string): string;
  /** The deck's drawings as kept now (the saved ones, with every change applied since). */
  read(slug: string): ReadAnnotations;
  /** Applies a change and saves the file at once, atomically; false when nothing changed or it cannot be saved. */
  apply(slug: string, op: InkChange): boolean;
  /** Replaces one slide's strokes (as the live channel sends them) and saves; false when nothing changed. */
  setSlide(slug: string, slide: string, strokes: InkStroke[]): boolean;
}

/**
 * Keeps the drawings per deck in memory after the first read and writes every change through a temporary
 * file and a rename, so the file on disk is always a complete old or new version. A file that could not be
 * read whole is copied to `<deck>.json.<time>.bak` before the first save replaces it: nothing is lost.
 */
export function createAnnotationsStore(projectDir: string): AnnotationsStore {
  const root = path.resolve(projectDir);
  const dir = path.join(root, 'annotations');
  const loaded = new Map<string, State>();

  const load = (slug: string): State => {
    const file = path.join(dir, `${slug}.json`);
    const cached = loaded.get(slug);
    // Kept in memory until someone else changes the file (a teacher who deletes it to start afresh).
    if (cached && cached.stamp === stampOf(file)) return cached;
    const shown = displayPath(slug);
    const result: State = { annotations: emptyAnnotations(), diagnostics: [], text: '', intact: true, stamp: stampOf(file) };
    const sink = new DiagnosticSink(shown);
    if (!insideProject(root, file)) {
      sink.report('annotations-outside', lineRange(1), { file: shown });
      result.intact = false;
    } else if (existsSync(file)) {
      const size = statSync(file).size;
      if (size > INK_LIMITS.fileBytes) {
        sink.report('annotations-unreadable', lineRange(1), { reason: `${(size / 1024 / 1024).toFixed(1)} MB, more than the ${INK_LIMITS.fileBytes / 1024 / 1024} MB a deck's drawings may take` });
        result.intact = false;
      } else {
        result.text = readFileSync(file, 'utf8');
        const parsed = parseAnnotations(result.text);
        result.annotations = parsed.annotations;
        result.intact = parsed.problems.length === 0;
        for (const problem of parsed.problems) sink.report(parsed.readable ? 'annotations-problem' : 'annotations-unreadable', lineRange(problem.line, problem.column), { reason: problem.message });
      }
    }
    result.diagnostics = sink.diagnostics;
    loaded.set(slug, result);
    return result;
  };

  const save = (slug: string, state: State): boolean => {
    const file = path.join(dir, `${slug}.json`);
    if (!insideProject(root, file)) return false;
    mkdirSync(dir, { recursive: true });
    if (!state.intact && existsSync(file)) copyFileSync(file, `${file}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`);
    state.intact = true;
    const temp = `${file}.${process.pid}.tmp`;
    const fd = openSync(temp, 'w');
    const text = serializeAnnotations(state.annotations);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    // What was wrong with the old file is gone with it.
    Object.assign(state, { stamp: stampOf(file), text, diagnostics: [] });
    return true;
  };

  const displayPath = (slug: string) => {
    const file = path.join(dir, `${slug}.json`);
    return path.relative(process.cwd(), file) || file;
  };

  return {
    dir,
    displayPath,
    read: (slug) => load(slug),
    apply(slug, op) {
      const state = load(slug);
      if (!applyInkChange(state.annotations, op)) return false;
      return save(slug, state);
    },
    setSlide(slug, slide, strokes) {
      const state = load(slug);
      if (!setSlideStrokes(state.annotations, slide, strokes)) return false;
      return save(slug, state);
    },
  };
}

interface State extends ReadAnnotations {
  /** False when the file on disk holds more than was read from it: it is backed up before it is replaced. */
  intact: boolean;
  stamp: string;
}

function stampOf(file: string): string {
  if (!existsSync(file)) return 'none';
  const stat = statSync(file);
  return `${stat.mtimeMs}:${stat.size}`;
}

/** The file's folder, links resolved, lies inside the project (the folder may not exist yet). */
function insideProject(root: string, file: string): boolean {
  let real = path.dirname(file);
  const rest: string[] = [];
  while (!existsSync(real) && path.dirname(real) !== real) {
    rest.unshift(path.basename(real));
    real = path.dirname(real);
  }
  const resolved = path.join(realpathSync(real), ...rest);
  const rootReal = realpathSync(root);
  const relative = path.relative(rootReal, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  // The file itself may be a link too.
  return !existsSync(file) || !path.relative(rootReal, realpathSync(file)).startsWith('..');
}
