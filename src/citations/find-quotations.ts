import { inlineMarkdownToPlainText } from '../markdown/plain-text.ts';
import type { Block, Quotation } from '../types.ts';

/** Each opening quotation mark and the marks that close it. */
const CLOSERS: Record<string, string> = {
  '"': '"',
  '\u201C': '\u201D', // “…”
  '\u201E': '\u201C\u201D', // „…“ and „…”
  '\u00AB': '\u00BB', // «…»
  '\u00BB': '\u00AB', // »…«
  '\u2039': '\u203A', // ‹…›
  '\u2018': '\u2019', // ‘…’, told apart from apostrophes by where they stand
};
/** Any mark that may open a quotation: the keys of CLOSERS. */
const OPENING_MARK = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');
const ANY_OPENING_MARK = new RegExp(OPENING_MARK.source);
const SINGLE_OPEN = '\u2018';
const SINGLE_CLOSE = '\u2019';
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** The `>` markers of blockquote lines: not part of the words a quotation spans. */
const BLOCKQUOTE_MARKERS = /^[ \t]*(?:>[ \t]?)+/gm;

/**
 * Finds the words a block puts in quotation marks: double marks straight or
 * curly, guillemets, `„…“`, and curly single marks that stand around words
 * rather than inside them (`the analyst’s view` holds an apostrophe, not a
 * quotation). `masked` is the block's Markdown with code, HTML and citations
 * blanked out, so marks inside those are not taken for quotations. An unclosed
 * mark is left alone: it may be an inch sign or a quotation that runs on in
 * prose. A quotation never runs past the end of its paragraph.
 */
export function findQuotations(block: Block, masked: string): Quotation[] {
  // Most blocks quote nothing: they need no blanking and no scan.
  if (!mayHoldQuotation(masked)) return [];
  const inQuote = block.kind === 'blockquote' || block.kind === 'list-item';
  const prose = inQuote ? blankBlockquoteMarkers(masked) : masked;
  const markdown = inQuote ? blankBlockquoteMarkers(block.markdown) : block.markdown;
  const nextCloser = closerFinder(prose);
  const quotations: Quotation[] = [];
  let paragraphBreak = -1;
  // Only the opening marks are looked at, not every character: a block is mostly words.
  const opening = new RegExp(OPENING_MARK);
  for (let match = opening.exec(prose); match; match = opening.exec(prose)) {
    const i = match.index;
    const closers = CLOSERS[match[0]] as string;
    if (!opens(prose, i)) continue;
    const end = firstOf([...closers].map((mark) => nextCloser(mark, i + 1)));
    if (paragraphBreak < i) paragraphBreak = nextParagraphBreak(prose, i);
    if (end === -1 || paragraphBreak < end) continue;
    const text = inlineMarkdownToPlainText(markdown.slice(i + 1, end)).trim();
    if (text !== '') {
      quotations.push({ text, span: { file: block.span.file, offset: block.span.offset + i, length: end + 1 - i } });
    }
    opening.lastIndex = end + 1;
  }
  return quotations;
}

/** Whether a text holds a mark that may open a quotation: without one, it quotes nothing. */
export function mayHoldQuotation(text: string): boolean {
  return ANY_OPENING_MARK.test(text);
}

/**
 * Finds the next mark of a kind that closes a quotation. Each kind's last
 * answer is remembered: the scan moves forward, so every mark is looked at
 * once per kind and the search stays linear.
 */
function closerFinder(text: string): (mark: string, from: number) => number {
  const known = new Map<string, { from: number; at: number }>();
  return (mark, from) => {
    const last = known.get(mark);
    if (last && last.from <= from && (last.at === -1 || last.at >= from)) return last.at;
    let at = text.indexOf(mark, from);
    while (at !== -1 && !closes(text, at)) at = text.indexOf(mark, at + 1);
    known.set(mark, { from, at });
    return at;
  };
}

/** A curly single mark opens a quotation only at the start of a word. */
function opens(text: string, at: number): boolean {
  if (text[at] !== SINGLE_OPEN) return true;
  const after = text[at + 1];
  return !isWordCharacter(text, at - 1) && after !== undefined && !/\s/.test(after);
}

/** A curly single mark closes a quotation only at the end of a word: `’s`, `don’t` and `’90s` are apostrophes. */
function closes(text: string, at: number): boolean {
  if (text[at] !== SINGLE_CLOSE) return true;
  const before = text[at - 1];
  return before !== undefined && !/\s/.test(before) && !isWordCharacter(text, at + 1);
}

function isWordCharacter(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && WORD_CHARACTER.test(String.fromCodePoint(code));
}

function firstOf(positions: number[]): number {
  const found = positions.filter((p) => p !== -1);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** Blockquote markers blanked to spaces, so offsets stay where they were and a `>` line alone reads as a blank line. */
function blankBlockquoteMarkers(markdown: string): string {
  return markdown.replace(BLOCKQUOTE_MARKERS, (markers) => ' '.repeat(markers.length));
}

/** Where the paragraph holding `from` ends: a quotation never runs past it. */
function nextParagraphBreak(text: string, from: number): number {
  const paragraphBreak = /\n[ \t]*\n/g;
  paragraphBreak.lastIndex = from;
  const found = paragraphBreak.exec(text);
  return found ? found.index : text.length;
}
