import { spawnSync } from 'node:child_process';
import { Console } from 'node:console';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { REPO } from './temp-project.ts';

/** The `brief` command itself, as a user runs it. */
export const BIN = `${REPO}/bin/brief.js`;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `brief ARGS` in `cwd` to the end, without colour. */
export function runBrief(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Runs `brief ARGS` as `runBrief` does, but by calling the CLI's `main` in
 * this process: what it writes to stdout and stderr (and through `console`)
 * is captured, `NO_COLOR` and `env` are set on `process.env`, and `cwd` is
 * the working folder, each only for the call. Spawning `node bin/brief.js`
 * costs half a second or more of CPU a run (Node's start, loading the kit's
 * modules, a cold JIT), and the CLI tests run it hundreds of times; here the
 * modules stay loaded from one run to the next.
 *
 * It does not cover the bin's loader (lib/ or tsx), real pipes (a reader that
 * goes away, output flushed at exit), signals, standard input or the process's
 * own exit: tests of those spawn the command with `runBrief` or `spawn`.
 * Calls must not overlap (the working folder and environment are the
 * process's); a `main` that throws, a programmer error, fails the test.
 */
export async function runBriefInProcess(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const captured = { stdout: '', stderr: '' };
  const streams = { stdout: process.stdout, stderr: process.stderr } as const;
  const writes = { stdout: streams.stdout.write, stderr: streams.stderr.write };
  const env = { NO_COLOR: '1', ...options.env };
  const previousEnv = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const previousCwd = process.cwd();
  const previousConsole = globalThis.console;
  for (const name of ['stdout', 'stderr'] as const) {
    streams[name].write = ((chunk: string | Uint8Array, encodingOrDone?: BufferEncoding | ((error?: Error | null) => void), done?: (error?: Error | null) => void): boolean => {
      captured[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const callback = typeof encodingOrDone === 'function' ? encodingOrDone : done;
      if (callback) queueMicrotask(() => callback());
      return true;
    }) as typeof process.stdout.write;
  }
  try {
    for (const [key, value] of Object.entries(env)) setEnv(key, value);
    if (options.cwd !== undefined) process.chdir(options.cwd);
    // What Vite or cac print through `console` goes to the captured streams, not to vitest's console.
    globalThis.console = new Console({ stdout: streams.stdout, stderr: streams.stderr });
    const code = await main(args);
    return { code, ...captured };
  } finally {
    globalThis.console = previousConsole;
    process.chdir(previousCwd);
    for (const [key, value] of Object.entries(previousEnv)) setEnv(key, value);
    streams.stdout.write = writes.stdout;
    streams.stderr.write = writes.stderr;
  }
}

/** Sets `key`, or deletes it for `undefined`: assigning undefined to process.env would store the string "undefined". */
function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}

export function noStackTrace(output: string): void {
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
}
