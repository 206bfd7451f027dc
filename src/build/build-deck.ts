import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.ts';
import { Sanitizer } from '../render/sanitizer.ts';
import { loadDeck } from '../pipeline/load-deck.ts';
import { checkOutputFolder, createStaging, writeOutputMarker, type OutputCheck } from './output-guard.ts';
import { removeAbandonedStaging, replaceDirectory } from './replace-directory.ts';
import type { LoadedDeck } from '../types.ts';

/** In the name of the folder a command writes its output to before putting it in place: `dist.brief-staging-PID`. */
export const STAGING_MARKER = '.brief-staging-';

export interface BuildOptions {
  root: string;
  /** @default 'dist' */
  outDir?: string;
}

export interface BuildOutcome {
  deck: LoadedDeck;
  /** Absolute path of the built deck; absent when the deck did not check or Vite failed. */
  outDir?: string;
  /** Vite's own error, when the deck checked but bundling failed. */
  failure?: string;
}

/**
 * Checks the project and, when it checks, builds the deck with Vite into a
 * staging folder and puts it in place of the old build (see
 * replace-directory.ts). A failed build leaves the previous `dist/` exactly
 * as it was.
 *
 * @throws UsageError when the output folder may not be replaced or cannot be
 * written (see output-guard.ts); then nothing has been written or removed.
 */
export async function buildDeck(options: BuildOptions): Promise<BuildOutcome> {
  const root = resolve(options.root);
  const target = resolve(root, options.outDir ?? 'dist');
  refuseUnlessAllowed(await checkOutputFolder(root, target));
  await removeAbandonedStaging(target, STAGING_MARKER);
  const sanitizer = new Sanitizer();
  // Vite loads while the project is read and checked (and, if needed, the sanitizer's thread starts).
  const [deck, { build }, { projectViteConfig }] = await Promise.all([loadDeck(root, { sanitizer }), import('vite'), import('../vite/kit-config.ts')]);
  // jsdom's 100 MB are not needed again; Vite is about to need its own.
  await sanitizer.stop();
  if (!deck.rendered) return { deck };

  const staging = `${target}${STAGING_MARKER}${process.pid}`;
  // Created before Vite runs: a folder it may not write to is one line, not a panic from the bundler.
  refuseUnlessAllowed(await createStaging(target, staging));
  try {
    const config = await projectViteConfig(root, 'build', { deck });
    await build({
      ...config,
      // The check above has printed every diagnostic already; Vite need only report failures of its own.
      logLevel: 'error',
      build: { ...config.build, outDir: staging, emptyOutDir: true },
    });
    await writeOutputMarker(staging);
    await replaceDirectory(staging, target);
  } catch (error) {
    // Rolldown folds stack frames into the message; the user needs the reason, not the frames.
    const message = error instanceof Error ? error.message : String(error);
    return { deck, failure: message.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n') };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { deck, outDir: target };
}

function refuseUnlessAllowed(check: OutputCheck): void {
  if (check.kind === 'refused') throw new UsageError(check.message);
}
