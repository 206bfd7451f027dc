import { spawnSync } from 'node:child_process';

export interface Measurement {
  /** Median wall time of the runs, in milliseconds. */
  medianMs: number;
  /** Largest resident set size of any run, in megabytes (of the command and the children it waited for). */
  peakMb: number;
  runs: number;
}

const BIN = new URL('../bin/brief.js', import.meta.url).pathname;

/**
 * Runs `brief ARGS` `runs` times under GNU time and reports the median wall
 * time and the peak memory. A failing run stops the benchmark: a number from
 * a broken run would mislead.
 */
export function measureBrief(args: string[], runs: number, cwd: string): Measurement {
  return measureCommand(process.execPath, [BIN, ...args], runs, cwd);
}

export function measureCommand(command: string, args: string[], runs: number, cwd: string): Measurement {
  const times: number[] = [];
  let peakKb = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed:\n${run.stderr}`);
    const lines = run.stderr.trim().split('\n');
    peakKb = Math.max(peakKb, Number(lines[lines.length - 1]) || 0);
  }
  return { medianMs: median(times), peakMb: peakKb / 1024, runs };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
