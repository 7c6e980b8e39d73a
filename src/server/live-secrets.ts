import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The two secrets of a `lesdia present` session: one moves the deck from the laptop, one from the phone. */
export interface LiveSecrets {
  presenter: string;
  remote: string;
}

export function createSecrets(): LiveSecrets {
  return { presenter: randomSecret(), remote: randomSecret() };
}

/** 128 random bits, base64url: fits a URL and a QR code. */
export function randomSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** Compares in constant time, whatever the lengths (both sides are hashed to the same length first). */
export function secretsEqual(given: string, secret: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b) && given.length === secret.length;
}
