import { rmSync } from 'node:fs';
import { main } from '../../src/cli/main.ts';
import { E2E_FIXTURE_SITE, E2E_LONG_SITE, E2E_REAL_PAGES_SITE, E2E_SEED_SITE, E2E_SINGLE_FILE_DIR, E2E_SITE, REAL_PAGES } from './paths.ts';

/** Builds the Docker deck and the teacher's original page once, as `npm run build` would, for every end-to-end test. */
export default async function globalSetup(): Promise<void> {
  for (const [slides, out] of [
    ['slides', E2E_SITE],
    ['tests/fixtures/seed', E2E_SEED_SITE],
    ['tests/fixtures/project/slides', E2E_FIXTURE_SITE],
    ['tests/fixtures/long-pages', E2E_LONG_SITE],
    [REAL_PAGES, E2E_REAL_PAGES_SITE],
  ] as const) {
    rmSync(out, { recursive: true, force: true });
    const status = await main(['build', slides, '--out', out]);
    if (status !== 0) throw new Error(`lesdia build ${slides} failed with exit status ${status}`);
  }
  rmSync(E2E_SINGLE_FILE_DIR, { recursive: true, force: true });
  const status = await main(['build', 'slides', '--single-file', '--out', E2E_SINGLE_FILE_DIR]);
  if (status !== 0) throw new Error(`lesdia build --single-file failed with exit status ${status}`);
}
