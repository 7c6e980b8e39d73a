import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { connectDevtoolsPipe, type DevtoolsPipe } from './devtools-pipe.ts';
import { prepareDevtoolsTab, type DevtoolsTab, type Viewport } from './devtools-tab.ts';
import { watchPageTargets } from './page-targets.ts';
import { chromiumStartError, CHROMIUM_ARGS, locateChromium } from './locate-chromium.ts';
import { beforeRunTempRemoved, makeTempFolder, runTempFolder } from './run-temp.ts';
import { BrowserFailure } from './browser-failure.ts';
import { SetupError } from './setup-error.ts';
import { withTimeout } from '../shared/with-timeout.ts';

/** Chromium for `lesdia pdf`: tabs to print from, and a close that leaves nothing behind. */
export interface PrintBrowser {
  /** A tab `viewport` in size; the first one was opened as Chromium started, while the decks compiled. */
  openTab(): Promise<DevtoolsTab>;
  /** Quits Chromium (killing it when it does not quit within a few seconds) and removes its profile. */
  close(): Promise<void>;
}

/**
 * Headless, as Playwright starts it for printing (no sandbox, sRGB, timers never throttled), minus what
 * only a test runner needs. No background traffic (CHROMIUM_ARGS).
 */
const PRINT_ARGS = [
  ...CHROMIUM_ARGS.filter((arg) => arg !== '--no-sandbox'),
  '--no-sandbox',
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-field-trial-config',
  '--disable-features=OptimizationHints,NetworkTimeServiceQuerying,MediaRouter,PreconnectToSearch,AimEnabled,LensOverlay,Translate',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-breakpad',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-hang-monitor',
  '--disable-popup-blocking',
  '--disable-search-engine-choice-screen',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
];

/** How long Chromium may take to start and answer before the export gives up with a message. */
const START_TIMEOUT_MS = 30_000;
const QUIT_TIMEOUT_MS = 5_000;
/** Windows has no process groups to kill, and a detached child there opens a console window. */
const OWN_GROUP = process.platform !== 'win32';

/**
 * Starts the system's Chromium and drives it over its DevTools pipe (`--remote-debugging-pipe`): no
 * WebSocket port is opened, and no driver library has to load first, so printing starts sooner. The profile
 * lives in this run's temporary folder; when the process ends in any way, Chromium is killed before that
 * folder is removed (see `beforeRunTempRemoved`).
 */
export async function launchPrintBrowser(viewport: Viewport): Promise<PrintBrowser> {
  const executablePath = locateChromium();
  const profile = makeTempFolder('chromium-profile');
  let child: ChildProcess;
  try {
    // It opens with one blank tab, ready by the time the decks are compiled. Its own process group (on
    // Linux and macOS), so that killing it also ends its renderers; its own temporary files (a socket
    // folder) go into this run's folder too. It quits by itself when the pipe closes, so a lesdia killed
    // outright (kill -9) leaves no browser running.
    child = spawn(executablePath, [...PRINT_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      detached: OWN_GROUP,
      env: { ...process.env, TMPDIR: runTempFolder() },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw chromiumStartError(executablePath, error instanceof Error ? error.message : String(error));
  }
  const killGroup = () => {
    try {
      if (!OWN_GROUP) child.kill('SIGKILL');
      else if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const unregister = beforeRunTempRemoved(killGroup);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const stderr = collectTail(child.stderr);
  const [, , , toChromium, fromChromium] = child.stdio as [unknown, unknown, unknown, Writable, Readable];
  const pipe = connectDevtoolsPipe(toChromium, fromChromium);
  const targets = watchPageTargets(pipe);
  // Sent at once, not after an answer: Chromium attaches its tabs while this process is busy compiling.
  pipe.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }).catch(() => undefined);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await Promise.race([pipe.send('Browser.close').catch(() => undefined), exited]);
      // A Chromium that has not quit within the time is killed.
      await withTimeout(exited, QUIT_TIMEOUT_MS, () => new Error('still running')).catch(() => undefined);
      killGroup();
      await exited;
      unregister();
      rmSync(profile, { recursive: true, force: true });
    })());

  try {
    await started(child, pipe, executablePath, stderr);
  } catch (error) {
    await close();
    throw error;
  }
  let startupTab: Promise<DevtoolsTab> | undefined = withTimeout(targets.first, START_TIMEOUT_MS, noAnswer('it opened no tab')).then((target) => prepareDevtoolsTab(pipe, target, viewport));
  startupTab.catch(() => undefined);
  const newTab = async () => {
    const { targetId } = await pipe.send('Target.createTarget', { url: 'about:blank' });
    if (typeof targetId !== 'string') throw new Error('Target.createTarget: Chromium gave no tab id');
    return prepareDevtoolsTab(pipe, await withTimeout(targets.attached(targetId), START_TIMEOUT_MS, noAnswer('it did not attach a new tab')), viewport);
  };
  return {
    openTab() {
      const tab = startupTab ?? newTab();
      startupTab = undefined;
      return tab;
    },
    close,
  };
}

/** Settles once Chromium answers on its pipe; fails with a message for people when it cannot start. */
async function started(child: ChildProcess, pipe: DevtoolsPipe, executablePath: string, stderr: () => string): Promise<void> {
  const failed = new Promise<never>((_, reject) => child.once('error', (error) => reject(chromiumStartError(executablePath, error.message))));
  try {
    await withTimeout(Promise.race([pipe.send('Browser.getVersion'), failed]), START_TIMEOUT_MS, () => chromiumStartError(executablePath, `it did not answer within ${START_TIMEOUT_MS / 1000} s`));
  } catch (error) {
    if (error instanceof SetupError) throw error;
    // The pipe closed first: the program quit (or is no browser at all).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const said = stderr().split('\n').find((line) => /error|fatal|cannot|failed/i.test(line));
    const code = child.exitCode === null ? '' : ` (exit code ${child.exitCode})`;
    throw chromiumStartError(executablePath, said?.trim() ?? `it quit before answering on its DevTools pipe${code}`);
  }
}

const noAnswer = (what: string) => () => new BrowserFailure(`Chromium did not answer: ${what} within ${START_TIMEOUT_MS / 1000} s; try again`);

/** The last few kilobytes a stream wrote, for the message when Chromium fails to start. */
function collectTail(stream: Readable | null): () => string {
  let tail = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (text: string) => {
    tail = (tail + text).slice(-4096);
  });
  return () => tail;
}
