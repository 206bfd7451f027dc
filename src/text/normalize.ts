/**
 * The equivalences quote matching allows: runs of white space, every kind of
 * quotation mark and apostrophe (a quotation inside a quotation switches
 * between double and single marks), and hyphens with en and em dashes
 * (with or without spaces around them). Everything else must match exactly.
 */

const QUOTE_MARKS = /["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033\u00AB\u00BB\u2039\u203A]/;
const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const SPACE = /\s/;

export interface NormalizedText {
  text: string;
  /** For each character of `text`, the offset of the original character it came from. */
  origin: number[];
}

/** Normalises `input` for matching and remembers where each character came from. */
export function normalizeForMatching(input: string): NormalizedText {
  // An array, not string concatenation: dropping a trailing space from a long concatenated string copies it.
  const chars: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (DASHES.test(ch)) {
      dropTrailingSpace();
      chars.push('-');
      origin.push(i);
      i++;
      while (i < input.length && SPACE.test(input[i] as string)) i++;
      continue;
    }
    if (SPACE.test(ch)) {
      const last = chars[chars.length - 1];
      if (last !== undefined && last !== ' ' && last !== '-') {
        chars.push(' ');
        origin.push(i);
      }
      i++;
      continue;
    }
    chars.push(QUOTE_MARKS.test(ch) ? '"' : ch);
    origin.push(i);
    i++;
  }
  dropTrailingSpace();
  return { text: chars.join(''), origin };

  function dropTrailingSpace() {
    if (chars[chars.length - 1] === ' ') {
      chars.pop();
      origin.pop();
    }
  }
}

export function normalize(input: string): string {
  return normalizeForMatching(input).text;
}

const passages = new Map<string, NormalizedText>();
const PASSAGES_REMEMBERED = 512;

/**
 * `normalizeForMatching` for a source paragraph. Every quotation citing a
 * paragraph is compared with it, so its normalised form is remembered rather
 * than recomputed for each.
 */
export function normalizePassage(passage: string): NormalizedText {
  let normalized = passages.get(passage);
  if (!normalized) {
    if (passages.size >= PASSAGES_REMEMBERED) passages.clear();
    normalized = normalizeForMatching(passage);
    passages.set(passage, normalized);
  }
  return normalized;
}
