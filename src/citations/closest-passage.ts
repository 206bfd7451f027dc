import { distance } from 'fastest-levenshtein';
import { clip } from '../text/clip.ts';
import { normalize } from '../text/normalize.ts';

/** Longest passage returned, so that a hint stays one line. */
const MAX_HINT_LENGTH = 160;
/** Quotation marks (guillemets and low marks among them) and brackets a window of words may open with, and marks and punctuation it may close with: the hint leaves them out. */
const LEADING = new Set(['"', "'", '\u201C', '\u2018', '\u201E', '\u00AB', '\u00BB', '\u2039', '\u203A', '(']);
const TRAILING = new Set(['"', "'", '\u201D', '\u2019', '\u201C', '\u00BB', '\u00AB', '\u203A', '\u2039', ')', ',', ';', ':']);
/** Above this share of the quotation's length in edits, the passage is not shown: it would mislead. */
const MAX_DIFFERENCE = 0.6;

/**
 * The run of words in `passages` most like `quotation` by edit distance, as
 * the source writes it, to show the author what the source actually says.
 * Windows of about the quotation's length in words are compared, so the cost
 * stays linear in the passage length times the quotation's.
 */
export function closestPassage(quotation: string, passages: readonly string[]): string | undefined {
  const target = normalize(quotation);
  const targetWords = target.split(' ').length;
  let best: { text: string; score: number } | undefined;
  const consider = (words: string[]) => {
    const text = trimOuter(words.join(' '));
    const score = distance(normalize(text), target);
    if (!best || score < best.score) best = { text, score };
  };
  for (const passage of passages) {
    const words = passage.split(/\s+/).filter(Boolean);
    const smallest = Math.max(1, targetWords - 2);
    if (words.length < smallest) consider(words);
    for (let size = smallest; size <= targetWords + 2; size++) {
      for (let start = 0; start + size <= words.length; start++) consider(words.slice(start, start + size));
    }
  }
  const found = best as { text: string; score: number } | undefined;
  if (!found || found.score > target.length * MAX_DIFFERENCE) return undefined;
  return clip(found.text, MAX_HINT_LENGTH);
}

/** `text` without the marks in LEADING at its start and TRAILING at its end; a loop, where a regex would backtrack on a long run of marks. */
function trimOuter(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING.has(text[start] as string)) start++;
  while (end > start && TRAILING.has(text[end - 1] as string)) end--;
  return text.slice(start, end);
}
