import { rmSync } from 'node:fs';
import { main } from '../../src/cli/main.ts';
import { E2E_SITE } from './paths.ts';

/** Builds the real Docker deck once, as `npm run build` would, for every end-to-end test. */
export default async function globalSetup(): Promise<void> {
  rmSync(E2E_SITE, { recursive: true, force: true });
  const status = await main(['build', 'slides', '--out', E2E_SITE]);
  if (status !== 0) throw new Error(`lesdia build failed with exit status ${status}`);
}
