import type { Readable, Writable } from 'node:stream';
import { BrowserFailure } from './browser-failure.ts';

/** Why waiting commands fail when the pipe closes: Chromium quit, or crashed. */
const QUIT = 'Chromium quit unexpectedly (it may have run out of memory); try again';

/** An event Chromium sent: `Page.loadEventFired`, on the tab's session when it has one. */
export interface DevtoolsEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

/**
 * The DevTools protocol over the pipe Chromium opens with `--remote-debugging-pipe`: JSON messages, each
 * ended by a NUL byte, commands answered by id. Everything that can fail does so as an Error naming the
 * command; when the pipe closes (Chromium quit or crashed), every command still waiting fails at once.
 */
export interface DevtoolsPipe {
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<Record<string, unknown>>;
  /** Calls `listener` with every event from now on; the returned function stops that. */
  listen(listener: (event: DevtoolsEvent) => void): () => void;
  /** Settles when the pipe has closed. */
  readonly closed: Promise<void>;
}

interface Waiting {
  method: string;
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

/** `toChromium` is Chromium's fd 3, `fromChromium` its fd 4. */
export function connectDevtoolsPipe(toChromium: Writable, fromChromium: Readable): DevtoolsPipe {
  const waiting = new Map<number, Waiting>();
  const listeners = new Set<(event: DevtoolsEvent) => void>();
  let nextId = 1;
  let closedReason: string | undefined;
  let buffered: Buffer[] = [];

  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  const close = (reason: string) => {
    if (closedReason !== undefined) return;
    closedReason = reason;
    for (const entry of waiting.values()) entry.reject(new BrowserFailure(`${entry.method}: ${reason}`));
    waiting.clear();
    markClosed();
  };

  fromChromium.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      buffered.push(chunk.subarray(start, end));
      dispatch(Buffer.concat(buffered).toString('utf8'));
      buffered = [];
      start = end + 1;
    }
    if (start < chunk.length) buffered.push(chunk.subarray(start));
  });
  fromChromium.on('close', () => close(QUIT));
  fromChromium.on('error', () => close(QUIT));
  // A write after Chromium died fails here; the command fails through `close`.
  toChromium.on('error', () => close(QUIT));

  function dispatch(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return close('Chromium sent a message that is not JSON');
    }
    if (typeof message !== 'object' || message === null) return;
    const { id, result, error, method, params, sessionId } = message as Record<string, unknown>;
    if (typeof id === 'number') {
      const entry = waiting.get(id);
      if (!entry) return;
      waiting.delete(id);
      if (error !== undefined) entry.reject(new Error(`${entry.method}: ${describeError(error)}`));
      else entry.resolve(isRecord(result) ? result : {});
    } else if (typeof method === 'string') {
      const event: DevtoolsEvent = { method, params: isRecord(params) ? params : {}, ...(typeof sessionId === 'string' ? { sessionId } : {}) };
      for (const listener of listeners) listener(event);
    }
  }

  return {
    send(method, params = {}, sessionId) {
      if (closedReason !== undefined) return Promise.reject(new BrowserFailure(`${method}: ${closedReason}`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { method, resolve, reject });
        toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    closed,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeError(error: unknown): string {
  return isRecord(error) && typeof error.message === 'string' ? error.message : 'Chromium refused the command';
}
