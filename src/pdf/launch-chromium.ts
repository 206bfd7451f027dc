import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

/**
 * Flags for headless Chromium on a closed machine: no sandbox (CI runs as
 * root), and no background traffic, so nothing but the deck's own files is
 * ever requested.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Playwright is loaded here, not where the command starts, so that a refused
 * `--out` or `--deck` is said before it has loaded; and required, not
 * imported: imported from an ES module, its CommonJS bundle is first read
 * through for export names, which took about 150 ms of every start.
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Chromium's own log lines that are noise, not the reason it stopped. */
const LOG_NOISE = /^\[[\d/:.]+:(INFO|VERBOSE\d*|WARNING):/;
/** Terminal colour codes, which Playwright puts in its call log. */
const COLOUR = /\u001b\[\d+m/g;

/**
 * The one line that says why a browser did not start, out of Playwright's
 * launch error (about 60 lines: the command line, then a call log): the first
 * line the program wrote to stderr, else the spawn error, else how it exited.
 */
export function launchFailureReason(error: unknown): string {
  const lines = String(error instanceof Error ? error.message : error)
    .split('\n')
    .map((line) => line.replace(COLOUR, '').trim());
  const firstMatch = (pattern: RegExp) => lines.map((line) => pattern.exec(line)).find((match) => match !== null);
  const written = lines.map((line) => /\[err\] (.+)$/.exec(line)?.[1]?.trim()).find((line) => line && !LOG_NOISE.test(line));
  if (written) return written;
  const spawnError = firstMatch(/Failed to launch: (?:Error: )?(.+)$/);
  if (spawnError) return spawnError[1] as string;
  const exit = firstMatch(/process did exit: exitCode=(\w+), signal=(\w+)/);
  if (exit) return exit[2] === 'null' ? `it exited with code ${exit[1]}` : `it was stopped by ${exit[2]}`;
  return (lines.find(Boolean) ?? 'no reason given').replace(/^browserType\.launch: /, '');
}
