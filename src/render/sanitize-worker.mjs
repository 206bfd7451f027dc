// Sanitizes HTML fragments with DOMPurify over a jsdom window, off the main
// thread (see sanitizer.ts for why). Plain JavaScript: the worker starts in
// bare Node, without the TypeScript loader.
import { parentPort } from 'node:worker_threads';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

const purifier = createDOMPurify(new JSDOM('').window);
// Set once: given to every call, DOMPurify rebuilds its tag and attribute sets each time, which doubled the cost of a deck.
purifier.setConfig({
  ADD_ATTR: ['target'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  FORBID_ATTR: ['style'],
});

parentPort.on('message', ({ id, fragments }) => {
  try {
    parentPort.postMessage({ id, sanitized: fragments.map((fragment) => purifier.sanitize(fragment)) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
