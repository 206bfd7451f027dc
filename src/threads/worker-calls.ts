import { parentPort, type Worker } from 'node:worker_threads';

/** A request as it crosses to the worker, with the id its answer carries back. */
interface Call<Request> {
  id: number;
  request: Request;
}

/** A call's answer as the worker sends it: its value, or the message of what it threw. */
type Answer<Value> = { id: number; value: Value } | { id: number; error: string };

interface Waiting<Value> {
  resolve: (value: Value) => void;
  reject: (error: Error) => void;
}

/** How a caller words a worker's failures. */
export interface FailureWords {
  /** The request failed in the worker, for `reason`. */
  failed: (reason: string) => Error;
  /** The worker ended before it answered. */
  stopped: (exitCode: number) => string;
}

/**
 * Calls into one of the kit's worker threads (answerCalls is the other
 * side): each request gets an id, and its promise settles with the answer
 * carrying that id. An idle worker does not keep the process from exiting;
 * one with calls waiting does. When the worker ends, every call still
 * waiting fails, and `ended` says so.
 */
export class WorkerCalls<Request, Value> {
  private readonly waiting = new Map<number, Waiting<Value>>();
  private nextId = 0;
  private endedBy: Error | undefined;

  constructor(
    private readonly worker: Worker,
    private readonly words: FailureWords,
  ) {
    worker.unref();
    worker.on('message', (answer: Answer<Value>) => {
      const call = this.waiting.get(answer.id);
      this.waiting.delete(answer.id);
      if (this.waiting.size === 0) worker.unref();
      if ('error' in answer) call?.reject(this.words.failed(answer.error));
      else call?.resolve(answer.value);
    });
    worker.on('error', (error) => this.abandon(error));
    worker.on('exit', (code) => this.abandon(new Error(this.words.stopped(code))));
  }

  call(request: Request): Promise<Value> {
    // A worker that has ended answers nothing: a call made after it failed gets its failure.
    if (this.endedBy) return Promise.reject(this.endedBy);
    const id = this.nextId++;
    // While an answer is awaited, the worker must keep the process alive.
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, request } satisfies Call<Request>);
    });
  }

  /** Ends the worker and frees its memory. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  /** Whether the worker has ended (failed, or stopped). */
  get ended(): boolean {
    return this.endedBy !== undefined;
  }

  private abandon(error: Error): void {
    this.endedBy ??= error;
    for (const call of this.waiting.values()) call.reject(error);
    this.waiting.clear();
  }
}

/** A worker's side of WorkerCalls: answers each request with what `answer` gives for it, or with the message of what it threw. */
export function answerCalls<Request, Value>(name: string, answer: (request: Request) => Value | Promise<Value>): void {
  const port = parentPort;
  if (!port) throw new Error(`${name} runs as a worker thread, started by the kit (threads/worker-calls.ts).`);
  port.on('message', async ({ id, request }: Call<Request>) => {
    let reply: Answer<Value>;
    try {
      reply = { id, value: await answer(request) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
