import { liveKindMap } from '../../protocol/live-kinds.ts';
import { HELLO, LIVE_PATH, liveDelivery, liveEnvelope, liveRoom, liveWelcome, parseFrame, ROOM, WELCOME, type LiveDelivery, type LiveRole } from '../../protocol/live-message.ts';
import { receive as check } from '../../protocol/validate.ts';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** A device's end of the live channel; features use `on` and `send` with their own kinds (protocol/live-kinds.ts). */
export interface LiveConnection {
  /** The role the server granted; undefined until it answered. */
  readonly role: LiveRole | undefined;
  /** Sends when connected; dropped otherwise (a feature resends its state in `onWelcome`). */
  send(kind: string, data: unknown): void;
  /** Validated messages of one kind. */
  on(kind: string, handler: (data: unknown, delivery: LiveDelivery) => void): void;
  /** After every (re)connection, once the role is known: the moment to send one's own state again. */
  onWelcome(handler: (role: LiveRole) => void): void;
  onStatus(handler: (status: LiveStatus) => void): void;
  /** For the presenter and remote: how many devices follow. */
  onRoom(handler: (followers: number) => void): void;
}

const MAX_BACKOFF_MS = 4000;

/**
 * Connects to `lesdia present`'s channel and stays connected: after a lost network or a server restart it
 * reconnects with growing pauses (0.25 s doubling to 4 s, jittered so a class does not knock all at once),
 * says hello again and gets the current state back.
 */
export function connectLive(key: string | undefined): LiveConnection {
  const kinds = liveKindMap();
  const handlers = new Map<string, ((data: unknown, delivery: LiveDelivery) => void)[]>();
  const welcomeHandlers: ((role: LiveRole) => void)[] = [];
  const statusHandlers: ((status: LiveStatus) => void)[] = [];
  const roomHandlers: ((followers: number) => void)[] = [];
  let socket: WebSocket | undefined;
  let role: LiveRole | undefined;
  let epoch = '';
  let lastSeq = 0;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setStatus = (status: LiveStatus) => statusHandlers.forEach((handler) => handler(status));
  const receive = (frame: string) => {
    const welcome = parseFrame(frame, liveEnvelope);
    if (welcome?.kind === ROOM) {
      const room = check(liveRoom, welcome.data);
      if (room.ok) roomHandlers.forEach((handler) => handler(room.value.followers));
      return;
    }
    if (welcome?.kind === WELCOME) {
      const checked = check(liveWelcome, welcome.data);
      if (!checked.ok) return;
      if (checked.value.epoch !== epoch) lastSeq = 0;
      epoch = checked.value.epoch;
      role = checked.value.role;
      attempt = 0;
      setStatus('live');
      welcomeHandlers.forEach((handler) => handler(checked.value.role));
      return;
    }
    // Each kind's data is checked here again, with the same check the server ran.
    const delivery = parseFrame(frame, liveDelivery);
    const kind = delivery && kinds.get(delivery.kind);
    if (!delivery || !kind || delivery.seq <= lastSeq) return;
    const data = check(kind.check, delivery.data);
    if (!data.ok) return;
    lastSeq = delivery.seq;
    for (const handler of handlers.get(delivery.kind) ?? []) handler(data.value, { ...delivery, data: data.value });
  };
  const connect = () => {
    clearTimeout(timer);
    timer = undefined;
    setStatus('connecting');
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_PATH}`);
    socket = ws;
    ws.addEventListener('open', () => ws.send(JSON.stringify({ kind: HELLO, data: key ? { key } : {} })));
    ws.addEventListener('message', (event) => typeof event.data === 'string' && receive(event.data));
    ws.addEventListener('close', () => {
      if (socket !== ws) return;
      socket = undefined;
      role = undefined;
      setStatus('offline');
      const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** attempt++) * (0.75 + Math.random() * 0.5);
      timer = setTimeout(connect, delay);
    });
  };
  // Back on the network, or the phone woken up: try now rather than at the end of a pause.
  const retryNow = () => {
    if (!socket && timer !== undefined) connect();
  };
  window.addEventListener('online', retryNow);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && retryNow());
  connect();

  return {
    get role() {
      return role;
    },
    send(kind, data) {
      if (socket?.readyState === WebSocket.OPEN && role) socket.send(JSON.stringify({ kind, data }));
    },
    on(kind, handler) {
      handlers.set(kind, [...(handlers.get(kind) ?? []), handler]);
    },
    onWelcome: (handler) => void welcomeHandlers.push(handler),
    onStatus: (handler) => void statusHandlers.push(handler),
    onRoom: (handler) => void roomHandlers.push(handler),
  };
}
