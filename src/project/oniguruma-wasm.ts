import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The binary of Shiki's regex engine, read from the `onig.wasm` Shiki ships. Shiki's default loader holds the
 * same binary inlined as gzipped base64 and unpacks it through `Response` and `DecompressionStream`: decoding
 * it and the first use of `Response` (which loads Node's fetch implementation) cost more than the rest of
 * Shiki's start. A test checks that both are the same bytes.
 */
export function readOnigurumaWasm(): Uint8Array {
  return readFileSync(createRequire(import.meta.url).resolve('shiki/onig.wasm'));
}
