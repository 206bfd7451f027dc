import { diagnose, fileOf } from '../diagnostics/diagnose.ts';
import type { Diagnostic } from '../types.ts';

/** Past this many diagnostics of one code in one file, the rest are counted rather than listed (as compilers cap errors). */
const MAX_REPEATS_PER_FILE = 50;

/**
 * Keeps the first MAX_REPEATS_PER_FILE diagnostics of each code in each file
 * and replaces the rest with one BRF005 saying how many were left out, at the
 * first of them. Pasted or generated text can hold a mistake a hundred
 * thousand times; listing each would bury the report and take minutes.
 */
export function limitRepeats(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  const omitted = new Map<string, { first: Diagnostic; count: number }>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${fileOf(d)}\u0000${d.code}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= MAX_REPEATS_PER_FILE) {
      kept.push(d);
      continue;
    }
    const group = omitted.get(key);
    if (group) group.count++;
    else omitted.set(key, { first: d, count: 1 });
  }
  for (const { first, count } of omitted.values()) {
    kept.push({ ...diagnose('BRF005', { code: first.code, count, shown: MAX_REPEATS_PER_FILE }, first.where), severity: first.severity });
  }
  return kept;
}
