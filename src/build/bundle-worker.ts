// Bundles checked decks with Vite, off the main thread (see bundler.ts for why).
import { parentPort } from 'node:worker_threads';
import type { DeckFolder } from '../project/decks.ts';
import type { HandedDeck } from '../types.ts';

/** What the parent sends: a checked, rendered deck of the project at `root`, to bundle into `outDir`. */
export interface BundleRequest {
  id: number;
  root: string;
  folder: DeckFolder;
  deck: HandedDeck;
  outDir: string;
}

/** Done, or Vite's reason for failing. */
export type BundleReply = { id: number } | { id: number; failure: string };

const port = parentPort;
if (!port) throw new Error('bundle-worker runs as a worker thread, started by Bundler (bundler.ts).');

// Loaded at once, while the main thread reads and checks the deck.
const loading = Promise.all([import('vite'), import('../vite/kit-config.ts')]);

port.on('message', async ({ id, root, folder, deck, outDir }: BundleRequest) => {
  let reply: BundleReply;
  try {
    const [{ build }, { projectViteConfig }] = await loading;
    const config = await projectViteConfig(root, 'build', { deck, folder });
    await build({
      ...config,
      // The check has printed every diagnostic already; Vite need only report failures of its own.
      logLevel: 'error',
      build: { ...config.build, outDir, emptyOutDir: true },
    });
    reply = { id };
  } catch (error) {
    reply = { id, failure: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
