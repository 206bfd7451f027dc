import { rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.ts';
import { SLIDES_DECK, type DeckFolder } from '../project/decks.ts';
import { deckIndexPage } from './deck-index-page.ts';
import { checkOutputFolder, createStaging, writeOutputMarker, type OutputCheck } from './output-guard.ts';
import { removeAbandonedStaging, replaceDirectory } from './replace-directory.ts';
import type { LoadedDeck } from '../types.ts';
import { handedDeck } from '../vite/handed-deck.ts';
import { Bundler } from './bundler.ts';

/** In the name of the folder a command writes its output to before putting it in place: `dist.brief-staging-PID`. */
export const STAGING_MARKER = '.brief-staging-';

export interface BuildOptions {
  root: string;
  /** @default 'dist' */
  outDir?: string;
  /**
   * Which of the project's decks.
   * @default the deck in `slides/`
   */
  folder?: DeckFolder;
}

export interface BuildOutcome {
  deck: LoadedDeck;
  /** Absolute path of the built deck; absent when the deck did not check or Vite failed. */
  outDir?: string;
  /** Vite's own error, when the deck checked but bundling failed. */
  failure?: string;
}

/** A deck of a build of several, with what loading and checking it gave. */
export interface BuiltDeck {
  folder: DeckFolder;
  deck: LoadedDeck;
}

export interface DecksBuildOutcome {
  /** Every deck, in the order given, as loaded and checked. */
  decks: BuiltDeck[];
  /** Absolute path of the build; absent when a deck did not check or Vite failed. */
  outDir?: string;
  /** Vite's own error, when the decks checked but bundling one failed. */
  failure?: string;
}

/**
 * Checks a deck (by default `slides/`) and, when it checks, builds it with
 * Vite into a staging folder and puts it in place of the old build (see
 * replace-directory.ts). A failed build leaves the previous `dist/` exactly
 * as it was.
 *
 * @throws UsageError when the output folder may not be replaced or cannot be
 * written (see output-guard.ts); then nothing has been written or removed.
 */
export async function buildDeck(options: BuildOptions): Promise<BuildOutcome> {
  const root = resolve(options.root);
  const target = resolve(root, options.outDir ?? 'dist');
  const folder = options.folder ?? SLIDES_DECK;
  await claimOutput(root, target);
  const bundler = new Bundler(root);
  try {
    const [deck] = (await loadDecks(root, [folder])) as [LoadedDeck];
    if (!deck.rendered) return { deck };
    return { deck, ...(await stageAndReplace(target, (staging) => bundler.bundle(folder, handedDeck(deck), staging))) };
  } finally {
    await bundler.stop();
  }
}

/**
 * Checks several decks and, when every one checks, builds each into a folder
 * of its own (`dist/NAME/`, which holds a build marker too, so that
 * `brief build --deck NAME` may later replace it alone) beside an index page
 * that lists them (`dist/index.html`). Put in place as one build, like
 * `buildDeck`'s: one deck with errors, or one Vite cannot bundle, leaves the
 * previous build exactly as it was.
 *
 * @throws UsageError as `buildDeck` does.
 */
export async function buildDecks(options: { root: string; outDir?: string; decks: readonly DeckFolder[] }): Promise<DecksBuildOutcome> {
  const root = resolve(options.root);
  const target = resolve(root, options.outDir ?? 'dist');
  await claimOutput(root, target);
  const bundler = new Bundler(root);
  try {
    const loaded = await loadDecks(root, options.decks);
    const decks = options.decks.map((folder, at) => ({ folder, deck: loaded[at] as LoadedDeck }));
    if (decks.some(({ deck }) => !deck.rendered)) return { decks };
    const built = await stageAndReplace(target, async (staging) => {
      for (const { folder, deck } of decks) {
        await bundler.bundle(folder, handedDeck(deck), join(staging, folder.name));
        await writeOutputMarker(join(staging, folder.name));
      }
      const listed = decks.map(({ folder, deck }) => ({ name: folder.name, settings: deck.result.deck.settings, slides: deck.result.summary.slides }));
      await writeFile(join(staging, 'index.html'), deckIndexPage(basename(root), listed));
    });
    return { decks, ...built };
  } finally {
    await bundler.stop();
  }
}

/** Refuses an output folder that may not be replaced, and clears away what stopped builds left beside it. */
async function claimOutput(root: string, target: string): Promise<void> {
  refuseUnlessAllowed(await checkOutputFolder(root, target));
  await removeAbandonedStaging(target, STAGING_MARKER);
}

/**
 * Reads, checks and renders each deck, one after another, with one
 * sanitizer. The bundler's thread loads Vite meanwhile: it was started
 * before the checks and the renderer were loaded, here, so that loading
 * them overlaps it too.
 */
async function loadDecks(root: string, folders: readonly DeckFolder[]): Promise<LoadedDeck[]> {
  const [{ loadDeck }, { Sanitizer }] = await Promise.all([import('../pipeline/load-deck.ts'), import('../render/sanitizer.ts')]);
  const sanitizer = new Sanitizer();
  const decks: LoadedDeck[] = [];
  try {
    for (const folder of folders) decks.push(await loadDeck(root, { sanitizer }, folder));
  } finally {
    // jsdom's 100 MB are not needed again (Vite is about to need its own), nor its thread after a failure.
    await sanitizer.stop();
  }
  return decks;
}

/**
 * Writes the output into a staging folder beside `target` with `fill`, marks
 * it as a build, and puts it in place; or gives Vite's reason when `fill` failed.
 */
async function stageAndReplace(target: string, fill: (staging: string) => Promise<void>): Promise<{ outDir: string } | { failure: string }> {
  const staging = `${target}${STAGING_MARKER}${process.pid}`;
  // Created before Vite runs: a folder it may not write to is one line, not a panic from the bundler.
  refuseUnlessAllowed(await createStaging(target, staging));
  try {
    await fill(staging);
    await writeOutputMarker(staging);
    await replaceDirectory(staging, target);
  } catch (error) {
    // Rolldown folds stack frames into the message; the user needs the reason, not the frames.
    const message = error instanceof Error ? error.message : String(error);
    return { failure: message.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n') };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { outDir: target };
}

function refuseUnlessAllowed(check: OutputCheck): void {
  if (check.kind === 'refused') throw new UsageError(check.message);
}
