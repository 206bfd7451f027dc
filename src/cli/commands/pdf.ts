import { join, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildIsStale } from '../../pdf/build-freshness.ts';
import { exportPdf } from '../../pdf/export-pdf.ts';
import { findBrowser, type BrowserLookup } from '../../pdf/find-browser.ts';
import { launchChromium, launchFailureReason } from '../../pdf/launch-chromium.ts';
import { formatDiagnostics } from '../../report/pretty.ts';
import { useColor } from '../color.ts';
import { exitCodeOf } from '../exit-code.ts';
import { claimOutputFile } from '../output-file.ts';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { requireViteFiles } from '../vite-project.ts';
import { plural } from '../../text/plural.ts';

export interface PdfCommandOptions {
  root: string;
  out: string;
  notes?: boolean;
  fragments?: boolean;
  chrome?: string;
  /** Replace an `--out` file the kit did not write. */
  force?: boolean;
}

const BROWSER_HINT = 'Install Chromium (`apt-get install chromium`) or pass `--chrome PATH` (or set CHROME_PATH).';

/**
 * `brief pdf`: the read-ahead. Builds first when the build is missing or
 * older than the slides and sources, then prints the deck through reveal's
 * print view: one page per slide, citation footnotes, the appendix of cited
 * paragraphs.
 */
export async function runPdf(options: PdfCommandOptions): Promise<number> {
  const out = await claimOutputFile(resolve(options.root), options.out, options.force === true);
  const lookup = findBrowser(options.chrome);
  if ('missing' in lookup) {
    throw new UsageError(`Cannot print: ${lookup.missing}. ${BROWSER_HINT}`);
  }
  const root = resolve(options.root);
  const page = join(root, 'dist', 'index.html');
  const log = (message: string) => process.stderr.write(`brief pdf: ${message}\n`);
  // Chromium starts while the build is looked at and, if need be, rebuilt.
  const browser = launchChromium(lookup.path).catch((error: unknown) => {
    const reason = launchFailureReason(error).replace(/\.$/, '');
    throw new UsageError(`Cannot print: the browser ${browserNamed(lookup)} did not start: ${reason}. ${BROWSER_HINT}`);
  });
  // A launch that fails meanwhile is reported where exportPdf awaits the browser, not as an unhandled rejection.
  browser.catch(() => undefined);
  const problem = await buildWhenStale(root, page, log).catch(async (error: unknown) => {
    await closeWhenLaunched(browser);
    throw error;
  });
  if (problem !== undefined) {
    await closeWhenLaunched(browser);
    return problem;
  }
  const exported = await exportPdf({
    page,
    out,
    browser,
    notes: options.notes === true,
    fragments: options.fragments === true,
    progress: log,
  });
  process.stdout.write(
    `Wrote ${relative(process.cwd(), out) || out}: ${plural(exported.pages, 'page')}, ${exported.appendixPages === 1 ? 'the last' : `the last ${exported.appendixPages}`} the appendix of cited paragraphs.\n`,
  );
  return EXIT.ok;
}

/** Builds the deck when the build is missing or older than what it is made from; on failure, reports it and gives the exit code. */
async function buildWhenStale(root: string, page: string, log: (message: string) => void): Promise<number | undefined> {
  if (!(await buildIsStale(root, page))) return undefined;
  await requireViteFiles(root);
  log('the build is missing or older than the slides: building first');
  const { buildDeck } = await import('../../build/build-deck.ts');
  const built = await buildDeck({ root });
  if (built.outDir) return undefined;
  const { diagnostics } = built.deck.result;
  process.stderr.write(formatDiagnostics(diagnostics, built.deck.texts, { color: useColor(process.stderr) }));
  process.stderr.write(built.failure ? `Vite could not bundle the deck: ${built.failure}\n` : 'No PDF written: fix the errors above.\n');
  return exitCodeOf(diagnostics, true);
}

/** Closes Chromium once it has started, if it starts at all. */
async function closeWhenLaunched(browser: Promise<Browser>): Promise<void> {
  await browser.then((launched) => launched.close(), () => undefined);
}

/** The browser as the user chose it: `--chrome /bin/false`, `CHROME_PATH=/bin/false`, or the path found. */
function browserNamed(found: Extract<BrowserLookup, { path: string }>): string {
  if (found.from === 'option') return `\`--chrome ${found.path}\``;
  if (found.from === 'CHROME_PATH') return `\`CHROME_PATH=${found.path}\``;
  return `\`${found.path}\``;
}
