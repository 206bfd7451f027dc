import type { DeckFolder } from '../project/decks.ts';
import { startWorkerBeside } from '../threads/worker-beside.ts';
import { WorkerCalls } from '../threads/worker-calls.ts';
import type { HandedDeck } from '../types.ts';
import type { BundleRequest } from './bundle-worker.ts';

/**
 * Bundles checked decks with Vite in a thread of its own. Loading Vite and
 * its bundler takes about a third of a second, as long as reading, checking
 * and rendering a deck of 300 slides; in one thread the two came one after
 * the other. Started before the deck is read, the thread loads Vite while
 * the main thread checks, and bundles what it is then handed: the rendered
 * deck, which is all strings (HandedDeck).
 */
export class Bundler {
  private readonly calls = new WorkerCalls<BundleRequest, void>(startWorkerBeside(import.meta.url, 'bundle-worker', ['vite']), {
    // Vite's own reason, as it gives it.
    failed: (reason) => new Error(reason),
    stopped: (code) => `The bundler stopped (exit code ${code}) before it finished.`,
  });

  /** Bundles `deck` of the project at `root` into `outDir`; rejects with Vite's reason when it cannot. */
  bundle(root: string, folder: DeckFolder, deck: HandedDeck, outDir: string): Promise<void> {
    return this.calls.call({ root, folder, deck, outDir });
  }

  /** Ends the thread: after the last bundle, or at once when no deck is to be bundled. */
  stop(): Promise<void> {
    return this.calls.stop();
  }
}
