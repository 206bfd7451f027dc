import { accessSync, constants } from 'node:fs';

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`, the headless
 * build Playwright itself prefers): it prints the fixture deck's PDF with half
 * the CPU of the full browser (see bench/PROFILE.md).
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * Where Chromium and Chrome are installed by Debian, Ubuntu and Google's
 * packages. The headless shell comes first: the kit only ever runs a browser
 * headless.
 */
export const USUAL_BROWSER_PATHS = [
  HEADLESS_SHELL_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export type BrowserLookup = { path: string; from: 'option' | 'CHROME_PATH' | 'usual place' } | { missing: string };

/**
 * Finds a Chromium-family browser: `--chrome PATH`, then the CHROME_PATH
 * environment variable, then the usual install paths. A path given
 * explicitly must exist; the kit never downloads a browser.
 */
export function findBrowser(option: string | undefined, env: NodeJS.ProcessEnv = process.env): BrowserLookup {
  if (option) return executable(option) ? { path: option, from: 'option' } : { missing: `--chrome ${option} is not an executable file` };
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) return executable(fromEnv) ? { path: fromEnv, from: 'CHROME_PATH' } : { missing: `CHROME_PATH=${fromEnv} is not an executable file` };
  const found = USUAL_BROWSER_PATHS.find(executable);
  return found ? { path: found, from: 'usual place' } : { missing: `no Chromium or Chrome in ${USUAL_BROWSER_PATHS.slice(0, 5).join(', ')}` };
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
