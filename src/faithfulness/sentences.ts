/** A sentence of a text, with where it is. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]\.){1,3}$|(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|Mr|Mrs|Ms|Dr|Prof|St|No|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/**
 * Cuts text into sentences: a `.`, `!` or `?` (and any closing quotation
 * marks or brackets after it) followed by white space ends one, unless the
 * full stop ends an abbreviation such as `U.S.` or `e.g.`; a line break
 * between blocks (a blank line) ends one too. Linear in the text.
 */
export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) found.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]»]/.test(text[end] as string)) end++;
    if (end < text.length && !/\s/.test(text[end] as string)) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(start, i - 12), i + 1))) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return found;
}

/** The sentence of `list` that holds offset `at`. */
export function sentenceAt(list: readonly Sentence[], at: number): Sentence | undefined {
  return list.find((sentence) => at >= sentence.start && at < sentence.end) ?? list.find((sentence) => at < sentence.end);
}
