import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InkStroke } from '../../src/model/annotations.ts';
import { createAnnotationsStore } from '../../src/project/annotations-store.ts';
import { inkChange } from '../../src/protocol/ink.ts';
import { receive } from '../../src/protocol/validate.ts';
import { applyInkChange, serializeAnnotations } from '../../src/shared/ink/apply-ink-change.ts';
import { findJsonError } from '../../src/shared/ink/locate-json.ts';
import { simplifyStroke } from '../../src/shared/ink/simplify-stroke.ts';
import { emptyAnnotations, parseAnnotations } from '../../src/shared/ink/validate-annotations.ts';

const stroke = (id: string, step = 0): InkStroke => ({ id, step, tool: 'pen', color: 'red', width: 4, points: [10, 20, 30, 40, 50, 45] });

describe('the annotations file', () => {
  it('reads back what it writes, one stroke a line', () => {
    const file = emptyAnnotations();
    applyInkChange(file, { type: 'add', slide: 'docker-vs-vm', stroke: stroke('a1') });
    applyInkChange(file, { type: 'add', slide: 'docker-vs-vm', stroke: { ...stroke('b2', 2), tool: 'highlighter', color: 'blue', width: 20 } });
    const text = serializeAnnotations(file);
    expect(text.split('\n').filter((line) => line.includes('"points"'))).toHaveLength(2);
    const parsed = parseAnnotations(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.annotations.slides['docker-vs-vm']?.map((s) => s.id)).toEqual(['a1', 'b2']);
  });

  it('points at the character where the JSON breaks, and keeps nothing', () => {
    const parsed = parseAnnotations('{\n  "format": "lesdia-annotations",\n  "version": 1,\n  "slides": { "x": [ }\n}\n');
    expect(parsed.readable).toBe(false);
    expect(parsed.problems[0]).toMatchObject({ line: 4, column: 22 });
    expect(parsed.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('leaves out a bad stroke with its position and keeps the rest', () => {
    const good = JSON.stringify(stroke('ok'));
    const bad = JSON.stringify({ ...stroke('bad'), points: [1, 2, 3] });
    const parsed = parseAnnotations(`{"format":"lesdia-annotations","version":1,"slides":{\n"s":[\n${good},\n${bad}\n]}}`);
    expect(parsed.readable).toBe(true);
    expect(parsed.annotations.slides.s?.map((s) => s.id)).toEqual(['ok']);
    expect(parsed.problems).toEqual([{ message: expect.stringContaining('stroke 2 of slide "s": points: expected x, y pairs') as string, line: 4, column: 1 }]);
  });

  it('refuses other formats, newer versions, strange slide ids and oversized files', () => {
    expect(parseAnnotations('{"format":"other","version":1,"slides":{}}').readable).toBe(false);
    expect(parseAnnotations('{"format":"lesdia-annotations","version":2,"slides":{}}').problems[0]?.message).toMatch(/version 2/);
    const proto = parseAnnotations(`{"format":"lesdia-annotations","version":1,"slides":{"__proto__":[${JSON.stringify(stroke('p'))}]}}`);
    expect(Object.keys(proto.annotations.slides)).toEqual([]);
    expect(parseAnnotations(' '.repeat(5 * 1024 * 1024)).problems[0]?.message).toMatch(/larger than/);
  });
});

describe('ink changes', () => {
  it('adds once (a message sent twice does no harm), removes, and drops an emptied slide', () => {
    const file = emptyAnnotations();
    expect(applyInkChange(file, { type: 'add', slide: 's', stroke: stroke('a') })).toBe(true);
    applyInkChange(file, { type: 'add', slide: 's', stroke: stroke('a') });
    expect(file.slides.s).toHaveLength(1);
    expect(applyInkChange(file, { type: 'draft', slide: 's', stroke: stroke('d') })).toBe(false);
    expect(applyInkChange(file, { type: 'remove', slide: 's', ids: ['a'] })).toBe(true);
    expect(file.slides).toEqual({});
  });

  it('are checked where they are received', () => {
    expect(receive(inkChange, { type: 'add', slide: 'docker', stroke: stroke('a') }).ok).toBe(true);
    for (const bad of [
      { type: 'add', slide: 'constructor x', stroke: stroke('a') },
      { type: 'add', slide: 's', stroke: { ...stroke('a'), color: 'url(#x)' } },
      { type: 'add', slide: 's', stroke: { ...stroke('a'), points: [1e9, 0] } },
      { type: 'add', slide: 's', stroke: { ...stroke('a'), points: Array.from({ length: 9000 }, () => 1) } },
      { type: 'remove', slide: 's', ids: ['<script>'] },
      { type: 'wipe', slide: 's' },
    ]) expect(receive(inkChange, bad).ok, JSON.stringify(bad).slice(0, 80)).toBe(false);
  });
});

describe('the annotations store', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes annotations/<deck>.json beside slides/ through a temporary file', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lesdia-ink-'));
    const store = createAnnotationsStore(dir);
    expect(store.apply('deck', { type: 'add', slide: 's', stroke: stroke('a') })).toBe(true);
    expect(readdirSync(path.join(dir, 'annotations'))).toEqual(['deck.json']);
    expect(parseAnnotations(readFileSync(path.join(dir, 'annotations/deck.json'), 'utf8')).annotations.slides.s).toHaveLength(1);
  });

  it('warns about a corrupt file, opens without it, and keeps a copy before saving over it', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lesdia-ink-'));
    mkdirSync(path.join(dir, 'annotations'));
    writeFileSync(path.join(dir, 'annotations/deck.json'), '{"format": "lesdia-annotations", "version": 1, "slides": {');
    const store = createAnnotationsStore(dir);
    const { diagnostics, annotations } = store.read('deck');
    expect(annotations.slides).toEqual({});
    expect(diagnostics).toMatchObject([{ code: 'annotations-unreadable', severity: 'warning', range: { start: { line: 1, column: 59 } } }]);
    store.apply('deck', { type: 'add', slide: 's', stroke: stroke('a') });
    const files = readdirSync(path.join(dir, 'annotations'));
    expect(files.filter((f) => f.endsWith('.bak'))).toHaveLength(1);
    expect(store.read('deck').diagnostics).toEqual([]);
  });

  it('neither reads nor writes through a link out of the project', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lesdia-ink-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'lesdia-outside-'));
    mkdirSync(path.join(dir, 'project'));
    symlinkSync(outside, path.join(dir, 'project/annotations'));
    const store = createAnnotationsStore(path.join(dir, 'project'));
    expect(store.read('deck').diagnostics[0]?.code).toBe('annotations-outside');
    expect(store.apply('deck', { type: 'add', slide: 's', stroke: stroke('a') })).toBe(false);
    expect(existsSync(path.join(outside, 'deck.json'))).toBe(false);
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('findJsonError', () => {
  it('finds where JSON.parse gave up', () => {
    for (const [text, offset] of [
      ['{"a": [1, 2,]}', 12],
      ['{"a" 1}', 5],
      ['[1, 2] x', 7],
      ['{"a": tru}', 6],
      ['{"a": {"b": [', 13],
      ['{"a": "x\ny"}', 6],
    ] as const) expect(findJsonError(text), text).toBe(offset);
  });
});

describe('simplifyStroke', () => {
  it('keeps the ends and the corners, drops points on a straight run', () => {
    const line = Array.from({ length: 50 }, (_, i) => [i * 2, 100]).flat();
    expect(simplifyStroke(line, 0.8)).toEqual([0, 100, 98, 100]);
    const corner = [0, 0, 10, 0, 20, 0, 20, 10, 20, 20];
    expect(simplifyStroke(corner, 0.8)).toEqual([0, 0, 20, 0, 20, 20]);
    expect(simplifyStroke([5, 5], 0.8)).toEqual([5, 5]);
  });
});
