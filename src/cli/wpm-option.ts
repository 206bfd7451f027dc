import { UsageError } from '../diagnostics/usage-error.ts';

/** `--wpm`, the speaking pace: undefined when not given, else a positive number of words a minute. */
export function parseWpm(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const wpm = Number(value);
  if (Number.isFinite(wpm) && wpm > 0) return wpm;
  throw new UsageError(`\`--wpm\` is the speaking pace and must be a positive number of words a minute (such as 130), not \`${value}\`.`);
}
