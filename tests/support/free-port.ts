import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on at this moment, for a server a test starts by port number. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    probe.on('error', reject);
  });
}
