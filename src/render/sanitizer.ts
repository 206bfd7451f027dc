import { Worker } from 'node:worker_threads';

interface Request {
  worker: Worker;
  resolve: (sanitized: string[]) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; sanitized: string[] } | { id: number; error: string };

let worker: Worker | undefined;
const requests = new Map<number, Request>();
let nextId = 0;

/**
 * Sanitizes HTML rendered from slides and speaker notes, at build time, with
 * DOMPurify. reveal's speaker view writes notes with `innerHTML`, and slide
 * text may be pasted from anywhere, so no script, event handler or
 * `javascript:` URL may survive into the deck.
 *
 * DOMPurify needs a DOM, and jsdom is the one whose parser follows the HTML
 * standard, but loading it costs half a second and 100 MB. So it runs in a
 * worker thread: `startSanitizer()` begins loading it while the project is
 * checked, and `stopSanitizer()` gives its memory back before Vite bundles
 * the deck. Inert Markdown never comes here (see inert-markdown.ts), so a
 * deck made only of it never loads jsdom at all.
 */
export function sanitizeAll(fragments: readonly string[]): Promise<string[]> {
  if (fragments.length === 0) return Promise.resolve([]);
  const sanitizer = (worker ??= startWorker());
  const id = nextId++;
  // While an answer is awaited, the worker must keep the process alive.
  sanitizer.ref();
  return new Promise((resolve, reject) => {
    requests.set(id, { worker: sanitizer, resolve, reject });
    sanitizer.postMessage({ id, fragments });
  });
}

/** Starts loading the sanitizer now, so that it is ready when the deck is rendered. */
export function startSanitizer(): void {
  worker ??= startWorker();
}

/** Ends the sanitizer and frees its memory; the next `sanitizeAll` starts another. */
export async function stopSanitizer(): Promise<void> {
  const stopping = worker;
  worker = undefined;
  await stopping?.terminate();
}

function startWorker(): Worker {
  const started = new Worker(new URL('./sanitize-worker.mjs', import.meta.url), {
    // Workers inherit the parent's loader flags; this one needs plain Node, jsdom and DOMPurify only.
    execArgv: [],
  });
  // An idle sanitizer must not keep a command from exiting.
  started.unref();
  started.on('message', (reply: Reply) => {
    const request = requests.get(reply.id);
    requests.delete(reply.id);
    if (![...requests.values()].some((waiting) => waiting.worker === started)) started.unref();
    if ('error' in reply) request?.reject(new Error(`Sanitizing the deck failed: ${reply.error}`));
    else request?.resolve(reply.sanitized);
  });
  started.on('error', (error) => abandon(started, error));
  started.on('exit', (code) => abandon(started, new Error(`The sanitizer stopped (exit code ${code}) before it answered.`)));
  return started;
}

/** Fails every request still waiting on `ended`, which can no longer answer. */
function abandon(ended: Worker, error: Error): void {
  if (worker === ended) worker = undefined;
  for (const [id, request] of requests) {
    if (request.worker !== ended) continue;
    requests.delete(id);
    request.reject(error);
  }
}
