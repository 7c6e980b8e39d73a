import { describe, expect, it } from 'vitest';
import type { DevtoolsEvent, DevtoolsPipe } from '../../src/browser/devtools-pipe.ts';
import { BrowserFailure } from '../../src/browser/browser-failure.ts';
import { prepareDevtoolsTab } from '../../src/browser/devtools-tab.ts';

/** A pipe that answers the tab's commands as Chromium would, and lets the test send events. */
function scriptedPipe(answers: Record<string, Record<string, unknown>>) {
  const listeners = new Set<(event: DevtoolsEvent) => void>();
  const sent: string[] = [];
  const pipe: DevtoolsPipe = {
    send: (method) => {
      sent.push(method);
      return Promise.resolve(answers[method] ?? {});
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    closed: new Promise(() => {}),
  };
  const emit = (method: string, params: Record<string, unknown>, sessionId = 'S1') => {
    for (const listener of listeners) listener({ method, params, sessionId });
  };
  return { pipe, emit, sent };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const ANSWERS = { 'Page.navigate': { frameId: 'F', loaderId: 'L2' } };
const TARGET = { targetId: 'T1', sessionId: 'S1' };

describe('a Chromium tab', () => {
  it('settles a navigation on its own load event, not on the blank page\'s or another tab\'s', async () => {
    const { pipe, emit } = scriptedPipe(ANSWERS);
    const tab = await prepareDevtoolsTab(pipe, TARGET, { width: 1280, height: 720 });
    let settled = false;
    const going = tab.goto('http://127.0.0.1:1/deck/').then(() => (settled = true));
    await tick();
    emit('Page.lifecycleEvent', { name: 'load', loaderId: 'L1' });
    emit('Page.lifecycleEvent', { name: 'load', loaderId: 'L2' }, 'S2');
    emit('Page.lifecycleEvent', { name: 'DOMContentLoaded', loaderId: 'L2' });
    await tick();
    expect(settled).toBe(false);
    emit('Page.lifecycleEvent', { name: 'load', loaderId: 'L2' });
    await going;
    expect(settled).toBe(true);
  });

  it('fails what waits on it when it crashes, with a message for people', async () => {
    const { pipe, emit } = scriptedPipe(ANSWERS);
    const tab = await prepareDevtoolsTab(pipe, TARGET, { width: 1280, height: 720 });
    const going = tab.goto('http://127.0.0.1:1/deck/');
    await tick();
    emit('Inspector.targetCrashed', {});
    await expect(going).rejects.toThrow('the Chromium tab crashed while it laid out or printed the deck');
    await expect(going).rejects.toBeInstanceOf(BrowserFailure);
    await expect(tab.evaluate('1')).rejects.toThrow('the Chromium tab crashed');
  });

  it('passes only its own binding calls, by name, to the handler', async () => {
    const { pipe, emit } = scriptedPipe(ANSWERS);
    const tab = await prepareDevtoolsTab(pipe, TARGET, { width: 1280, height: 720 });
    const texts: string[] = [];
    await tab.expose('lesdiaPrintReport', (text) => texts.push(text));
    emit('Runtime.bindingCalled', { name: 'lesdiaPrintReport', payload: '{"type":"progress"}' });
    emit('Runtime.bindingCalled', { name: 'other', payload: 'x' });
    emit('Runtime.bindingCalled', { name: 'lesdiaPrintReport', payload: 'y' }, 'S2');
    emit('Runtime.bindingCalled', { name: 'lesdiaPrintReport', payload: 42 });
    expect(texts).toEqual(['{"type":"progress"}']);
  });

  it('reads a printed PDF from its stream in chunks and closes the stream', async () => {
    const chunks = [Buffer.from('%PDF-1.4 een'), Buffer.from(' twee %%EOF')];
    const { pipe, sent } = scriptedPipe(ANSWERS);
    const send = pipe.send;
    pipe.send = (method, params, sessionId) => {
      if (method === 'Page.printToPDF') return Promise.resolve({ stream: 'H1' });
      if (method === 'IO.read') {
        const chunk = chunks.shift();
        return Promise.resolve({ data: chunk?.toString('base64') ?? '', base64Encoded: true, eof: chunks.length === 0 });
      }
      return send(method, params, sessionId);
    };
    const tab = await prepareDevtoolsTab(pipe, TARGET, { width: 1280, height: 720 });
    const pdf = await tab.printToPdf({ widthInches: 13.3, heightInches: 7.5 });
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.4 een twee %%EOF');
    expect(sent.at(-1)).toBe('IO.close');
  });
});
