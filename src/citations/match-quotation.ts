import { normalizeForMatching, type NormalizedPassages } from '../text/normalize.ts';

/**
 * What may stand in a quotation for words of the source: an ellipsis (`…`,
 * `...`, `. . .`, optionally in square brackets) for any number of words, and
 * any other bracketed text for an editor's insertion or replacement.
 */
const EDITORIAL = /\[?\s?(?:\u2026|\.(?:\s?\.){2,})\s?\]?|\[[^[\]\n]*\]/g;
const ELLIPSIS = /^\[?\s?(?:\u2026|\.(?:\s?\.){2,})\s?\]?$/;
/** `[sic]` marks the source's own mistake: it stands for nothing. */
const SIC = /^\[\s*sic!?\s*\]$/i;
/** How many words of the source a bracketed insertion or replacement may stand for. */
const BRACKET_WORDS = 6;
/** Punctuation at the end of a quotation, which typography may move inside the closing mark, or next to an ellipsis, which it belongs to. */
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;
const LEADING_PUNCTUATION = /^[\s.,;:]+/;
/** Punctuation and white space at either end of a piece, which the words around it in the source need not share. */
const LOOSE_ENDS = /^[\s,;:]+|[\s,;:]+$/g;
/** Letters, digits and combining marks: a quotation may not begin or end next to one in the source. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces between words: their characters do not join into one long word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Places a piece after a bracket may fit that are followed further, the earliest first. */
const MAX_ALTERNATIVES = 16;
/**
 * How many characters matching the pieces around brackets may look at, per
 * character of quotation and passage. Real quotations use a small part of it;
 * one with thousands of brackets against a passage of one repeated word would
 * otherwise take time quadratic in their lengths, and is reported as not found.
 */
const WORK_PER_CHARACTER = 16;

/** Where a quotation was found: offsets into the original passage text. */
export interface QuotationMatch {
  pieces: { start: number; end: number }[];
}

/** A stretch of the quotation that must occur word for word. */
interface Piece {
  /** Normalised for matching. */
  text: string;
  /** How many words of the source may stand between this piece and the one before it. */
  wordsBefore: number;
  /** Whether an editorial bracket is glued to its start (`[T]he`) or end, so the piece may begin or end inside a word. */
  openStart: boolean;
  openEnd: boolean;
}

/** What is left of the work a match may do (see WORK_PER_CHARACTER). */
interface Budget {
  left: number;
}

interface Found {
  piece: Piece;
  start: number;
  end: number;
  /** Index of the piece before it in the previous step's list. */
  previous: number;
}

/**
 * Looks for `quotation` in `passage` under the kit's matching rules: white
 * space, quotation marks, dashes and Unicode normal forms compare loosely (see
 * normalize.ts); every piece begins and ends at a word boundary of the source;
 * an ellipsis means words omitted, so the pieces around it must occur in order;
 * a bracketed insertion or replacement stands for up to six words of the
 * source, or none, and `[sic]` for nothing; punctuation just before the closing
 * mark is not required. Otherwise the comparison is exact and case-sensitive.
 * `passages`, when given, remembers each passage's normalised form.
 */
export function matchQuotation(quotation: string, passage: string, passages?: NormalizedPassages): QuotationMatch | undefined {
  const pieces = quotationPieces(quotation);
  if (pieces.length === 0) return undefined;
  const normalized = passages ? passages.of(passage) : normalizeForMatching(passage);
  const budget = { left: WORK_PER_CHARACTER * (quotation.length + passage.length) };
  const found: Found[] = [];
  let from = 0;
  for (const run of runsBetweenEllipses(pieces)) {
    const located = earliestRun(run, normalized.text, from, budget);
    if (!located) return undefined;
    found.push(...located);
    from = (located[located.length - 1] as Found).end;
  }
  return {
    pieces: found.map((place) => {
      const { start, end } = wholeWords(normalized.text, place);
      return { start: normalized.origin[start] as number, end: normalized.originEnd[end - 1] as number };
    }),
  };
}

/** A piece that a glued bracket lets begin or end inside a word (`[T]he`), widened to that whole word to mark it in the source. */
function wholeWords(text: string, found: Found): { start: number; end: number } {
  let { start, end } = found;
  while (found.piece.openStart && joinsWord(text, start - 1, start)) start -= characterEndingAt(text, start - 1).length;
  while (found.piece.openEnd && joinsWord(text, end - 1, end)) end += String.fromCodePoint(text.codePointAt(end) as number).length;
  return { start, end };
}

/** The pieces of a quotation between its ellipses and editorial brackets, normalised for matching. */
function quotationPieces(quotation: string): Piece[] {
  const pieces: Piece[] = [];
  let wordsBefore = Infinity;
  let afterBracket = false;
  let afterEllipsis = false;
  let raw = '';
  let at = 0;
  const finish = (written: string, beforeBracket: boolean) => {
    const piece = afterEllipsis ? written.replace(LEADING_PUNCTUATION, '') : written;
    const text = normalizeForMatching(piece).text.replace(LOOSE_ENDS, '');
    if (text === '') return;
    const openStart = afterBracket && /^\S/.test(piece);
    pieces.push({ text, wordsBefore, openStart, openEnd: beforeBracket && /\S$/.test(piece) });
    wordsBefore = 0;
  };
  for (const mark of quotation.matchAll(EDITORIAL)) {
    raw += quotation.slice(at, mark.index);
    at = mark.index + mark[0].length;
    if (SIC.test(mark[0])) continue;
    const ellipsis = ELLIPSIS.test(mark[0]);
    finish(ellipsis ? raw.replace(TRAILING_PUNCTUATION, '') : raw, !ellipsis);
    raw = '';
    wordsBefore += ellipsis ? Infinity : BRACKET_WORDS;
    afterBracket = !ellipsis;
    afterEllipsis = ellipsis;
  }
  finish((raw + quotation.slice(at)).replace(TRAILING_PUNCTUATION, ''), false);
  return pieces;
}

/** The pieces cut into runs at each ellipsis: a run's pieces lie within a few words of each other. */
function runsBetweenEllipses(pieces: readonly Piece[]): Piece[][] {
  const runs: Piece[][] = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    if (last && piece.wordsBefore !== Infinity) last.push(piece);
    else runs.push([piece]);
  }
  return runs;
}

/**
 * Where `run` occurs in `text` from `from` on, ending as early as it can, so
 * that the runs after it have the most room. A run starting after the best
 * end so far cannot end before it, which bounds the search.
 */
function earliestRun(run: readonly Piece[], text: string, from: number, budget: Budget): Found[] | undefined {
  const first = run[0] as Piece;
  let best: Found[] | undefined;
  const endOf = (found: Found[]) => (found[found.length - 1] as Found).end;
  let start = text.indexOf(first.text, from);
  while (start !== -1 && (!best || start < endOf(best)) && budget.left > 0) {
    if (atWordBoundaries(text, start, first)) {
      const located = followRun(run, text, start, budget);
      if (located && (!best || endOf(located) < endOf(best))) best = located;
    }
    start = text.indexOf(first.text, start + 1);
  }
  return best;
}

/**
 * The pieces of `run` from its first at `start`, each within its bracket's
 * words of the one before. A piece may fit at several places and the earliest
 * is not always the one the next piece needs, so each piece keeps the places
 * it fits (up to MAX_ALTERNATIVES, earliest first). Their windows overlap, so
 * the text is scanned once per piece: the places stay in order of position.
 */
function followRun(run: readonly Piece[], text: string, start: number, budget: Budget): Found[] | undefined {
  const steps: Found[][] = [[{ piece: run[0] as Piece, start, end: start + (run[0] as Piece).text.length, previous: -1 }]];
  for (let p = 1; p < run.length; p++) {
    const piece = run[p] as Piece;
    const next: Found[] = [];
    let scanned = 0;
    (steps[p - 1] as Found[]).forEach((before, previous) => {
      const from = Math.max(before.end, scanned);
      const limit = gapLimit(text, before.end, piece.wordsBefore);
      const window = text.slice(from, limit + piece.text.length);
      budget.left -= limit - before.end + window.length;
      for (let at = window.indexOf(piece.text); at !== -1 && next.length < MAX_ALTERNATIVES; at = window.indexOf(piece.text, at + 1)) {
        if (atWordBoundaries(text, from + at, piece)) next.push({ piece, start: from + at, end: from + at + piece.text.length, previous });
      }
      scanned = Math.max(scanned, limit + 1);
    });
    if (next.length === 0 || budget.left <= 0) return undefined;
    steps.push(next);
  }
  let found = (steps[steps.length - 1] as Found[])[0] as Found;
  const path: Found[] = [found];
  for (let p = steps.length - 2; p >= 0; p--) {
    found = (steps[p] as Found[])[found.previous] as Found;
    path.push(found);
  }
  return path.reverse();
}

/** The furthest a piece may start after `from` with at most `words` words of `text` between. */
function gapLimit(text: string, from: number, words: number): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === ' ') {
      inWord = false;
    } else if (!inWord && isWordCharacter(text, i)) {
      if (count === words) return i;
      count++;
      inWord = true;
    }
  }
  return text.length;
}

/** Whether the piece at `start` begins and ends at word boundaries of `text`, or may not need to. */
function atWordBoundaries(text: string, start: number, piece: Piece): boolean {
  const end = start + piece.text.length;
  const startsInWord = !piece.openStart && joinsWord(text, start - 1, start);
  const endsInWord = !piece.openEnd && joinsWord(text, end - 1, end);
  return !startsInWord && !endsInWord;
}

/** Whether the characters ending at `before` and starting at `after` belong to one word. */
function joinsWord(text: string, before: number, after: number): boolean {
  if (before < 0 || after >= text.length) return false;
  const left = characterEndingAt(text, before);
  const right = String.fromCodePoint(text.codePointAt(after) as number);
  if (!WORD_CHARACTER.test(left) || !WORD_CHARACTER.test(right)) return false;
  return !UNSPACED_SCRIPT.test(left) && !UNSPACED_SCRIPT.test(right);
}

function isWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // ASCII without a regex: gaps are counted a character at a time.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/** The whole character whose last code unit is at `at`, a surrogate pair included. */
function characterEndingAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  const pair = code >= 0xdc00 && code <= 0xdfff && at > 0;
  return pair ? text.slice(at - 1, at + 1) : (text[at] as string);
}
