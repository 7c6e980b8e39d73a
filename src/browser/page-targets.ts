import type { DevtoolsPipe } from './devtools-pipe.ts';

/** A tab Chromium attached lesdia to: the tab's id and the session its commands go to. */
export interface PageTarget {
  targetId: string;
  sessionId: string;
}

/**
 * The tabs of a Chromium whose browser session auto-attaches (`Target.setAutoAttach`, flat sessions): the
 * tab it opens at start-up and every tab opened later are attached as Chromium creates them, without a
 * round trip from lesdia. That matters while lesdia compiles: its event loop is busy, and a tab it had to
 * ask for would only be made once the compile is done. Call before `Target.setAutoAttach` is sent.
 */
export function watchPageTargets(pipe: DevtoolsPipe): { first: Promise<PageTarget>; attached(targetId: string): Promise<PageTarget> } {
  const seen = new Map<string, PageTarget>();
  const waiting = new Map<string, (target: PageTarget) => void>();
  let resolveFirst: (target: PageTarget) => void = () => {};
  const first = new Promise<PageTarget>((resolve) => {
    resolveFirst = resolve;
  });
  pipe.listen(({ method, params }) => {
    if (method !== 'Target.attachedToTarget') return;
    const info = params.targetInfo as { type?: unknown; targetId?: unknown } | undefined;
    const { sessionId } = params;
    if (info?.type !== 'page' || typeof info.targetId !== 'string' || typeof sessionId !== 'string') return;
    const target = { targetId: info.targetId, sessionId };
    seen.set(target.targetId, target);
    resolveFirst(target);
    waiting.get(target.targetId)?.(target);
  });
  return {
    first,
    attached: (targetId) => {
      const known = seen.get(targetId);
      return known ? Promise.resolve(known) : new Promise((resolve) => waiting.set(targetId, resolve));
    },
  };
}
