import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import { restoreInterruptedSwap } from '../../project/swap-folder.ts';
import { UsageError } from '../cli-support.ts';
import type { ParsedArgs } from '../parse-args.ts';

/** `lesdia preview [--out DIR] [--port N]`: serves a built site, until interrupted. */
export async function run(args: ParsedArgs): Promise<number> {
  const outDir = path.resolve(String(args.flags.get('out') ?? 'dist'));
  const port = args.flags.has('port') ? Number(args.flags.get('port')) : undefined;
  // A build killed between the two renames of its swap left the old site beside the folder: serve it.
  restoreInterruptedSwap(outDir);
  if (!existsSync(path.join(outDir, 'index.html'))) throw new UsageError(`no built site in ${outDir}; run lesdia build first`);
  // Vite serves build.outDir; its root is the folder above it (root = outDir makes Vite warn about overwriting sources).
  const server = await preview({ configFile: false, root: path.dirname(outDir), publicDir: false, envDir: false, base: './', build: { outDir }, preview: { port: port ?? 4173, strictPort: port !== undefined } });
  server.printUrls();
  return await new Promise<number>(() => undefined);
}
