#!/usr/bin/env node
// lesdia is written in TypeScript; tsx runs it as it is, with no build step between an edit and its use.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
