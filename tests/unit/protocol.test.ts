import { describe, expect, it } from 'vitest';
import { pageFindings } from '../../src/protocol/check.ts';
import { deckUpdate } from '../../src/protocol/hot-update.ts';
import { printLayoutOf, printMessage } from '../../src/protocol/print.ts';
import { integer, list, object, optional, receive, text } from '../../src/protocol/validate.ts';

describe('protocol validators', () => {
  const hello = object({ name: text(5), age: optional(integer(0, 150)) });

  it.each([
    [{ name: 'Ann' }, { ok: true, value: { name: 'Ann' } }],
    [{ name: 'Ann', age: 40, extra: 'dropped' }, { ok: true, value: { name: 'Ann', age: 40 } }],
    [{ name: 'Annabel' }, { ok: false, error: 'name: expected a string of at most 5 characters' }],
    [{ name: 'Ann', age: 1.5 }, { ok: false, error: 'age: expected a whole number from 0 to 150' }],
    [{ age: 3 }, { ok: false, error: 'name: expected a string of at most 5 characters' }],
    [null, { ok: false, error: 'message: expected an object' }],
    [['Ann'], { ok: false, error: 'message: expected an object' }],
  ])('%j', (input, expected) => {
    expect(receive(hello, input)).toEqual(expected);
  });

  it('bounds lists and names the failing item', () => {
    expect(receive(list(integer(), 2), [1, 2, 3])).toEqual({ ok: false, error: 'message: expected a list of at most 2 items' });
    expect(receive(list(object({ n: integer() })), [{ n: 1 }, { n: -1 }])).toEqual({ ok: false, error: '[1].n: expected a whole number from 0 to 9007199254740991' });
  });

  it('passes errors other than refusals on', () => {
    const broken = () => {
      throw new TypeError('a bug');
    };
    expect(() => receive(broken, 1)).toThrow(TypeError);
  });
});

describe('lesdia messages', () => {
  it('reads a deck update and refuses one without a body', () => {
    expect(receive(deckUpdate, { slug: 'docker', body: '<div class="reveal"></div>', problems: [{ severity: 'warning', text: 'slides/docker.md:3:1 warning unknown-variable: …' }] }).ok).toBe(true);
    expect(receive(deckUpdate, { slug: 'docker' })).toEqual({ ok: false, error: 'body: expected a string of at most 20000000 characters' });
  });

  it('tells print messages apart by type', () => {
    expect(receive(printMessage, { type: 'progress', done: 10, total: 20 })).toEqual({ ok: true, value: { type: 'progress', done: 10, total: 20 } });
    const ready = { type: 'ready', layout: 'steps', pages: [{ slide: 0, title: 'Docker', continuation: false, id: 'docker' }] };
    expect(receive(printMessage, ready)).toEqual({ ok: true, value: ready });
    expect(receive(printMessage, { ...ready, layout: 'poster' }).ok).toBe(false);
    expect(receive(printMessage, { type: 'done' })).toEqual({ ok: false, error: 'type: expected one of progress, ready' });
    expect(receive(printMessage, { type: 'toString' }).ok).toBe(false);
  });

  it('reads the print layout from the URL, slides by default', () => {
    expect(printLayoutOf(new URLSearchParams('layout=handout-3'))).toBe('handout-3');
    expect(printLayoutOf(new URLSearchParams('layout=<script>'))).toBe('slides');
    expect(printLayoutOf(new URLSearchParams(''))).toBe('slides');
  });

  it('checks every finding of a page inspection', () => {
    const finding = { kind: 'overflow', slide: 2, step: 0, line: 14, detail: '12 px below the slide' };
    expect(receive(pageFindings, [finding])).toEqual({ ok: true, value: [finding] });
    expect(receive(pageFindings, [{ ...finding, kind: 'boom' }]).ok).toBe(false);
  });
});
