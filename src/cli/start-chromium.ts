import type { Browser } from 'playwright-core';
import { findBrowser, type BrowserLookup } from '../pdf/find-browser.ts';
import { launchChromium, launchFailureReason } from '../pdf/launch-chromium.ts';
import { UsageError } from '../diagnostics/usage-error.ts';

const BROWSER_HINT = 'Install Chromium (`apt-get install chromium`) or pass `--chrome PATH` (or set CHROME_PATH).';

/**
 * Finds and starts the Chromium a command drives (`brief pdf`, `brief
 * screenshots`), as `--chrome`, CHROME_PATH or the usual places give it. A
 * browser that is missing is refused at once; one that fails to start is
 * refused where the launch is awaited. `cannot` starts those messages:
 * `Cannot print`.
 *
 * @throws UsageError when no browser is found.
 */
export function startChromium(chrome: string | undefined, cannot: string): Promise<Browser> {
  const lookup = findBrowser(chrome);
  if ('missing' in lookup) throw new UsageError(`${cannot}: ${lookup.missing}. ${BROWSER_HINT}`);
  const browser = launchChromium(lookup.path).catch((error: unknown) => {
    const reason = launchFailureReason(error).replace(/\.$/, '');
    throw new UsageError(`${cannot}: the browser ${browserNamed(lookup)} did not start: ${reason}. ${BROWSER_HINT}`);
  });
  // A launch that fails while the command does other work is reported where the browser is awaited, not as an unhandled rejection.
  browser.catch(() => undefined);
  return browser;
}

/** Closes Chromium once it has started, if it starts at all. */
export async function closeWhenLaunched(browser: Promise<Browser>): Promise<void> {
  await browser.then((launched) => launched.close(), () => undefined);
}

/** The browser as the user chose it: `--chrome /bin/false`, `CHROME_PATH=/bin/false`, or the path found. */
function browserNamed(found: Extract<BrowserLookup, { path: string }>): string {
  if (found.from === 'option') return `\`--chrome ${found.path}\``;
  if (found.from === 'CHROME_PATH') return `\`CHROME_PATH=${found.path}\``;
  return `\`${found.path}\``;
}
