import search from 'approx-string-match';
import type { QuoteAnchor } from '../types.ts';

/*
 * Scoring a fuzzy match as the Hypothesis client's match-quote.ts does: how
 * closely the words match, how well the text around them matches the anchor's
 * prefix and suffix, and how near the paragraph is to where it was. The quote
 * counts most; the context tells apart two places the words could fit.
 */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** The most edits a search allows: beyond it, the search's work grows with no better answer (Hypothesis's bound). */
const MAX_ERRORS = 256;

/**
 * The score a fuzzy match needs to be reported as the quotation reworded
 * (its new wording shown) rather than gone (the old paragraph shown). From
 * test/provenance-drift.test.ts: one word of a quotation changed scores 0.89
 * to 0.95, two words about 0.76, a quotation rewritten 0.6 to 0.7; unrelated
 * text is not within the allowed edits at all. Neither is ever applied.
 */
export const REWORDED_SCORE = 0.75;

export interface FuzzyMatch {
  /** Index of the paragraph it is in. */
  paragraph: number;
  start: number;
  end: number;
  score: number;
}

/**
 * The best place for an anchor whose exact words are gone: an approximate
 * search in each paragraph (at most half the quotation's characters changed),
 * scored on quote, prefix, suffix and position. Undefined when nothing comes
 * within the allowed edits. Never applied by itself: it is shown to the user.
 */
export function bestFuzzyMatch(anchor: QuoteAnchor, paragraphs: readonly string[], expected: number): FuzzyMatch | undefined {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(anchor.exact.length / 2));
  let best: FuzzyMatch | undefined;
  paragraphs.forEach((text, paragraph) => {
    for (const match of search(text, anchor.exact, maxErrors)) {
      const quote = 1 - match.errors / anchor.exact.length;
      const prefix = anchor.prefix ? contextScore(anchor.prefix, text.slice(Math.max(0, match.start - anchor.prefix.length), match.start)) : 1;
      const suffix = anchor.suffix ? contextScore(anchor.suffix, text.slice(match.end, match.end + anchor.suffix.length)) : 1;
      const position = 1 - Math.abs(paragraph - expected) / Math.max(1, paragraphs.length);
      const score =
        (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position) /
        (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
      if (!best || score > best.score) best = { paragraph, ...wholeWords(text, match), score };
    }
  });
  return best;
}

/** How closely `context` occurs in `text`, from 0 to 1. */
function contextScore(context: string, text: string): number {
  if (text.length === 0) return 0;
  const errors = search(text, context, context.length).reduce((least, m) => Math.min(least, m.errors), context.length);
  return 1 - errors / context.length;
}

/** A match widened to whole words, so that the new wording shown starts and ends with words. */
function wholeWords(text: string, match: { start: number; end: number }): { start: number; end: number } {
  const word = /[\p{L}\p{N}]/u;
  let { start, end } = match;
  while (start > 0 && word.test(text[start - 1] as string)) start--;
  while (end < text.length && word.test(text[end] as string)) end++;
  return { start, end };
}
