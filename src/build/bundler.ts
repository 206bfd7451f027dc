import type { Worker } from 'node:worker_threads';
import type { DeckFolder } from '../project/decks.ts';
import { startWorkerBeside } from '../threads/worker-beside.ts';
import type { HandedDeck } from '../types.ts';
import type { BundleReply, BundleRequest } from './bundle-worker.ts';

/**
 * Bundles checked decks with Vite in a thread of its own. Loading Vite and
 * its bundler takes about a third of a second, as long as reading, checking
 * and rendering a deck of 300 slides; in one thread the two came one after
 * the other. Started before the deck is read, the thread loads Vite while
 * the main thread checks, and bundles what it is then handed: the rendered
 * deck, which is all strings (HandedDeck).
 */
export class Bundler {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor() {
    this.worker = startWorkerBeside(import.meta.url, 'bundle-worker');
    this.worker.unref();
    this.worker.on('message', (reply: BundleReply) => {
      const request = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if ('failure' in reply) request?.reject(new Error(reply.failure));
      else request?.resolve();
    });
    this.worker.on('error', (error) => this.abandon(error));
    this.worker.on('exit', (code) => this.abandon(new Error(`The bundler stopped (exit code ${code}) before it finished.`)));
  }

  /** Bundles `deck` of the project at `root` into `outDir`; rejects with Vite's reason when it cannot. */
  bundle(root: string, folder: DeckFolder, deck: HandedDeck, outDir: string): Promise<void> {
    const id = this.nextId++;
    // While a bundle is awaited, the thread must keep the process alive.
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: BundleRequest = { id, root, folder, deck, outDir };
      this.worker.postMessage(request);
    });
  }

  /** Ends the thread: after the last bundle, or at once when no deck is to be bundled. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private abandon(error: Error): void {
    for (const request of this.waiting.values()) request.reject(error);
    this.waiting.clear();
  }
}
