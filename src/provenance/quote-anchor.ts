import { matchQuotation } from '../citations/match-quotation.ts';
import { normalizeForMatching } from '../text/normalize.ts';
import type { QuoteAnchor, VerifiedQuotation } from '../types.ts';

/** Characters of the paragraph kept either side of a quotation's words: the W3C TextQuoteSelector's usual prefix and suffix. */
const CONTEXT = 32;

/**
 * The anchor of a verified quotation: the source's own words it was found in
 * (the pieces of an elided quotation joined by `…`, which the quote matcher
 * reads as words left out) and the text just before and after them. None for
 * a quotation verified across two paragraphs, which has no one place.
 */
export function anchorOf(found: VerifiedQuotation['found'], text: string): QuoteAnchor | undefined {
  const first = found.pieces[0];
  const last = found.pieces[found.pieces.length - 1];
  if (!first || !last) return undefined;
  return {
    source: found.sourceId,
    paragraph: found.paragraph,
    exact: found.pieces.map((piece) => text.slice(piece.start, piece.end)).join(' … '),
    prefix: text.slice(wholeCharacter(text, Math.max(0, first.start - CONTEXT)), first.start),
    suffix: text.slice(last.end, wholeCharacter(text, Math.min(text.length, last.end + CONTEXT))),
  };
}

/** Where an anchor's words occur in a paragraph, word for word (under the quote matcher's rules), or undefined. */
export function findExact(anchor: QuoteAnchor, text: string): { start: number; end: number } | undefined {
  const match = matchQuotation(anchor.exact, text);
  const first = match?.pieces[0];
  const last = match?.pieces[match.pieces.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/**
 * Whether the words around a new occurrence of an anchor agree with those it
 * had: its prefix ends the text before, or its suffix starts the text after
 * (an empty one agreeing only with the paragraph's edge). One agreeing side is
 * enough: a split or merge next to a quotation changes the other.
 */
export function contextAgrees(anchor: QuoteAnchor, text: string, at: { start: number; end: number }): boolean {
  const before = normalized(text.slice(0, at.start));
  const after = normalized(text.slice(at.end));
  const prefix = normalized(anchor.prefix);
  const suffix = normalized(anchor.suffix);
  return (prefix === '' ? before === '' : before.endsWith(prefix)) || (suffix === '' ? after === '' : after.startsWith(suffix));
}

function normalized(text: string): string {
  return normalizeForMatching(text).text.trim();
}

/** `at`, moved forward off the second half of a surrogate pair, so a slice never splits a character. */
function wholeCharacter(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff && at > 0 ? at + 1 : at;
}
