/**
 * The limits that keep marked's work proportional to the size of its input.
 * They are properties of the text, so a file gets the same verdict on any
 * machine, however loaded; no clock decides anything.
 *
 * Measured with marked 18 (test/bounded-work.test.ts keeps the measurements
 * honest as work counts, not times):
 * - Emphasis: for every `*`, `_` or `~` that may open emphasis, marked scans
 *   the delimiters after it in the same run of inline text, so a run's cost
 *   grows with the square of its delimiters (`a_a_a_…` at 64 KB: 5 s). A run
 *   of 500 costs a few milliseconds; a 256 KB file made of such runs, half a
 *   second.
 * - Exclamation marks: marked ends a run of plain text at every `!` (it may
 *   open an image) and, from each, reads on through the characters an email
 *   address may hold, looking for an `@`; a word of `!` costs the square of
 *   its length (`!!!…` at 32 KB: 1 s).
 * - `http` inside words: the same text rule also ends before every `http`
 *   (a web address may start there) and reads the rest of the word from it
 *   (`httphttp…` at 32 KB: 0.7 s).
 * - Nesting: every level of a nested list or blockquote lexes the text
 *   inside it again, and a line of thousands of `>` or `1.` overflows
 *   marked's recursion. At 32 levels a 256 KB file lexes in a third of a
 *   second.
 */
export const MAX_INLINE_MARKS = 500;
export const MAX_NESTING = 32;

/** Where a line nests deeper than `MAX_NESTING`, as offsets into `markdown`. */
export interface TooDeep {
  offset: number;
  length: number;
}

/**
 * The first line of `markdown` whose containers (blockquote `>`, list
 * markers, and the indentation that nests list items) are deeper than
 * `MAX_NESTING`. The indentation before a list marker counts a level for
 * every two columns, the least a nested item is indented, so this errs on
 * the side of the limit. Lines of fenced code and thematic breaks
 * (`- - -`) nest nothing.
 */
export function firstTooDeepLine(markdown: string): TooDeep | undefined {
  let fence: string | undefined;
  let lineStart = 0;
  while (lineStart < markdown.length) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? markdown.length : newline;
    const prefix = containerPrefix(markdown, lineStart, lineEnd);
    const fenceMarker = FENCE.exec(markdown.slice(prefix.end, Math.min(lineEnd, prefix.end + 64)))?.[1];
    if (fenceMarker && (fence === undefined || (fenceMarker[0] === fence[0] && fenceMarker.length >= fence.length))) {
      fence = fence === undefined ? fenceMarker : undefined;
    } else if (fence === undefined && prefix.depth > MAX_NESTING && !THEMATIC_BREAK.test(markdown.slice(lineStart, lineEnd))) {
      return { offset: lineStart, length: prefix.end - lineStart };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

const FENCE = /^(`{3,}|~{3,})/;
/** Linear on any line: after a failed end, each backtracking step fails at once. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The nesting a line's leading containers add up to, and where they end. */
function containerPrefix(text: string, start: number, end: number): { depth: number; end: number } {
  let depth = 0;
  let indentColumns = 0;
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t') {
      indentColumns += ch === ' ' ? 1 : 4;
      i++;
    } else if (ch === '>') {
      depth++;
      indentColumns = 0;
      i++;
      if (text[i] === ' ') i++;
    } else {
      const marker = listMarkerLength(text, i, end);
      if (marker === 0) break;
      depth += 1 + Math.floor(indentColumns / 2);
      indentColumns = 0;
      i += marker;
    }
  }
  return { depth, end: i };
}

/** Length of a list marker (`-`, `*`, `+`, `1.`, `1)`) and the one space after it at `i`, or 0. */
function listMarkerLength(text: string, i: number, end: number): number {
  let j = i;
  const ch = text[j];
  if (ch === '-' || ch === '*' || ch === '+') j++;
  else {
    while (j < end && j - i < 9 && isDigit(text[j])) j++;
    if (j === i || (text[j] !== '.' && text[j] !== ')')) return 0;
    j++;
  }
  if (j < end && text[j] !== ' ' && text[j] !== '\t') return 0;
  return j < end && text[j] === ' ' ? j + 1 - i : j - i;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A character marked's GFM text rule reads on through, looking for the `@` of an email address. */
const EMAIL_LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?_`{|}~-]$/;

/** A run of inline text over the limit: which marks, and how many it holds. */
export interface TooManyMarks {
  marks: 'emphasis' | 'exclamation' | 'http';
  count: number;
}

/**
 * Whether a run of inline text holds more than `MAX_INLINE_MARKS` unescaped
 * emphasis marks (`*`, `_`, `~`: the delimiters marked's emphasis scan pairs
 * up), or of the places inside a word where its text scan starts again and
 * reads the rest of the word: an exclamation mark, an `http` (`Wow! `, `![`
 * and `https://` cost nothing).
 */
export function tooManyMarks(inline: string): TooManyMarks | undefined {
  let emphasis = 0;
  let exclamation = 0;
  let http = 0;
  for (let i = 0; i < inline.length; i++) {
    const ch = inline[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '_' || ch === '~') emphasis++;
    else if (ch === '!' && EMAIL_LOCAL_PART.test(inline[i + 1] ?? '')) exclamation++;
    else if ((ch === 'h' || ch === 'H') && httpInsideWord(inline, i)) http++;
  }
  if (emphasis > MAX_INLINE_MARKS) return { marks: 'emphasis', count: emphasis };
  if (exclamation > MAX_INLINE_MARKS) return { marks: 'exclamation', count: exclamation };
  if (http > MAX_INLINE_MARKS) return { marks: 'http', count: http };
  return undefined;
}

/** Whether `http` or `https` starts at `i` and the word goes on after it (it does not in `http://`). */
function httpInsideWord(text: string, i: number): boolean {
  if (text.slice(i, i + 4).toLowerCase() !== 'http') return false;
  const after = text[i + 4] === 's' || text[i + 4] === 'S' ? i + 5 : i + 4;
  return EMAIL_LOCAL_PART.test(text[after] ?? '');
}
