/**
 * Citation text as a regular expression: `[@` up to the next `]` on the same
 * line. It never crosses a `[`, since a citation holds no brackets, and
 * stopping there keeps the scan linear on text such as `[@[@[@…`.
 */
const CITATION_SOURCE = String.raw`\[@[^[\]\n]*\]`;

/** Every citation in a text, for `replace` and `matchAll`. */
export const citationPattern = (): RegExp => new RegExp(CITATION_SOURCE, 'g');

/** A citation at the very start of a text, for tokenizers. */
export const CITATION_AT_START = new RegExp(`^${CITATION_SOURCE}`);

/** Like `citationPattern`, also taking a citation left unclosed at the end of its line or at a `[`. */
export const citationOrUnclosedPattern = (): RegExp => new RegExp(`${CITATION_SOURCE}?`, 'g');
