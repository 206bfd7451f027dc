import { quoteForReport, type Repair } from '../repair.ts';

/** A word broken at the end of a line: letters and a hyphen (or a soft hyphen). */
const BROKEN_WORD = /(\p{L}+)(-|\u00AD)$/u;
const CONTINUATION = /^(\p{L}+)/u;

/** Every word of a document, in lower case: what a hyphenated line end is checked against. */
export function wordsOf(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.matchAll(/\p{L}+/gu)) words.add(word.toLowerCase());
  return words;
}

/**
 * Joins two lines of a paragraph. A word hyphenated across them is rejoined
 * when the whole word occurs elsewhere in the document (`inter-` `national`
 * → `international`) or the break was a soft hyphen; otherwise the hyphen is
 * kept (`well-` `known` → `well-known`), as it may be part of the word. Both
 * are listed, for review.
 */
export function joinLines(before: string, after: string, words: ReadonlySet<string>, page: number, repairs: Repair[]): string {
  const broken = BROKEN_WORD.exec(before);
  const continued = CONTINUATION.exec(after);
  if (!broken || !continued) return `${before} ${after}`;
  const [left, right] = [broken[1] as string, continued[1] as string];
  const whole = left + right;
  if (broken[2] === '\u00AD' || words.has(whole.toLowerCase())) {
    repairs.push({ kind: 'hyphenation', page, description: `rejoined ${quoteForReport(`${left}-${right}`)} as ${quoteForReport(whole)}${broken[2] === '\u00AD' ? ' (a soft hyphen)' : ' (it occurs elsewhere in the document)'}` });
    return before.slice(0, -1) + after;
  }
  repairs.push({ kind: 'hyphenation', page, description: `kept the hyphen in ${quoteForReport(`${left}-${right}`)} at a line end: ${quoteForReport(whole)} does not occur elsewhere` });
  return before + after;
}
