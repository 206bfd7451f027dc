import type { DeckFolder } from '../project/decks.ts';
import { startWorkerBeside } from '../threads/worker-beside.ts';
import { WorkerCalls } from '../threads/worker-calls.ts';
import type { HandedDeck } from '../types.ts';
import type { BundlerCall, BundlerData } from './bundle-worker.ts';

/**
 * Bundles checked decks with Vite in a thread of its own. Loading Vite and
 * its bundler takes about a third of a second, as long as reading, checking
 * and rendering a deck of 300 slides; in one thread the two came one after
 * the other. Started before the deck is read, the thread loads Vite and
 * the project's own Vite configuration while the main thread checks, then
 * bundles what it is handed: the rendered deck, which is all strings
 * (HandedDeck).
 */
export class Bundler {
  private readonly calls: WorkerCalls<BundlerCall, void>;

  /** Starts the thread for the project at `root`. */
  constructor(root: string) {
    const data: BundlerData = { root };
    this.calls = new WorkerCalls(startWorkerBeside(import.meta.url, 'bundle-worker', ['vite'], data), {
      // Vite's own reason, as it gives it.
      failed: (reason) => new Error(reason),
      stopped: (code) => `The bundler stopped (exit code ${code}) before it finished.`,
    });
  }

  /** Bundles `deck` into `outDir`; rejects with Vite's reason when it cannot. */
  bundle(folder: DeckFolder, deck: HandedDeck, outDir: string): Promise<void> {
    return this.calls.call({ kind: 'bundle', folder, deck, outDir });
  }

  /**
   * Ends the thread: after the last bundle, or when no deck is to be
   * bundled. A configuration the thread is loading is let finish first
   * (Vite removes its temporary copy of it when done); one not started is
   * not started.
   */
  async stop(): Promise<void> {
    if (!this.calls.ended) await this.calls.call({ kind: 'settle' }).catch(() => undefined);
    await this.calls.stop();
  }
}
