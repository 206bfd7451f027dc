// Bundles checked decks with Vite, off the main thread (see bundler.ts for why).
import type { DeckFolder } from '../project/decks.ts';
import { answerCalls } from '../threads/worker-calls.ts';
import type { HandedDeck } from '../types.ts';

/** A checked, rendered deck of the project at `root`, to bundle into `outDir`. */
export interface BundleRequest {
  root: string;
  folder: DeckFolder;
  deck: HandedDeck;
  outDir: string;
}

// Loaded at once, while the main thread reads and checks the deck.
const loading = Promise.all([import('vite'), import('../vite/kit-config.ts')]);

answerCalls('bundle-worker', async ({ root, folder, deck, outDir }: BundleRequest): Promise<void> => {
  const [{ build }, { projectViteConfig }] = await loading;
  const config = await projectViteConfig(root, 'build', { deck, folder });
  await build({
    ...config,
    // The check has printed every diagnostic already; Vite need only report failures of its own.
    logLevel: 'error',
    build: { ...config.build, outDir, emptyOutDir: true },
  });
});
