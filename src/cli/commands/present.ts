import path from 'node:path';
import { createDeckProject } from '../../project/deck-project.ts';
import { authority, findNetworkAddress } from '../../server/network-address.ts';
import { startPresentServer } from '../../server/present-server.ts';
import { loadOrCreateSecrets } from '../../server/stored-secrets.ts';
import { buildSite } from '../../vite/build-site.ts';
import { createAnnotationsStore } from '../../project/annotations-store.ts';
import { keepInkOnServer } from '../../server/keep-ink.ts';
import { inkOptions } from '../report-annotations.ts';
import { BUILD_CLIENT_ENTRY } from '../../vite/client-entries.ts';
import { EXIT_INPUT_ERRORS, EXIT_OK, requireDecks, resolveInput, UsageError } from '../cli-support.ts';
import type { ParsedArgs } from '../parse-args.ts';
import { formatPresentUrls, type PresentUrls } from '../present-urls.ts';
import { checkDecks } from '../report-diagnostics.ts';

/** The port tried first, so a restarted server is found again by the devices that were following. */
const DEFAULT_PORT = 4300;

/**
 * `lesdia present [FILE|DIR] [--port N] [--host ADDR] [--json]`: builds as `lesdia build` does, then serves
 * the site and the live channel to the class until interrupted.
 */
export async function run(args: ParsedArgs): Promise<number> {
  const json = args.flags.has('json');
  const input = resolveInput(args.positionals);
  const project = createDeckProject(input);
  const decks = requireDecks(project);
  const result = await checkDecks(project, BUILD_CLIENT_ENTRY, (line) => console.error(line));
  if (result.errors > 0) {
    console.error('lesdia: not presenting; fix the errors above first');
    return EXIT_INPUT_ERRORS;
  }
  // lesdia's own cache beside the project, never dist/: a presented site is not the one to publish.
  const cacheDir = path.join(project.projectDir, 'node_modules/.cache/lesdia-present');
  const siteDir = path.join(cacheDir, 'site');
  // The drawings so far go into the site; the presenter's new ones are saved as they are drawn.
  const annotations = createAnnotationsStore(project.projectDir);
  // A cache folder of lesdia's own (which may lie inside the pages folder when that is the project).
  await buildSite({ ...input, ...inkOptions(annotations), project, outDir: siteDir, guard: { sources: [], around: [project.projectDir] } });
  const onLiveMessage = keepInkOnServer(annotations, (slug) => project.findDeck(slug) !== undefined);

  const host = readHost(args.flags.get('host'));
  const port = readPort(args.flags.get('port'));
  const publicHost = host && host !== '0.0.0.0' && host !== '::' ? host : (findNetworkAddress() ?? 'localhost');
  const page = input.files?.length === 1 && decks[0] ? `${encodeURIComponent(decks[0].slug)}/` : '';
  const secrets = loadOrCreateSecrets(path.join(cacheDir, 'secrets.json'));
  const studentsUrl = (p: number) => `http://${authority(publicHost, p)}/${page}`;
  const start = (p: number) => startPresentServer({ siteDir, secrets, host, port: p, studentsUrl, hostNames: [publicHost], onLiveMessage });
  const server = await start(port ?? DEFAULT_PORT).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE' && port === undefined) return start(0);
    if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pick another with --port`);
    throw error;
  });

  const localHost = host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost';
  const urls: PresentUrls = {
    presenter: `http://${authority(localHost, server.port)}/${page}?key=${secrets.presenter}`,
    students: studentsUrl(server.port),
    remote: `http://${authority(publicHost, server.port)}/${page}?view=remote&key=${secrets.remote}`,
  };
  if (json) console.log(JSON.stringify(urls));
  else {
    console.log(await formatPresentUrls(urls, process.stdout.columns ?? 80));
    console.log(`lesdia: presenting ${decks.length} deck${decks.length === 1 ? '' : 's'}; students scan the middle code (or press Q in the deck). Ctrl+C stops.`);
    console.log('lesdia: keep this window off the projector: the presenter and remote links carry their secrets');
    if (publicHost === 'localhost') console.log('lesdia: no network found: students and the remote cannot reach this laptop yet');
  }
  return await new Promise<number>((resolve) => {
    const stop = () => void server.close().then(() => resolve(EXIT_OK));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function readHost(value: string | true | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === true || !/^[\w.:[\]-]+$/.test(value)) throw new UsageError('--host takes an address, such as --host 192.168.1.20');
  return value.replace(/^\[(.*)\]$/, '$1');
}

function readPort(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError('--port takes a number from 0 to 65535');
  return port;
}
