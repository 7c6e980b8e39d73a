import path from 'node:path';

export const E2E_SITE = path.resolve('.tmp/e2e-site');
export const FIXTURE_PROJECT = path.resolve('tests/fixtures/project');
