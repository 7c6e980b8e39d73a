import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { connectDevtoolsPipe, type DevtoolsEvent } from '../../src/browser/devtools-pipe.ts';

/** A stand-in for Chromium's two pipe ends: what lesdia wrote, split at NUL, and a way to answer. */
function fakeChromium() {
  const toChromium = new PassThrough();
  const fromChromium = new PassThrough();
  const received: { id: number; method: string; params: unknown; sessionId?: string }[] = [];
  let pending = '';
  toChromium.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const parts = pending.split('\0');
    pending = parts.pop() ?? '';
    for (const part of parts) received.push(JSON.parse(part) as (typeof received)[number]);
  });
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return { pipe: connectDevtoolsPipe(toChromium, fromChromium), received, fromChromium, tick };
}

describe('the DevTools pipe', () => {
  it('numbers commands, ends each with NUL and answers each by its id, also out of order', async () => {
    const { pipe, received, fromChromium, tick } = fakeChromium();
    const first = pipe.send('Browser.getVersion');
    const second = pipe.send('Runtime.evaluate', { expression: '1 + 1' }, 'session-1');
    await tick();
    expect(received).toEqual([
      { id: 1, method: 'Browser.getVersion', params: {} },
      { id: 2, method: 'Runtime.evaluate', params: { expression: '1 + 1' }, sessionId: 'session-1' },
    ]);
    fromChromium.write(`${JSON.stringify({ id: 2, result: { result: { value: 2 } } })}\0${JSON.stringify({ id: 1, result: { product: 'Chrome/156' } })}\0`);
    await expect(second).resolves.toEqual({ result: { value: 2 } });
    await expect(first).resolves.toEqual({ product: 'Chrome/156' });
  });

  it('joins a message that arrives in pieces, even a multi-byte character split between them', async () => {
    const { pipe, fromChromium } = fakeChromium();
    const answer = pipe.send('Page.navigate');
    const bytes = Buffer.from(`${JSON.stringify({ id: 1, result: { title: 'Één container' } })}\0`);
    fromChromium.write(bytes.subarray(0, 30));
    fromChromium.write(bytes.subarray(30, 31));
    fromChromium.write(bytes.subarray(31));
    await expect(answer).resolves.toEqual({ title: 'Één container' });
  });

  it('hands events to listeners with their session, until they stop listening', async () => {
    const { pipe, fromChromium, tick } = fakeChromium();
    const events: DevtoolsEvent[] = [];
    const stop = pipe.listen((event) => events.push(event));
    fromChromium.write(`${JSON.stringify({ method: 'Page.lifecycleEvent', params: { name: 'load', loaderId: 'L1' }, sessionId: 'S' })}\0`);
    await tick();
    stop();
    fromChromium.write(`${JSON.stringify({ method: 'Page.lifecycleEvent', params: { name: 'load' } })}\0`);
    await tick();
    expect(events).toEqual([{ method: 'Page.lifecycleEvent', params: { name: 'load', loaderId: 'L1' }, sessionId: 'S' }]);
  });

  it('fails a refused command with the command and Chromium\'s reason', async () => {
    const { pipe, fromChromium } = fakeChromium();
    const answer = pipe.send('Page.printToPDF');
    fromChromium.write(`${JSON.stringify({ id: 1, error: { code: -32000, message: 'Printing failed' } })}\0`);
    await expect(answer).rejects.toThrow('Page.printToPDF: Printing failed');
  });

  it('fails every waiting command, and every later one, when Chromium goes away', async () => {
    const { pipe, fromChromium } = fakeChromium();
    const waiting = pipe.send('Page.printToPDF');
    fromChromium.end();
    await expect(waiting).rejects.toThrow('Page.printToPDF: Chromium quit unexpectedly');
    await pipe.closed;
    await expect(pipe.send('Browser.close')).rejects.toThrow('Browser.close: Chromium quit unexpectedly');
  });

  it('closes on a message that is not JSON instead of guessing at it', async () => {
    const { pipe, fromChromium } = fakeChromium();
    const waiting = pipe.send('IO.read');
    fromChromium.write('{"id": 1, "result": \0');
    await expect(waiting).rejects.toThrow('IO.read: Chromium sent a message that is not JSON');
  });
});
