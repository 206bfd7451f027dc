import { citationPattern } from '../markdown/citation-syntax.ts';
import { HARD_BREAK, INLINE_SYNTAX, inlineMarkdownToPlainText } from '../markdown/plain-text.ts';

/** Citations, for `replace` only (which always starts at the text's start), so one pattern serves every claim. */
const CITATIONS = citationPattern();

/** Markdown that marks a line as a heading or as part of a list or a blockquote, not words of it: for `replace` only. */
export const LINE_MARKERS = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+)?/gm;
/** The same, for text of one line: anchored at its start, it is not tried at every character. */
const FIRST_LINE_MARKER = new RegExp(LINE_MARKERS.source);

/**
 * What a claim says: its words as a reader sees them, one space between,
 * none before punctuation, citations left out. A claim's id is a digest of
 * this text, so it must not change for a claim whose words did not.
 */
export function claimText(markdown: string): string {
  const withoutCitations = markdown.replace(CITATIONS, ' ');
  const words = hasLineBreak(withoutCitations) ? withoutCitations.replace(LINE_MARKERS, '') : withoutCitations.replace(FIRST_LINE_MARKER, '');
  // Most claims are plain words, singly spaced once trimmed: one test instead of lexing and three passes that would change nothing.
  const trimmed = words.trim();
  if (!NOT_PLAIN.test(trimmed) && !words.includes(HARD_BREAK)) return trimmed;
  return respaced(inlineMarkdownToPlainText(words));
}

/** What makes text need more than trimming: inline syntax, white space other than single spaces, or a space before punctuation. */
const NOT_PLAIN = new RegExp(`${INLINE_SYNTAX.source}|\\s{2,}|[^\\S ]| [.,;:!?]`);

/** White space other than one plain space: replacing only this leaves the words' single spaces as they are, without a copy each. */
const SPACING = /\s{2,}|[^\S ]/g;
const SPACE_BEFORE_PUNCTUATION = / ([.,;:!?])/g;

/** Plain text respaced: each run of white space one space, none before punctuation, none at either end. */
function respaced(text: string): string {
  return text.replace(SPACING, ' ').replace(SPACE_BEFORE_PUNCTUATION, '$1').trim();
}

/** Whether `^` in LINE_MARKERS may match anywhere but at the text's start: `includes`, unlike a pattern, scans at memory speed. */
function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}
