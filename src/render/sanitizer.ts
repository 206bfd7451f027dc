import type { Worker } from 'node:worker_threads';
import { startWorkerBeside } from '../threads/worker-beside.ts';
import type { SanitizeReply, SanitizeRequest } from './sanitize-worker.ts';

interface Waiting {
  worker: Worker;
  resolve: (sanitized: string[]) => void;
  reject: (error: Error) => void;
}

/**
 * Sanitizes HTML rendered from slides and speaker notes, at build time, with
 * DOMPurify. reveal's speaker view writes notes with `innerHTML`, and slide
 * text may be pasted from anywhere, so no script, event handler or
 * `javascript:` URL may survive into the deck.
 *
 * DOMPurify needs a DOM, and jsdom is the one whose parser follows the HTML
 * standard, but loading it costs half a second and 100 MB. So it runs in a
 * worker thread, started by the first fragment that needs it, and `stop()`
 * gives its memory back before Vite bundles the deck. Inert
 * Markdown never comes here (see inert-markdown.ts), so a deck made only of
 * it never loads jsdom at all.
 */
export class Sanitizer {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;

  /** The fragments, sanitized, in order; starts the worker if it is not running. */
  sanitizeAll(fragments: readonly string[]): Promise<string[]> {
    if (fragments.length === 0) return Promise.resolve([]);
    const worker = (this.worker ??= this.startWorker());
    const id = this.nextId++;
    // While an answer is awaited, the worker must keep the process alive.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { worker, resolve, reject });
      const request: SanitizeRequest = { id, fragments };
      worker.postMessage(request);
    });
  }

  /** Ends the worker and frees its memory; a later `sanitizeAll` starts another. */
  async stop(): Promise<void> {
    const stopping = this.worker;
    this.worker = undefined;
    await stopping?.terminate();
  }

  private startWorker(): Worker {
    const started = startWorkerBeside(import.meta.url, 'sanitize-worker');
    // An idle sanitizer must not keep a command from exiting.
    started.unref();
    started.on('message', (reply: SanitizeReply) => {
      const request = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (![...this.waiting.values()].some((waiting) => waiting.worker === started)) started.unref();
      if ('error' in reply) request?.reject(new Error(`Sanitizing the deck failed: ${reply.error}`));
      else request?.resolve(reply.sanitized);
    });
    started.on('error', (error) => this.abandon(started, error));
    started.on('exit', (code) => this.abandon(started, new Error(`The sanitizer stopped (exit code ${code}) before it answered.`)));
    return started;
  }

  /** Fails every request still waiting on `ended`, which can no longer answer. */
  private abandon(ended: Worker, error: Error): void {
    if (this.worker === ended) this.worker = undefined;
    for (const [id, request] of this.waiting) {
      if (request.worker !== ended) continue;
      this.waiting.delete(id);
      request.reject(error);
    }
  }
}
