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

/** A checked, rendered deck of the project, to bundle into `outDir`; or, before the thread is stopped, to let what it is loading settle. */
export type BundlerCall = { kind: 'bundle'; folder: DeckFolder; deck: HandedDeck; outDir: string } | { kind: 'settle' };

const { root } = workerData as BundlerData;

// Loaded at once, while the main thread reads and checks the deck.
const vite = import('vite');
const kitConfig = import('../vite/kit-config.ts');

/** Set when the thread is about to be stopped: a configuration not yet being loaded is then not loaded. */
let stopping = false;
/**
 * While the project's configuration is being loaded. Vite writes it, bundled,
 * to a file beside it, imports that and removes it: a thread stopped in
 * between would leave the file in the user's project.
 */
let loadingOwnConfig: Promise<unknown> | undefined;

/**
 * The project's own `vite.config.*`, loaded at once too (it does not depend
 * on the deck), for the first bundle only: its plugins may keep state from
 * one build, so another deck of the same build loads it afresh.
 */
let firstOwnConfig: Promise<UserConfig> | undefined = kitConfig.then(({ ownViteConfig }) => {
  if (stopping) return {};
  const loading = ownViteConfig(root, 'build');
  loadingOwnConfig = loading.catch(() => undefined);
  return loading;
});
// A config that fails to load is reported by the bundle that needs it, not as an unhandled rejection before.
firstOwnConfig.catch(() => undefined);

answerCalls('bundle-worker', async (call: BundlerCall): Promise<void> => {
  if (call.kind === 'settle') {
    stopping = true;
    await loadingOwnConfig;
    return;
  }
  const { folder, deck, outDir } = call;
  const [{ build }, { ownViteConfig, withKitConfig }] = await Promise.all([vite, kitConfig]);
  const own = firstOwnConfig ?? ownViteConfig(root, 'build');
  firstOwnConfig = undefined;
  const config = withKitConfig(root, await own, { deck, folder });
  await build({
    ...config,
    // The check has printed every diagnostic already; Vite need only report failures of its own.
    logLevel: 'error',
    build: { ...config.build, outDir, emptyOutDir: true },
  });
});
