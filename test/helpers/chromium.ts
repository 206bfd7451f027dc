import type { Browser, BrowserContext } from 'playwright-core';
import { findBrowser, HEADLESS_SHELL_PATH, USUAL_BROWSER_PATHS } from '../../src/pdf/find-browser.ts';
import { launchChromium as launch } from '../../src/pdf/launch-chromium.ts';

/**
 * Debian's Chromium (never a downloaded browser), or CHROME_PATH: found as
 * `brief pdf` finds it, so its headless shell when that is installed.
 */
export function chromiumPath(): string | undefined {
  const lookup = findBrowser(undefined);
  return 'path' in lookup ? lookup.path : undefined;
}

/** The full browser, not the headless shell: the Chromium a person opens a deck in. */
export function fullChromiumPath(): string | undefined {
  return USUAL_BROWSER_PATHS.filter((path) => path !== HEADLESS_SHELL_PATH).find((path) => 'path' in findBrowser(path));
}

/**
 * Whether browser tests can run here. Without Chromium they skip, loudly; in
 * CI (CI=true) a missing Chromium is an error, so CI can never skip them.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  const message = 'Chromium not found (apt-get install chromium, or set CHROME_PATH): BROWSER TESTS ARE SKIPPED.';
  if (process.env['CI']) throw new Error(`${message} CI must run them.`);
  console.warn(`\n!!! ${message} !!!\n`);
  return false;
}

/**
 * The full browser when the kit's default is another one (its headless shell),
 * for the tests that hold the two to the same output. Without both they skip,
 * loudly; CI installs both, and fails instead.
 */
export function fullChromiumBesideDefault(): string | undefined {
  const full = fullChromiumPath();
  if (full && full !== chromiumPath()) return full;
  const message = 'Chromium\'s headless shell and its full browser are not both installed (apt-get install chromium chromium-headless-shell): THE TESTS COMPARING THEM ARE SKIPPED.';
  if (process.env['CI']) throw new Error(`${message} CI must run them.`);
  console.warn(`\n!!! ${message} !!!\n`);
  return undefined;
}

export function launchChromium(): Promise<Browser> {
  return launch(chromiumPath() as string);
}

/** The full browser when installed, else the default: for a test of the deck as a person opens it. */
export function launchFullChromium(): Promise<Browser> {
  return launch(fullChromiumPath() ?? (chromiumPath() as string));
}

/** What a test file does with Chromium: pages and contexts of its own, all closed by `close()`. */
export type FileBrowser = Pick<Browser, 'newPage' | 'newContext' | 'close'>;

/** A browser this worker launched, and its process, which Playwright's API does not give. */
interface Launched {
  browser: Browser;
  pid: number | undefined;
}

/** The Chromium this worker's test files share (they share this module). */
let shared: Promise<Launched> | undefined;

async function launchShared(): Promise<Launched> {
  const browser = await launchChromium();
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  await session.detach();
  return { browser, pid: processInfo.find((process) => process.type === 'browser')?.id };
}

/**
 * Chromium for one test file: contexts of its own (cookies, storage and
 * pages apart from other files') in a browser launched once for the
 * worker's files; `close()` closes the file's contexts. A launch costs about
 * 0.75 s of CPU, and ten files launched one each. The browser ends with the
 * worker's process: Playwright kills the browsers it launched when its
 * process exits.
 */
export async function chromiumForFile(): Promise<FileBrowser> {
  const launching = (shared ??= launchShared());
  const { browser, pid } = await launching;
  const contexts: BrowserContext[] = [];
  const newContext: Browser['newContext'] = async (options) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    return context;
  };
  return {
    newContext,
    newPage: async (options) => (await newContext(options)).newPage(),
    close: async () => {
      const closed = await settlesWithin(Promise.all(contexts.splice(0).map((context) => context.close())), CLOSING_GRACE_MS);
      if (closed) return;
      console.warn(`\n!!! Chromium did not close this file's pages within ${CLOSING_GRACE_MS / 1000} s: killed; the next file launches a fresh browser. !!!\n`);
      if (shared === launching) shared = undefined;
      // Killed, not asked to close: a browser that did not answer one request need not answer the next. Its renderers end with it.
      if (pid !== undefined) killIfRunning(pid);
    },
  };
}

/**
 * How long a file's cleanup waits for Chromium to close its contexts. Now and
 * then Chromium never answers the disposal of a context (seen in the dev-server
 * tests: about one run of that file in thirty beside two busy loops, and once
 * in three whole runs of `npm test`; others have met it too,
 * duckduckgo/tracker-radar-collector#88), and the file's hook would time out
 * after its tests had all passed. A guard against that hang, not a measure:
 * a context closes in well under a second.
 */
const CLOSING_GRACE_MS = 10_000;

function killIfRunning(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    // Gone already (ESRCH): what the kill was for.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Whether `work` settled within `ms`; its failure is a failure of the caller's, not a timeout. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((done) => (timer = setTimeout(() => done(false), ms)));
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
