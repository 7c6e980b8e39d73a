import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { liveKindMap } from '../protocol/live-kinds.ts';
import { HELLO, liveEnvelope, liveHello, parseFrame, ROOM, WELCOME, type LiveDelivery, type LiveKind, type LiveRole } from '../protocol/live-message.ts';
import { receive as check } from '../protocol/validate.ts';
import { createRateLimit } from './live-rate.ts';
import { createRetainedStore } from './live-retained.ts';
import { secretsEqual, type LiveSecrets } from './live-secrets.ts';

export interface LiveChannelOptions {
  secrets: LiveSecrets;
  /** Whether a `Host` header names this server (DNS rebinding is refused). */
  isOwnHost: (host: string) => boolean;
  kinds?: readonly LiveKind[];
  /** @default 500 */
  maxConnections?: number;
  /** Hears every message the channel accepted (checked, from a role allowed to send it), before it goes on. */
  onMessage?: (kind: string, data: unknown, from: LiveRole) => void;
}

export interface LiveChannel {
  /** Takes over an HTTP upgrade request for the channel's path; refuses foreign origins and a full room. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  stats(): { connections: number; presenters: number; remotes: number; followers: number };
  close(): void;
}

interface Connection {
  ws: WebSocket;
  role?: LiveRole;
  peer: number;
  limits: Map<string, { take: () => boolean }>;
  strikes: number;
}

/** A device whose sends pile up past this is dropped; it reconnects and resyncs from the retained state. */
const MAX_BUFFERED = 512 * 1024;
const MAX_STRIKES = 20;
const HELLO_TIMEOUT_MS = 10_000;
const HEARTBEAT_MS = 30_000;
const AUDIENCE: Record<LiveKind['audience'], ReadonlySet<LiveRole>> = {
  everyone: new Set(['presenter', 'remote', 'follower']),
  controllers: new Set(['presenter', 'remote']),
  presenters: new Set(['presenter']),
};

/**
 * The live channel's core: connections, authority, limits, fan-out and the state late joiners receive. It
 * knows message kinds only through their `LiveKind` descriptions (protocol/live-kinds.ts). Nothing about a
 * device is logged or kept beyond its connection.
 */
export function createLiveChannel(options: LiveChannelOptions): LiveChannel {
  const kinds = liveKindMap(options.kinds);
  const maxConnections = options.maxConnections ?? 500;
  const maxPayload = Math.max(1024, ...[...kinds.values()].map((kind) => kind.maxBytes));
  const wss = new WebSocketServer({ noServer: true, maxPayload, perMessageDeflate: false, clientTracking: false });
  const connections = new Set<Connection>();
  const retained = createRetainedStore();
  const epoch = randomBytes(6).toString('hex');
  let peers = 0;
  let seq = 0;
  let roomTimer: ReturnType<typeof setTimeout> | undefined;

  const send = (conn: Connection, json: string) => {
    if (conn.ws.bufferedAmount > MAX_BUFFERED) conn.ws.terminate();
    else conn.ws.send(json);
  };
  const strike = (conn: Connection) => {
    if (++conn.strikes > MAX_STRIKES) conn.ws.close(1008, 'too many invalid messages');
  };

  // The teacher sees how many follow, at most once a second however many come and go.
  const announceRoom = () => {
    roomTimer ??= setTimeout(() => {
      roomTimer = undefined;
      let followers = 0;
      for (const conn of connections) if (conn.role === 'follower') followers++;
      const json = JSON.stringify({ kind: ROOM, data: { followers } });
      for (const conn of connections) if (conn.role === 'presenter' || conn.role === 'remote') send(conn, json);
    }, 1000);
  };

  const roleOf = (key: string | undefined): LiveRole => {
    if (key === undefined) return 'follower';
    // Both comparisons always run, so the time taken does not tell which secret came close.
    const presenter = secretsEqual(key, options.secrets.presenter);
    const remote = secretsEqual(key, options.secrets.remote);
    return presenter ? 'presenter' : remote ? 'remote' : 'follower';
  };

  const welcome = (conn: Connection, data: unknown) => {
    const hello = check(liveHello, data);
    if (!hello.ok) return conn.ws.close(1008, 'hello expected');
    conn.role = roleOf(hello.value.key);
    send(conn, JSON.stringify({ kind: WELCOME, data: { role: conn.role, epoch } }));
    announceRoom();
    for (const [name, deliveries] of retained.entries()) {
      const kind = kinds.get(name);
      if (!kind || !AUDIENCE[kind.audience].has(conn.role)) continue;
      for (const delivery of deliveries) send(conn, JSON.stringify(delivery));
    }
  };

  const receive = (conn: Connection, raw: RawData, isBinary: boolean) => {
    const bytes = Array.isArray(raw) ? raw.reduce((n, part) => n + part.length, 0) : raw.byteLength;
    const envelope = isBinary ? undefined : parseFrame(raw.toString(), liveEnvelope);
    if (!envelope) return strike(conn);
    if (conn.role === undefined) return envelope.kind === HELLO ? welcome(conn, envelope.data) : conn.ws.close(1008, 'hello expected');
    const kind = kinds.get(envelope.kind);
    // A kind the role may not send is dropped as if it were never sent: a student's forged command moves nothing.
    if (!kind || !kind.senders.includes(conn.role) || bytes > kind.maxBytes) return strike(conn);
    let limit = conn.limits.get(kind.kind);
    if (!limit) conn.limits.set(kind.kind, (limit = createRateLimit(kind.perSecond)));
    if (!limit.take()) return undefined;
    const checked = check(kind.check, envelope.data);
    if (!checked.ok) return strike(conn);
    const data = checked.value;
    const delivery: LiveDelivery = { kind: kind.kind, data, seq: ++seq, from: conn.role };
    retained.keep(kind, data, delivery);
    options.onMessage?.(kind.kind, data, conn.role);
    const plain = JSON.stringify(delivery);
    const withPeer = JSON.stringify({ ...delivery, peer: conn.peer });
    const audience = AUDIENCE[kind.audience];
    for (const other of connections) {
      if (other === conn || other.role === undefined || !audience.has(other.role)) continue;
      send(other, other.role === 'follower' ? plain : withPeer);
    }
    return undefined;
  };

  const attach = (ws: WebSocket) => {
    const conn: Connection = { ws, peer: ++peers, limits: new Map(), strikes: 0 };
    connections.add(conn);
    let alive = true;
    const helloTimer = setTimeout(() => conn.role ?? ws.close(1008, 'hello expected'), HELLO_TIMEOUT_MS);
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
      return undefined;
    }, HEARTBEAT_MS);
    ws.on('pong', () => (alive = true));
    ws.on('message', (raw, isBinary) => receive(conn, raw, isBinary));
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(helloTimer);
      clearInterval(heartbeat);
      connections.delete(conn);
      if (conn.role) announceRoom();
    });
  };

  const refuse = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  return {
    handleUpgrade(req, socket, head) {
      socket.on('error', () => socket.destroy());
      const host = req.headers.host ?? '';
      const origin = req.headers.origin;
      // Browsers always send Origin: a page from anywhere else may not join, let alone steer.
      if (!options.isOwnHost(host) || (origin !== undefined && !sameHost(origin, host))) return refuse(socket, '403 Forbidden');
      if (connections.size >= maxConnections) return refuse(socket, '503 Service Unavailable');
      wss.handleUpgrade(req, socket, head, attach);
      return undefined;
    },
    stats() {
      const count = (role: LiveRole) => [...connections].filter((conn) => conn.role === role).length;
      return { connections: connections.size, presenters: count('presenter'), remotes: count('remote'), followers: count('follower') };
    },
    close() {
      clearTimeout(roomTimer);
      for (const conn of connections) conn.ws.terminate();
      wss.close();
    },
  };
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
