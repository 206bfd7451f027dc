import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Debian's Chromium (never a downloaded browser), or CHROME_PATH. */
export function chromiumPath(): string | undefined {
  return [process.env['CHROME_PATH'], ...CANDIDATES].find((p): p is string => p !== undefined && existsSync(p));
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

/** Flags that keep headless Chromium off the network and quiet on this closed machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
