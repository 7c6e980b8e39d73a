import { EXIT_OK, EXIT_USAGE } from './cli-support.ts';
import { parseArgs, type ParsedArgs } from './parse-args.ts';
import { describeFailure } from './report-failure.ts';

const USAGE = `usage: lesdia <command> [options]

  lesdia dev [DIR] [--port N]            dev server with hot reload for the course pages in DIR (default: slides/)
  lesdia build [DIR|FILE…] [--out DIR] [--single-file] [--no-ink]
                                         static site: OUT/index.html and OUT/<deck>/index.html (default: dist/);
                                         --single-file: one self-contained OUT/<deck>.html per deck, for a USB stick;
                                         --no-ink: without the drawings of annotations/<deck>.json
  lesdia preview [--out DIR] [--port N]  serves a built site
  lesdia pdf [DIR|FILE…] [--steps] [--handout[=3] [--answers]] [--out DIR] [--no-ink]
                                         OUT/<deck>.pdf, one page per slide; --steps: one page per build step;
                                         --handout: A4 with each slide above its notes; --handout=3: three
                                         slides a page beside ruled lines; questions without their answers
                                         unless --answers (for the teacher: <deck>-hand-out-antwoorden.pdf)
  lesdia present [FILE|DIR] [--port N] [--host ADDR] [--json]
                                         builds, then serves the decks to a class: a presenter link, a
                                         students' link and a phone remote, each with a QR code
  lesdia check [DIR|FILE…] [--json] [--small]
                                         renders every slide and step in Chromium at 1920×1080 (--small: 1024×768)
                                         and reports overflow, small text, clipped code, missing alt text,
                                         broken links, low contrast and slides without notes

Exit status: 0 done, 1 the course pages have errors, 2 a usage error.`;

type Command = (args: ParsedArgs) => Promise<number>;

/** Each command loads only what it needs: `lesdia build` never loads Playwright or pdf.js. */
const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  dev: () => import('./commands/dev.ts'),
  build: () => import('./commands/build.ts'),
  preview: () => import('./commands/preview.ts'),
  pdf: () => import('./commands/pdf.ts'),
  check: () => import('./commands/check.ts'),
  present: () => import('./commands/present.ts'),
};

/** The `lesdia` command; returns its exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  const load = COMMANDS[command];
  if (!load) {
    console.error(`lesdia: unknown command '${command}'\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    const { run } = await load();
    // The safety tests prove that an internal error reaches the user as one line, not a stack trace.
    if (process.env.LESDIA_TEST_CRASH === '1') throw new TypeError('crash requested by LESDIA_TEST_CRASH');
    return await run(parseArgs(command, rest));
  } catch (error) {
    // No stack trace reaches a user: one line, and for lesdia's own bugs how to report them.
    const failure = describeFailure(error);
    console.error(failure.lines.join('\n') + (failure.usage ? `\n\n${USAGE}` : ''));
    return failure.status;
  }
}
