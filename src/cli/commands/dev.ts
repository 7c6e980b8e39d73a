import { createServer } from 'vite';
import { createSiteConfig } from '../../vite/vite-config.ts';
import { resolveInput } from '../cli-support.ts';
import type { ParsedArgs } from '../parse-args.ts';

/** `lesdia dev [DIR] [--port N]`: the dev server, until interrupted. */
export async function run(args: ParsedArgs): Promise<number> {
  const port = args.flags.has('port') ? Number(args.flags.get('port')) : 5173;
  const server = await createServer({ ...createSiteConfig({ ...resolveInput(args.positionals), port }), logLevel: 'info' });
  await server.listen();
  server.printUrls();
  return await new Promise<number>(() => undefined);
}
