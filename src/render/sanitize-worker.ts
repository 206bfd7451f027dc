// Sanitizes HTML fragments with DOMPurify over a jsdom window, off the main thread (see sanitizer.ts for why).
import { answerCalls } from '../threads/worker-calls.ts';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

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

answerCalls('sanitize-worker', (fragments: readonly string[]): string[] => fragments.map((fragment) => purifier.sanitize(fragment)));
