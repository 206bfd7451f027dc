// Bundles checked decks with Vite, off the main thread (see bundler.ts for why).
import { workerData } from 'node:worker_threads';
import type { UserConfig } from 'vite';
import type { DeckFolder } from '../project/decks.ts';
import { answerCalls } from '../threads/worker-calls.ts';
import type { HandedDeck } from '../types.ts';

/** What the thread is started with. */
export interface BundlerData {
  /** The project's folder. */
  root: string;
}

/** A checked, rendered deck of the project, to bundle into `outDir`. */
export interface BundleRequest {
  folder: DeckFolder;
  deck: HandedDeck;
  outDir: string;
}

const { root } = workerData as BundlerData;

// Loaded at once, while the main thread reads and checks the deck.
const vite = import('vite');
const kitConfig = import('../vite/kit-config.ts');

/**
 * The project's own `vite.config.*`, loaded at once too (it does not depend
 * on the deck), for the first bundle only: its plugins may keep state from
 * one build, so another deck of the same build loads it afresh.
 */
let firstOwnConfig: Promise<UserConfig> | undefined = kitConfig.then(({ ownViteConfig }) => ownViteConfig(root, 'build'));
// A config that fails to load is reported by the bundle that needs it, not as an unhandled rejection before.
firstOwnConfig.catch(() => undefined);

answerCalls('bundle-worker', async ({ folder, deck, outDir }: BundleRequest): Promise<void> => {
  const [{ build }, { ownViteConfig, withKitConfig }] = await Promise.all([vite, kitConfig]);
  const own = await (firstOwnConfig ?? ownViteConfig(root, 'build'));
  firstOwnConfig = undefined;
  const config = withKitConfig(root, own, { deck, folder });
  await build({
    ...config,
    // The check has printed every diagnostic already; Vite need only report failures of its own.
    logLevel: 'error',
    build: { ...config.build, outDir, emptyOutDir: true },
  });
});
