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
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (DASHES.test(ch)) {
      dropTrailingSpace();
      text += '-';
      origin.push(i);
      i++;
      while (i < input.length && SPACE.test(input[i] as string)) i++;
      continue;
    }
    if (SPACE.test(ch)) {
      if (text.length > 0 && !text.endsWith(' ') && !text.endsWith('-')) {
        text += ' ';
        origin.push(i);
      }
      i++;
      continue;
    }
    text += QUOTE_MARKS.test(ch) ? '"' : ch;
    origin.push(i);
    i++;
  }
  dropTrailingSpace();
  return { text, origin };

  function dropTrailingSpace() {
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      origin.pop();
    }
  }
}

export function normalize(input: string): string {
  return normalizeForMatching(input).text;
}
