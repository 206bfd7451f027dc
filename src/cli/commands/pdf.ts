import { join, relative, resolve } from 'node:path';
import { exportPdf } from '../../pdf/export-pdf.ts';
import { claimOutputFile } from '../output-file.ts';
import { builtDeckFolder, chosenDeck } from '../deck-option.ts';
import { buildWhenStale } from '../fresh-build.ts';
import { closeWhenLaunched, startChromium } from '../start-chromium.ts';
import { EXIT } from '../../diagnostics/usage-error.ts';
import { plural } from '../../text/plural.ts';

export interface PdfCommandOptions {
  root: string;
  /** @default `briefing.pdf`, or `NAME.pdf` for a deck of a project of several */
  out?: string;
  /** `--deck NAME`: which deck, in a project of several. */
  deck?: unknown;
  notes?: boolean;
  fragments?: boolean;
  chrome?: string;
  /** Replace an `--out` file the kit did not write. */
  force?: boolean;
}

/**
 * `brief pdf`: the read-ahead. Builds first when the build is missing or
 * older than the slides and sources, then prints the deck through reveal's
 * print view: one page per slide, citation footnotes, the appendix of cited
 * paragraphs.
 */
export async function runPdf(options: PdfCommandOptions): Promise<number> {
  const root = resolve(options.root);
  const { project, folder } = await chosenDeck(root, options.deck, 'pdf');
  const several = project.layout === 'several';
  const out = await claimOutputFile(root, options.out ?? (several ? `${folder.name}.pdf` : 'briefing.pdf'), options.force === true);
  const outDir = builtDeckFolder(project, folder);
  const page = join(root, outDir, 'index.html');
  const log = (message: string) => process.stderr.write(`brief pdf: ${message}\n`);
  // Chromium starts while the build is looked at and, if need be, rebuilt.
  const browser = startChromium(options.chrome, 'Cannot print');
  const built = await buildWhenStale({ root, outDir, folder }, page, log, 'No PDF written: fix the errors above.').catch(async (error: unknown) => {
    await closeWhenLaunched(browser);
    throw error;
  });
  if (built.kind === 'failed') {
    await closeWhenLaunched(browser);
    return built.exitCode;
  }
  // It closes the browser when it is done.
  const exported = await exportPdf({ page, out, browser, notes: options.notes === true, fragments: options.fragments === true, progress: log });
  process.stdout.write(
    `Wrote ${relative(process.cwd(), out) || out}: ${plural(exported.pages, 'page')}, ${exported.appendixPages === 1 ? 'the last' : `the last ${exported.appendixPages}`} the appendix of cited paragraphs.\n`,
  );
  return EXIT.ok;
}
