import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { STAGING_MARKER } from '../../build/build-deck.ts';
import { checkOutputFolder, createStaging, writeOutputMarker, type OutputCheck, type OutputFolderKind } from '../../build/output-guard.ts';
import { removeAbandonedStaging, replaceDirectory } from '../../build/replace-directory.ts';
import { UsageError } from '../../diagnostics/usage-error.ts';
import { readProject } from '../../project/read-project.ts';
import { shownPath } from '../../project/shown-path.ts';
import { formatDiagnostics } from '../../report/pretty.ts';
import { captureSlides } from '../../screenshots/capture-slides.ts';
import { overflowDiagnostics } from '../../screenshots/overflow-diagnostics.ts';
import { parseDeck } from '../../slides/parse-deck.ts';
import { plural } from '../../text/plural.ts';
import type { DeckFolder } from '../../project/decks.ts';
import type { Slide } from '../../types.ts';
import { useColor } from '../color.ts';
import { builtDeckFolder, chosenDeck } from '../deck-option.ts';
import { exitCodeOf } from '../exit-code.ts';
import { buildWhenStale } from '../fresh-build.ts';
import { closeWhenLaunched, startChromium } from '../start-chromium.ts';

export interface ScreenshotsCommandOptions {
  root: string;
  /** Relative to `root`, like `brief build --out-dir`. */
  outDir: string;
  chrome?: string;
  /** `--deck NAME`: which deck, in a project of several. */
  deck?: unknown;
}

/** The screenshots' folder, guarded as a build's is: replaced whole, so only ever one that `brief screenshots` wrote, or an empty one. */
export const SCREENSHOTS_OUTPUT: OutputFolderKind = {
  marker: '.briefing-kit-screenshots',
  product: 'set of screenshots',
  writer: 'run of `brief screenshots`',
  verb: 'write screenshots into',
  elsewhere: 'write them elsewhere',
  suggestion: 'screenshots',
};

/**
 * `brief screenshots`: the built deck (built first if `dist/` is stale, as
 * for `brief pdf`) in headless Chromium at 1280×720, one PNG per slide, and
 * an error (BRF150) at each slide whose content runs past the slide. The
 * PNGs are written to a staging folder and put in place of the old set
 * whole. Exit 1 when a slide overflows.
 */
export async function runScreenshots(options: ScreenshotsCommandOptions): Promise<number> {
  const root = resolve(options.root);
  const target = resolve(root, options.outDir);
  refuseUnlessAllowed(await checkOutputFolder(root, target, SCREENSHOTS_OUTPUT));
  // Every refusal comes before Chromium starts: a browser left open would keep the command from exiting.
  const { project, folder: deck } = await chosenDeck(root, options.deck, 'screenshots');
  const browser = startChromium(options.chrome, 'Cannot take screenshots');
  const outDir = builtDeckFolder(project, deck);
  const page = join(root, outDir, 'index.html');
  const log = (message: string) => process.stderr.write(`brief screenshots: ${message}\n`);
  try {
    const built = await buildWhenStale({ root, outDir, folder: deck }, page, log, 'No screenshots taken: fix the errors above.');
    if (built.kind === 'failed') return built.exitCode;
    const { slides, texts } = built.kind === 'built' ? { slides: built.deck.result.deck.slides, texts: built.deck.texts } : await readSlides(root, deck);

    await removeAbandonedStaging(target, STAGING_MARKER);
    const staging = `${target}${STAGING_MARKER}${process.pid}`;
    refuseUnlessAllowed(await createStaging(target, staging, SCREENSHOTS_OUTPUT));
    let shots;
    try {
      shots = await captureSlides({ browser: await browser, page, folder: staging, progress: log });
      await writeOutputMarker(staging, SCREENSHOTS_OUTPUT);
      await replaceDirectory(staging, target);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }

    const folder = shownPath(target, true);
    const diagnostics = overflowDiagnostics(shots, slides, folder);
    if (diagnostics.length > 0) process.stdout.write(formatDiagnostics(diagnostics, texts, { color: useColor(process.stdout) }));
    const verdict = diagnostics.length === 0 ? 'every slide fits in 1280×720' : `${plural(diagnostics.length, 'slide')} ${diagnostics.length === 1 ? 'runs' : 'run'} past 1280×720`;
    process.stdout.write(`Wrote ${plural(shots.length, 'screenshot')} to ${folder}: ${verdict}.\n`);
    return exitCodeOf(diagnostics);
  } finally {
    await closeWhenLaunched(browser);
  }
}

/** The deck's slides, where each is written, for a build that was up to date. */
async function readSlides(root: string, deck: DeckFolder): Promise<{ slides: Slide[]; texts: ReadonlyMap<string, string> }> {
  const project = await readProject(root, deck.slides);
  return { slides: parseDeck(project.slideFiles).deck.slides, texts: project.texts };
}

function refuseUnlessAllowed(check: OutputCheck): void {
  if (check.kind === 'refused') throw new UsageError(check.message);
}
