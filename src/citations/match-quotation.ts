import { normalizeForMatching, normalizePassage } from '../text/normalize.ts';

/** `…`, `...` and `. . .`, optionally in square brackets: words omitted from a quotation. */
const ELLIPSIS = /\[?(?:\u2026|\.\s?\.\s?\.)\]?/;
/** Punctuation at the end of a quotation that typography may move inside the closing mark. */
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

/** Where a quotation was found: offsets into the original passage text. */
export interface QuotationMatch {
  pieces: { start: number; end: number }[];
}

/**
 * Looks for `quotation` in `passage` under the kit's matching rules: white
 * space, quotation marks and dashes compare loosely (see normalize.ts); an
 * ellipsis means words omitted, so the pieces around it must occur in order;
 * punctuation just before the closing mark is not required. Otherwise the
 * comparison is exact and case-sensitive.
 */
export function matchQuotation(quotation: string, passage: string): QuotationMatch | undefined {
  const pieces = quotationPieces(quotation);
  if (pieces.length === 0) return undefined;
  const normalized = normalizePassage(passage);
  const found: QuotationMatch['pieces'] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = normalized.text.indexOf(piece, from);
    if (at === -1) return undefined;
    const end = at + piece.length;
    found.push({ start: normalized.origin[at] ?? 0, end: (normalized.origin[end - 1] ?? 0) + 1 });
    from = end;
  }
  return { pieces: found };
}

/** The normalised pieces of a quotation, split at each ellipsis. */
export function quotationPieces(quotation: string): string[] {
  return quotation
    .split(ELLIPSIS)
    .map((piece, index, all) => (index === all.length - 1 ? piece.replace(TRAILING_PUNCTUATION, '') : piece))
    .map((piece) => normalizeForMatching(piece).text.replace(/^[\s,;:]+|[\s,;:]+$/g, ''))
    .filter((piece) => piece !== '');
}
