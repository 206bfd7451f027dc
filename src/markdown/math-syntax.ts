/**
 * The syntax of TeX math in slides, as Pandoc reads it: `$…$` inline and
 * `$$…$$` on display. Prose dollars stay prose: an opening `$` is followed
 * by a non-space, and a closing `$` is preceded by a non-space and not
 * followed by a digit, so "$5 billion, up from $3 billion" is text.
 *
 * Every search ahead is bounded (`MAX_INLINE_MATH`, `MAX_DISPLAY_MATH`), so an opening `$`
 * never makes the lexer read the rest of a long paragraph, and text full of
 * dollars lexes in time proportional to its length.
 */
import type { Tokens } from 'marked';

/** TeX math as a Markdown token; its `text` is its source as written, delimiters included, which is what the check reads. */
export interface MathToken extends Tokens.Generic {
  type: 'math';
  raw: string;
  text: string;
  /** The TeX between the delimiters. */
  tex: string;
  /** `$$…$$`: typeset on a line of its own. */
  display: boolean;
}

/** The most characters of TeX between two delimiters: longer "math" is taken for prose (a formula that long would not fit a slide). */
export const MAX_INLINE_MATH = 500;
export const MAX_DISPLAY_MATH = 2000;
/**
 * The most dollar signs looked at for the one that closes a formula. A real
 * formula's closing `$` is among the first few after its opening; text of
 * dollars that close nothing (`$1$1$1…`) would otherwise have each of them
 * look at every other within reach: 250 for each of 128,000 in 256 KB.
 */
const MAX_CLOSERS_TRIED = 32;

/** `$…$` or `$$…$$` starting at `src[at]`, as a token; undefined when no formula starts there. */
export function mathAt(src: string, at = 0): MathToken | undefined {
  if (src[at] !== '$') return undefined;
  return src[at + 1] === '$' ? displayMath(src, at) : inlineMath(src, at);
}

function inlineMath(src: string, at: number): MathToken | undefined {
  if (isSpace(src[at + 1])) return undefined;
  const limit = Math.min(src.length, at + MAX_INLINE_MATH + 2);
  let tried = 0;
  for (let close = src.indexOf('$', at + 2); close !== -1 && close < limit && tried++ < MAX_CLOSERS_TRIED; close = src.indexOf('$', close + 1)) {
    const before = src[close - 1];
    if (isSpace(before) || before === '\\' || isDigit(src[close + 1])) continue;
    return token(src.slice(at, close + 1), src.slice(at + 1, close), false);
  }
  return undefined;
}

function displayMath(src: string, at: number): MathToken | undefined {
  const limit = Math.min(src.length, at + MAX_DISPLAY_MATH + 4);
  let tried = 0;
  for (let close = src.indexOf('$$', at + 2); close !== -1 && close + 2 <= limit && tried++ < MAX_CLOSERS_TRIED; close = src.indexOf('$$', close + 1)) {
    if (src[close - 1] === '\\') continue;
    const tex = src.slice(at + 2, close);
    if (/\n[ \t]*\n/.test(tex)) return undefined;
    return token(src.slice(at, close + 2), tex.trim(), true);
  }
  return undefined;
}

/** `$$` alone on a line (up to three spaces before it): a display formula's opening or closing line. */
const FENCE_LINE = /^ {0,3}\$\$[ \t]*(?:\n|$)/;
/** `$$ … $$` making up a whole line. */
const ONE_LINE = /^ {0,3}\$\$([^\n]*?[^\\\n])\$\$[ \t]*(?:\n|$)/;

/**
 * A block of display math at the start of `src`: a line that is `$$ … $$`,
 * or a `$$` line, the formula's lines, and a `$$` line, with no blank line
 * between them (TeX allows none in display math). Undefined otherwise.
 */
export function mathBlockAtStart(src: string): MathToken | undefined {
  if (!/^ {0,3}\$\$/.test(src)) return undefined;
  const one = ONE_LINE.exec(src);
  const tex = one?.[1] ?? '';
  if (one && tex.length <= MAX_DISPLAY_MATH && !tex.includes('$$')) return token(one[0], tex.trim(), true);
  const open = FENCE_LINE.exec(src);
  if (!open) return undefined;
  let lineStart = open[0].length;
  while (lineStart < src.length && lineStart - open[0].length <= MAX_DISPLAY_MATH) {
    const newline = src.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? src.length : newline + 1;
    const line = src.slice(lineStart, lineEnd);
    if (line.trim() === '') return undefined;
    if (FENCE_LINE.test(line)) return token(src.slice(0, lineEnd), src.slice(open[0].length, lineStart).trim(), true);
    lineStart = lineEnd;
  }
  return undefined;
}

function token(raw: string, tex: string, display: boolean): MathToken | undefined {
  return tex.trim() === '' ? undefined : { type: 'math', raw, text: raw, tex, display };
}

/**
 * `src` with the TeX inside each formula replaced by `+`, length kept: for
 * marked's emphasis pass, so that `*` and `_` in a formula (`$a*b$`) never
 * pair up with those around it. Formulas are found as the lexer finds them.
 */
export function maskMath(src: string): string {
  let masked = '';
  let done = 0;
  for (let at = src.indexOf('$'); at !== -1; at = src.indexOf('$', at + 1)) {
    const math = src[at - 1] === '\\' ? undefined : mathAt(src, at);
    if (!math) continue;
    const open = math.display ? 2 : 1;
    masked += src.slice(done, at + open) + '+'.repeat(math.raw.length - 2 * open);
    done = at + math.raw.length - open;
    at = done;
  }
  return done === 0 ? src : masked + src.slice(done);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
