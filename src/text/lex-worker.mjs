// Lexes Markdown off the main thread, so that input which sends marked into
// catastrophic backtracking can be abandoned (see lex-in-worker.ts). Plain
// JavaScript: the worker starts in bare Node, without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { Marked } from 'marked';

const { options, port, progress } = workerData;
const marked = new Marked(options);
const finished = new Int32Array(progress);

parentPort.on('message', (parts) => {
  for (const markdown of parts) {
    port.postMessage(lex(markdown));
    // After the post, so that a waiting reader always finds the message it is woken for.
    Atomics.add(finished, 0, 1);
    Atomics.notify(finished, 0);
  }
});

function lex(markdown) {
  try {
    return { tokens: marked.lexer(markdown) };
  } catch (error) {
    return { error: String(error), overflow: error instanceof RangeError };
  }
}
