// Sanitizes HTML fragments with DOMPurify over a jsdom window, off the main thread (see sanitizer.ts for why).
import { parentPort } from 'node:worker_threads';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

/** What the parent sends: fragments to sanitize, under an id the reply carries back. */
export interface SanitizeRequest {
  id: number;
  fragments: readonly string[];
}

export type SanitizeReply = { id: number; sanitized: string[] } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('sanitize-worker runs as a worker thread, started by Sanitizer (sanitizer.ts).');

const purifier = createDOMPurify(new JSDOM('').window);
// Set once: given to every call, DOMPurify rebuilds its tag and attribute sets each time, which doubled the cost of a deck.
purifier.setConfig({
  ADD_ATTR: ['target'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  FORBID_ATTR: ['style'],
});

port.on('message', ({ id, fragments }: SanitizeRequest) => {
  let reply: SanitizeReply;
  try {
    reply = { id, sanitized: fragments.map((fragment) => purifier.sanitize(fragment)) };
  } catch (error) {
    reply = { id, error: String(error) };
  }
  port.postMessage(reply);
});
