/**
 * The equivalences quote matching allows: Unicode canonical equivalence (both
 * sides are compared in NFC, so `e` + a combining accent matches `é`), runs of
 * white space, every kind of quotation mark and apostrophe (a quotation inside
 * a quotation switches between double and single marks), and hyphens with en
 * and em dashes (with or without spaces around them; `--` is one dash).
 * Everything else must match exactly.
 */

const QUOTE_MARKS = /["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033\u00AB\u00BB\u2039\u203A]/;
const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const SPACE = /\s/;
/** Characters NFC may fold into the character before them: combining marks and the vowel and final Hangul jamo. */
const COMBINES_BACKWARDS = /[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;
/** Below U+0300 every character is its own NFC form and nothing before it composes with it. */
const FIRST_COMPOSING = 0x300;

export interface NormalizedText {
  text: string;
  /** For each character of `text`, the offset of the first original character it came from. */
  origin: number[];
  /** For each character of `text`, the offset just after the last original character it came from. */
  originEnd: number[];
}

/** Normalises `input` for matching and remembers where each character came from. */
export function normalizeForMatching(input: string): NormalizedText {
  // Arrays, not string concatenation: dropping a trailing space from a long concatenated string copies it.
  const chars: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  let afterDash = false;
  const take = (ch: string, from: number, to: number) => {
    // Letters and digits are most of any text: only the rest need the tests below.
    if (isAsciiAlphanumeric(ch.charCodeAt(0))) {
      afterDash = false;
      push(ch, from, to);
      return;
    }
    if (DASHES.test(ch)) {
      if (chars[chars.length - 1] === ' ') drop();
      // `--` and `---` type one dash; spaces after a dash are dropped below.
      if (afterDash) originEnd[originEnd.length - 1] = to;
      else push('-', from, to);
      afterDash = true;
      return;
    }
    afterDash = false;
    if (SPACE.test(ch)) {
      const last = chars[chars.length - 1];
      if (last !== undefined && last !== ' ' && last !== '-') push(' ', from, to);
      return;
    }
    push(QUOTE_MARKS.test(ch) ? '"' : ch, from, to);
  };
  let i = 0;
  for (const { from, to, text } of compositions(input)) {
    for (; i < from; i++) take(input[i] as string, i, i + 1);
    for (let k = 0; k < text.length; k++) take(text[k] as string, from, to);
    i = to;
  }
  for (; i < input.length; i++) take(input[i] as string, i, i + 1);
  if (chars[chars.length - 1] === ' ') drop();
  return { text: chars.join(''), origin, originEnd };

  function push(ch: string, from: number, to: number) {
    chars.push(ch);
    origin.push(from);
    originEnd.push(to);
  }

  function drop() {
    chars.pop();
    origin.pop();
    originEnd.pop();
  }
}

/** A-Z, a-z, 0-9, by character code. */
export function isAsciiAlphanumeric(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

export function normalize(input: string): string {
  return normalizeForMatching(input).text;
}

/** A stretch of the original text, `[from, to)`, that NFC writes as `text`. */
interface Composition {
  from: number;
  to: number;
  text: string;
}

/**
 * Where `input` differs from its NFC form, in order; none in the usual case
 * of text already in NFC. NFC only changes a character together with the
 * marks after it, and nothing composes with a character below U+0300, so
 * only the stretches from such a character to the next are composed, and one
 * that changes is cut into clusters (a character and the marks after it) so
 * that marks in a source still fall on whole words.
 */
function compositions(input: string): Composition[] {
  if (input.normalize('NFC') === input) return [];
  const found: Composition[] = [];
  let i = 0;
  while (i < input.length) {
    if (input.charCodeAt(i) < FIRST_COMPOSING) {
      i++;
      continue;
    }
    const start = i > 0 && input.charCodeAt(i - 1) < FIRST_COMPOSING ? i - 1 : i;
    while (i < input.length && input.charCodeAt(i) >= FIRST_COMPOSING) i++;
    const segment = input.slice(start, i);
    const composed = segment.normalize('NFC');
    if (composed !== segment) found.push(...composeClusters(segment, composed, start));
  }
  return found;
}

/** The clusters of a segment that NFC changes; the whole segment as one if its clusters do not compose apart. */
function composeClusters(segment: string, composed: string, offset: number): Composition[] {
  const width = (i: number) => ((segment.codePointAt(i) as number) > 0xffff ? 2 : 1);
  const clusters: Composition[] = [];
  let i = 0;
  while (i < segment.length) {
    const from = i;
    i += width(i);
    while (i < segment.length && COMBINES_BACKWARDS.test(segment.slice(i, i + width(i)))) i += width(i);
    const cluster = segment.slice(from, i);
    clusters.push({ from: offset + from, to: offset + i, text: cluster.normalize('NFC') });
  }
  if (clusters.map((c) => c.text).join('') !== composed) return [{ from: offset, to: offset + segment.length, text: composed }];
  return clusters.filter((c) => c.text !== segment.slice(c.from - offset, c.to - offset));
}

/**
 * Source paragraphs normalised for matching, each once: every quotation
 * citing a paragraph is compared with it. Created for one check.
 */
export class NormalizedPassages {
  private readonly known = new Map<string, NormalizedText>();

  of(passage: string): NormalizedText {
    let normalized = this.known.get(passage);
    if (!normalized) {
      normalized = normalizeForMatching(passage);
      this.known.set(passage, normalized);
    }
    return normalized;
  }
}
