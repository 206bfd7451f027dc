import { distance } from 'fastest-levenshtein';
import { normalize } from '../text/normalize.ts';

/** Longest passage returned, so that a hint stays one line. */
const MAX_HINT_LENGTH = 160;

/**
 * The run of words in `passages` most like `quotation` by edit distance, to
 * show the author what the source actually says. Windows of about the
 * quotation's length in words are compared, so the cost stays linear in the
 * passage length times the quotation's.
 */
export function closestPassage(quotation: string, passages: readonly string[]): string | undefined {
  const target = normalize(quotation);
  const targetWords = target.split(' ').length;
  let best: { text: string; score: number } | undefined;
  const consider = (candidate: string) => {
    const score = distance(candidate, target);
    if (!best || score < best.score) best = { text: candidate, score };
  };
  for (const passage of passages) {
    const words = normalize(passage).split(' ');
    const smallest = Math.max(1, targetWords - 2);
    if (words.length < smallest) consider(words.join(' '));
    for (let size = smallest; size <= targetWords + 2; size++) {
      for (let start = 0; start + size <= words.length; start++) consider(words.slice(start, start + size).join(' '));
    }
  }
  if (!best || best.score > target.length * 0.6) return undefined;
  return best.text.length > MAX_HINT_LENGTH ? `${best.text.slice(0, MAX_HINT_LENGTH - 1)}…` : best.text;
}
