import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for headless Chromium on a closed machine: no sandbox (CI runs as
 * root), and no background traffic, so nothing but the deck's own files is
 * ever requested.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
