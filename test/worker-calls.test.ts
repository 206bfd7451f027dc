import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerCalls } from '../src/threads/worker-calls.ts';

const words = { failed: (reason: string) => new Error(`failed: ${reason}`), stopped: (code: number) => `stopped with ${code}` };

/** A worker from a few lines of JavaScript that answer as answerCalls does. */
function worker(body: string): Worker {
  return new Worker(`const { parentPort } = require('node:worker_threads'); ${body}`, { eval: true });
}

describe('calls into a worker thread', () => {
  it('gives each call its own answer, and a failure its reason', async () => {
    const calls = new WorkerCalls<number, number>(
      worker(`parentPort.on('message', ({ id, request }) => parentPort.postMessage(request < 0 ? { id, error: 'negative' } : { id, value: request * 2 }));`),
      words,
    );
    await expect(Promise.all([calls.call(1), calls.call(2), calls.call(3)])).resolves.toEqual([2, 4, 6]);
    await expect(calls.call(-1)).rejects.toThrow('failed: negative');
    await calls.stop();
  });

  it('fails the calls waiting when the worker ends, and every call after it, instead of waiting for ever', async () => {
    const calls = new WorkerCalls<number, number>(worker(`parentPort.on('message', () => process.exit(3));`), words);
    await expect(calls.call(1)).rejects.toThrow('stopped with 3');
    expect(calls.ended).toBe(true);
    await expect(calls.call(2)).rejects.toThrow('stopped with 3');
  });

  it('fails a call made after the worker died on its own, before any call', async () => {
    const calls = new WorkerCalls<number, number>(worker(`throw new Error('could not start');`), words);
    await expect.poll(() => calls.ended).toBe(true);
    await expect(calls.call(1)).rejects.toThrow('could not start');
  });
});
