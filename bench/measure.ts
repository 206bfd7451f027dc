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
  return measureInTurn([{ command, args, cwd }], runs)[0] as Measurement;
}

/** A command to time: what to run, with what arguments, where. */
export interface Timed {
  command: string;
  args: string[];
  cwd: string;
}

/** `brief ARGS` as a command to time. */
export function brief(args: string[], cwd: string): Timed {
  return { command: process.execPath, args: [BIN, ...args], cwd };
}

/**
 * Runs each command once, in turn, `runs` times over, and measures each as
 * `measureCommand` does. Commands compared in a ratio are timed this way, so
 * that a slow spell of a shared machine falls on both sides of it rather
 * than on one.
 */
export function measureInTurn(commands: readonly Timed[], runs: number): Measurement[] {
  const times = commands.map((): number[] => []);
  const peakKb = commands.map(() => 0);
  for (let i = 0; i < runs; i++) {
    commands.forEach(({ command, args, cwd }, at) => {
      const started = performance.now();
      const run = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, encoding: 'utf8' });
      (times[at] as number[]).push(performance.now() - started);
      if (run.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed:\n${run.stderr}`);
      const lines = run.stderr.trim().split('\n');
      peakKb[at] = Math.max(peakKb[at] as number, Number(lines[lines.length - 1]) || 0);
    });
  }
  return commands.map((_, at) => ({ medianMs: median(times[at] as number[]), peakMb: (peakKb[at] as number) / 1024, runs }));
}

/**
 * Runs a command `runs` times and takes the median of the time each run
 * reports on its standard output (in milliseconds), instead of timing the
 * whole process: for work that is a small part of a process whose start-up
 * would add only its noise.
 */
export function measureReported({ command, args, cwd }: Timed, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(command, args, { cwd, encoding: 'utf8' });
    const reported = Number(run.stdout.trim());
    if (run.status !== 0 || !Number.isFinite(reported)) throw new Error(`\`${command} ${args.join(' ')}\` failed or reported no time:\n${run.stdout}${run.stderr}`);
    times.push(reported);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
