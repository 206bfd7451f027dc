import { distance } from 'fastest-levenshtein';

/** The candidate closest to `word` by edit distance, if it is close enough to be a likely typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const prefixMatch = best !== undefined && (best.startsWith(lower) || lower.startsWith(best));
  return best !== undefined && (bestDistance <= Math.max(2, Math.floor(word.length / 3)) || prefixMatch) ? best : undefined;
}
