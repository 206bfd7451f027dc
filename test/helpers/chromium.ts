import type { Browser } from 'playwright-core';
import { findBrowser } from '../../src/pdf/find-browser.ts';
import { launchChromium as launch } from '../../src/pdf/launch-chromium.ts';

/** Debian's Chromium (never a downloaded browser), or CHROME_PATH: found as `brief pdf` finds it. */
export function chromiumPath(): string | undefined {
  const lookup = findBrowser(undefined);
  return 'path' in lookup ? lookup.path : undefined;
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

export function launchChromium(): Promise<Browser> {
  return launch(chromiumPath() as string);
}
