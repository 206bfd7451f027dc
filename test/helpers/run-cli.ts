import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
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

export function noStackTrace(output: string): void {
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
}
