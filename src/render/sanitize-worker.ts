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
  FORBID_TAGS: ['style', 'form', 'button', 'textarea', 'select'],
  FORBID_ATTR: ['style'],
});
// A task list's boxes show what is done: whatever an `<input>` was written as, it stays a disabled checkbox, which no one can use to enter anything.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'INPUT') return;
  for (const { name } of [...(node as Element).attributes]) if (name !== 'checked' && name !== 'aria-label') (node as Element).removeAttribute(name);
  (node as Element).setAttribute('type', 'checkbox');
  (node as Element).setAttribute('disabled', '');
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
