import type { DevtoolsEvent, DevtoolsPipe } from './devtools-pipe.ts';
import { BrowserFailure } from './browser-failure.ts';
import type { PageTarget } from './page-targets.ts';

export interface Viewport {
  width: number;
  height: number;
}

/** The part of `Page.printToPDF` lesdia sets: sizes in inches, as the protocol has them. */
export interface PdfPaper {
  widthInches: number;
  heightInches: number;
  marginBottomInches?: number;
  /** A footer on every page (`pageNumber`, `totalPages` classes filled in by Chromium). */
  footerTemplate?: string;
}

/**
 * One Chromium tab over the DevTools pipe, with what printing needs: a function the page can call, a
 * navigation that settles on the page's load event, a value read from the page, a tagged PDF. A crash of
 * the tab fails whatever is waiting on it.
 */
export interface DevtoolsTab {
  /**
   * Installs `window[name](text)` in every document the tab loads from now on; `handler` gets each text.
   * Exposing the same name again replaces the handler.
   */
  expose(name: string, handler: (text: string) => void): Promise<void>;
  /** Opens `url` and settles once its load event has fired. */
  goto(url: string): Promise<void>;
  /** The value of a JavaScript expression in the page (promises awaited). */
  evaluate(expression: string): Promise<unknown>;
  printToPdf(paper: PdfPaper): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Bytes asked for per `IO.read` of the printed PDF. */
const READ_CHUNK = 8 * 1024 * 1024;

/** Makes an attached tab ready to print from: its events on, `viewport` its size. */
export async function prepareDevtoolsTab(pipe: DevtoolsPipe, { targetId, sessionId }: PageTarget, viewport: Viewport): Promise<DevtoolsTab> {
  const send = (method: string, params?: Record<string, unknown>) => guarded(pipe.send(method, params, sessionId));

  const handlers = new Map<string, (text: string) => void>();
  const loaded = new Set<string>();
  const loadWaiters = new Map<string, () => void>();
  let crashError: Error | undefined;
  let crash: (error: Error) => void = () => {};
  const crashed = new Promise<never>((_, reject) => {
    crash = (error) => {
      crashError = error;
      reject(error);
    };
  });
  crashed.catch(() => undefined);
  function guarded<T>(work: Promise<T>): Promise<T> {
    if (crashError) {
      work.catch(() => undefined);
      return Promise.reject(crashError);
    }
    return Promise.race([work, crashed]);
  }

  const stopListening = pipe.listen((event: DevtoolsEvent) => {
    if (event.sessionId !== sessionId) return;
    const { params } = event;
    if (event.method === 'Runtime.bindingCalled' && typeof params.name === 'string' && typeof params.payload === 'string') handlers.get(params.name)?.(params.payload);
    else if (event.method === 'Page.lifecycleEvent' && params.name === 'load' && typeof params.loaderId === 'string') {
      loaded.add(params.loaderId);
      loadWaiters.get(params.loaderId)?.();
    } else if (event.method === 'Inspector.targetCrashed') crash(new BrowserFailure('the Chromium tab crashed while it laid out or printed the deck (often: too little memory); close other programs and try again'));
  });

  await Promise.all([
    send('Page.enable'),
    send('Page.setLifecycleEventsEnabled', { enabled: true }),
    send('Runtime.enable'),
    send('Inspector.enable'),
    send('Emulation.setDeviceMetricsOverride', { width: viewport.width, height: viewport.height, deviceScaleFactor: 1, mobile: false }),
  ]);

  return {
    async expose(name, handler) {
      const installed = handlers.has(name);
      handlers.set(name, handler);
      if (!installed) await send('Runtime.addBinding', { name });
    },
    async goto(url) {
      const { loaderId, errorText } = await send('Page.navigate', { url });
      if (typeof errorText === 'string' && errorText !== '') throw new BrowserFailure(`Chromium could not open ${url}: ${errorText}`);
      if (typeof loaderId !== 'string') throw new Error(`Page.navigate: Chromium gave no loader id for ${url}`);
      if (loaded.has(loaderId)) return;
      await guarded(new Promise<void>((resolve) => loadWaiters.set(loaderId, resolve)));
      loadWaiters.delete(loaderId);
    },
    async evaluate(expression) {
      const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      if (exceptionDetails !== undefined) throw new Error(`the page could not evaluate ${expression.slice(0, 80)}`);
      return (result as { value?: unknown } | undefined)?.value;
    },
    async printToPdf(paper) {
      const { stream } = await send('Page.printToPDF', {
        transferMode: 'ReturnAsStream',
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: false,
        preferCSSPageSize: false,
        scale: 1,
        paperWidth: paper.widthInches,
        paperHeight: paper.heightInches,
        marginTop: 0,
        marginRight: 0,
        marginLeft: 0,
        marginBottom: paper.marginBottomInches ?? 0,
        displayHeaderFooter: paper.footerTemplate !== undefined,
        headerTemplate: '<span></span>',
        footerTemplate: paper.footerTemplate ?? '',
      });
      if (typeof stream !== 'string') throw new Error('Page.printToPDF: Chromium gave no stream');
      const chunks: Buffer[] = [];
      for (let eof = false; !eof; ) {
        const read = await send('IO.read', { handle: stream, size: READ_CHUNK });
        if (typeof read.data !== 'string') throw new Error('IO.read: Chromium gave no data');
        chunks.push(Buffer.from(read.data, read.base64Encoded === true ? 'base64' : 'utf8'));
        eof = read.eof === true;
      }
      await send('IO.close', { handle: stream });
      return Buffer.concat(chunks);
    },
    async close() {
      stopListening();
      await pipe.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
  };
}
