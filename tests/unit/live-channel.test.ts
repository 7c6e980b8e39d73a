import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLiveChannel, type LiveChannel } from '../../src/server/live-channel.ts';
import { secretsEqual } from '../../src/server/live-secrets.ts';
import { liveKind, type LiveKind } from '../../src/protocol/live-message.ts';
import { integer, object } from '../../src/protocol/validate.ts';

const secrets = { presenter: 'presenter-secret-0123456789', remote: 'remote-secret-0123456789ab' };
const state = (h: number) => ({ kind: 'deck:state', data: { deck: 'les', h, v: 0, f: -1, overview: false, paused: false } });
let server: Server;
let channel: LiveChannel;
let url: string;

async function start(maxConnections = 500, kinds?: LiveKind[]): Promise<void> {
  channel = createLiveChannel({ secrets, isOwnHost: (host) => host === new URL(url).host, maxConnections, ...(kinds ? { kinds } : {}) });
  server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => channel.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/_lesdia/live`;
}

interface Device {
  ws: WebSocket;
  received: { kind: string; data: unknown; from?: string; peer?: number }[];
  send: (message: unknown) => void;
}

async function device(key?: string, origin?: string): Promise<Device> {
  const ws = new WebSocket(url, origin ? { origin } : {});
  const received: Device['received'] = [];
  ws.on('message', (raw) => received.push(JSON.parse(String(raw)) as Device['received'][number]));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ kind: 'live:hello', data: key ? { key } : {} }));
  await until(() => received.some((m) => m.kind === 'live:welcome'));
  return { ws, received, send: (message) => ws.send(JSON.stringify(message)) };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const kinds = (d: Device, kind: string) => d.received.filter((m) => m.kind === kind);

afterEach(async () => {
  channel.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('the live channel', () => {
  it('gives roles by secret, passes the presenter’s state on and keeps it for late joiners', async () => {
    await start();
    const presenter = await device(secrets.presenter);
    const follower = await device();
    expect(kinds(presenter, 'live:welcome')[0]?.data).toMatchObject({ role: 'presenter' });
    expect(kinds(follower, 'live:welcome')[0]?.data).toMatchObject({ role: 'follower' });
    presenter.send(state(3));
    await until(() => kinds(follower, 'deck:state').length === 1);
    expect(kinds(follower, 'deck:state')[0]).toMatchObject({ data: { h: 3 }, from: 'presenter' });
    // Followers never learn who is who.
    expect(kinds(follower, 'deck:state')[0]?.peer).toBeUndefined();
    const late = await device();
    await until(() => kinds(late, 'deck:state').length === 1);
    expect(kinds(late, 'deck:state')[0]?.data).toMatchObject({ h: 3 });
    expect(kinds(presenter, 'deck:state')).toEqual([]);
  });

  it('drops what a role may not send, malformed and oversized messages, and a wrong or near secret', async () => {
    await start();
    const presenter = await device(secrets.presenter);
    const student = await device(`${secrets.presenter.slice(0, -1)}X`);
    expect(kinds(student, 'live:welcome')[0]?.data).toMatchObject({ role: 'follower' });
    const other = await device();
    student.send(state(5));
    student.send({ kind: 'deck:command', data: { action: 'next' } });
    presenter.send({ kind: 'deck:state', data: { deck: 'les', h: -1, v: 0, f: -1, overview: false, paused: false } });
    presenter.send({ kind: 'deck:state', data: { ...state(1).data, deck: 'x'.repeat(600) } });
    presenter.send({ kind: 'no:such-kind', data: {} });
    student.ws.send('not json');
    await settle();
    expect(kinds(other, 'deck:state')).toEqual([]);
    expect(kinds(presenter, 'deck:command')).toEqual([]);
  });

  it('passes the remote’s commands to the presenter alone', async () => {
    await start();
    const presenter = await device(secrets.presenter);
    const remote = await device(secrets.remote);
    const follower = await device();
    remote.send({ kind: 'deck:command', data: { action: 'goto', h: 4 } });
    await until(() => kinds(presenter, 'deck:command').length === 1);
    expect(kinds(presenter, 'deck:command')[0]).toMatchObject({ data: { action: 'goto', h: 4 }, from: 'remote' });
    expect(kinds(presenter, 'deck:command')[0]?.peer).toBeGreaterThan(0);
    await settle();
    expect(kinds(follower, 'deck:command')).toEqual([]);
  });

  it('limits the rate per connection', async () => {
    await start();
    const presenter = await device(secrets.presenter);
    const follower = await device();
    for (let i = 0; i < 200; i++) presenter.send(state(i % 100));
    await settle();
    // 30 a second with bursts of 60.
    expect(kinds(follower, 'deck:state').length).toBeLessThanOrEqual(62);
    expect(kinds(follower, 'deck:state').length).toBeGreaterThanOrEqual(50);
  });

  it('refuses a page from another origin and connections beyond the limit', async () => {
    await start(2);
    await expect(device(undefined, 'http://evil.example')).rejects.toThrow(/403/);
    await device();
    await device();
    await expect(device()).rejects.toThrow(/503/);
  });

  it('tells the presenter how many follow, never the followers', async () => {
    await start();
    const presenter = await device(secrets.presenter);
    const followers = [await device(), await device(), await device()];
    await until(() => kinds(presenter, 'live:room').some((m) => (m.data as { followers: number }).followers === 3));
    followers[0]?.ws.close();
    await until(() => (kinds(presenter, 'live:room').at(-1)?.data as { followers?: number } | undefined)?.followers === 2);
    expect(followers.flatMap((f) => kinds(f, 'live:room'))).toEqual([]);
  });

  it('keeps the latest message per key for late joiners, at most maxKeys of them', async () => {
    const item = object({ id: integer(0, 100) });
    await start(500, [liveKind({ kind: 'test:item', check: item, senders: ['presenter'], audience: 'everyone', maxBytes: 200, perSecond: 100, retain: { key: (d) => String(d.id), maxKeys: 2 } })]);
    const presenter = await device(secrets.presenter);
    for (const id of [1, 2, 3, 2]) presenter.send({ kind: 'test:item', data: { id } });
    await settle();
    const late = await device();
    await until(() => kinds(late, 'test:item').length === 2);
    expect(kinds(late, 'test:item').map((m) => (m.data as { id: number }).id)).toEqual([3, 2]);
  });

  it('compares secrets whatever their length', () => {
    expect(secretsEqual(secrets.remote, secrets.remote)).toBe(true);
    expect(secretsEqual('', secrets.remote)).toBe(false);
    expect(secretsEqual(`${secrets.remote}x`, secrets.remote)).toBe(false);
  });
});
