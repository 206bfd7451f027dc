import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { MarkedOptions, Token } from 'marked';

/** The options a worker can be sent: plain data, no extension functions. */
export type LexOptions = Pick<MarkedOptions, 'gfm' | 'breaks' | 'pedantic'>;

export type WorkerLexResult = { tokens: Token[] } | { error: string; overflow: boolean };

export interface WorkerLexOutcome {
  /** One result per part, in order; fewer than the parts when time ran out. */
  results: WorkerLexResult[];
  timedOut: boolean;
}

interface LexWorker {
  worker: Worker;
  port: MessagePort;
  finished: Int32Array;
}

let current: LexWorker | undefined;

/**
 * Lexes `parts` in a worker thread and waits for them, synchronously, until
 * `deadline` (a `performance.now()` time). marked's regular expressions can
 * backtrack for minutes on a few hundred kilobytes and cannot be interrupted
 * in the thread running them; a worker can be terminated. The wait blocks on
 * a shared counter (`Atomics.wait`) and takes replies with
 * `receiveMessageOnPort`, so the parsing pipeline stays synchronous.
 */
export function lexInWorker(parts: readonly string[], options: LexOptions, deadline: number): WorkerLexOutcome {
  const lexer = (current ??= startWorker(options));
  Atomics.store(lexer.finished, 0, 0);
  lexer.worker.postMessage(parts);
  const results: WorkerLexResult[] = [];
  while (results.length < parts.length) {
    for (let reply = receiveMessageOnPort(lexer.port); reply; reply = receiveMessageOnPort(lexer.port)) {
      results.push(reply.message as WorkerLexResult);
    }
    if (results.length === parts.length) break;
    const remaining = deadline - performance.now();
    if (remaining <= 0) {
      stopWorker(lexer);
      return { results, timedOut: true };
    }
    Atomics.wait(lexer.finished, 0, results.length, remaining);
  }
  return { results, timedOut: false };
}

/** Starts the worker now, if it is not running, so that its start-up overlaps other work. */
export function startLexWorker(options: LexOptions): void {
  current ??= startWorker(options);
}

function startWorker(options: LexOptions): LexWorker {
  const { port1, port2 } = new MessageChannel();
  const finished = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./lex-worker.mjs', import.meta.url), {
    workerData: { options, port: port2, progress: finished.buffer },
    transferList: [port2],
    // Workers inherit the parent's loader flags; this one needs plain Node and marked only.
    execArgv: [],
  });
  // An idle lexer must not keep `brief check` from exiting.
  worker.unref();
  port1.unref();
  return { worker, port: port1, finished };
}

function stopWorker(lexer: LexWorker): void {
  void lexer.worker.terminate();
  lexer.port.close();
  if (current === lexer) current = undefined;
}
