import { diffWords } from 'diff';
import { clip } from '../text/clip.ts';

/** Words of unchanged text kept on each side of a change in a word diff; the rest becomes `…`. */
const CONTEXT_WORDS = 4;
/** Beyond this many word edits, two texts are shown whole rather than diffed: the diff's work grows with the edits. */
const MAX_EDITS = 400;
/** Longest word diff shown in a hint. */
const MAX_SHOWN = 400;

/**
 * What changed between two wordings, as `git diff --word-diff` shows it:
 * `born [-free-]{+equal+} and`, unchanged stretches cut to a few words.
 */
export function wordDiff(before: string, after: string): string {
  const changes = diffWords(flat(before), flat(after), { maxEditLength: MAX_EDITS });
  if (!changes) return clip(`[-${flat(before)}-]{+${flat(after)}+}`, MAX_SHOWN);
  const out = changes.map((change, i) => {
    if (change.removed) return `[-${change.value.trim()}-]`;
    if (change.added) return `{+${change.value.trim()}+}`;
    return shorten(change.value, i === 0, i === changes.length - 1);
  });
  return clip(out.join(' ').replace(/\s+/g, ' ').trim(), MAX_SHOWN);
}

function shorten(common: string, first: boolean, last: boolean): string {
  const words = common.trim().split(/\s+/).filter(Boolean);
  const keepBefore = first ? 0 : CONTEXT_WORDS;
  const keepAfter = last ? 0 : CONTEXT_WORDS;
  if (words.length <= keepBefore + keepAfter + 1) return words.join(' ');
  return [...words.slice(0, keepBefore), '…', ...words.slice(words.length - keepAfter)].join(' ');
}

/**
 * How much of their wording two texts share, from 0 to 1: twice the words in
 * common (counted with repeats, case ignored) over the words of both. A small
 * edit scores near 1; half of a split paragraph, or one merged into another
 * of the same length, 2/3; unrelated prose, well under 1/2.
 */
export function similarity(a: string, b: string): number {
  const wordsA = words(a);
  const wordsB = words(b);
  if (wordsA.length + wordsB.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of wordsA) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of wordsB) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common++;
      counts.set(word, left - 1);
    }
  }
  return (2 * common) / (wordsA.length + wordsB.length);
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
