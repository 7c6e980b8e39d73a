import path from 'node:path';

export const E2E_SITE = path.resolve('.tmp/e2e-site');
/** The teacher's page exactly as it came, with its two missing images. */
export const E2E_SEED_SITE = path.resolve('.tmp/e2e-seed-site');
export const FIXTURE_PROJECT = path.resolve('tests/fixtures/project');
/** `lesdia build --single-file` of the Docker deck: one self-contained HTML file. */
export const E2E_SINGLE_FILE_DIR = path.resolve('.tmp/e2e-single-file');
/** The fixture project (an English deck among them), built as a site. */
export const E2E_FIXTURE_SITE = path.resolve('.tmp/e2e-fixture-site');
/** The long course pages (58 to 67 slides), whose later slides the deck adds after the first one shows. */
export const E2E_LONG_SITE = path.resolve('.tmp/e2e-long-site');
/** Course pages written elsewhere (pandoc, Quarto, formulas), as teachers wrote them. */
export const REAL_PAGES = path.resolve('tests/fixtures/real-pages');
export const E2E_REAL_PAGES_SITE = path.resolve('.tmp/e2e-real-pages-site');
