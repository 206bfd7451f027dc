import { startWorkerBeside } from '../threads/worker-beside.ts';
import { WorkerCalls } from '../threads/worker-calls.ts';

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
  private calls: WorkerCalls<readonly string[], string[]> | undefined;

  /** The fragments, sanitized, in order; starts the worker if it is not running. */
  sanitizeAll(fragments: readonly string[]): Promise<string[]> {
    if (fragments.length === 0) return Promise.resolve([]);
    if (!this.calls || this.calls.ended) {
      this.calls = new WorkerCalls(startWorkerBeside(import.meta.url, 'sanitize-worker', ['jsdom', 'dompurify']), {
        failed: (reason) => new Error(`Sanitizing the deck failed: ${reason}`),
        stopped: (code) => `The sanitizer stopped (exit code ${code}) before it answered.`,
      });
    }
    return this.calls.call(fragments);
  }

  /** Ends the worker and frees its memory; a later `sanitizeAll` starts another. */
  async stop(): Promise<void> {
    const stopping = this.calls;
    this.calls = undefined;
    await stopping?.stop();
  }
}
