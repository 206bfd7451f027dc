import { htmlComments } from './html-comment.ts';

/**
 * Blanks out the parts of inline Markdown that are not prose, so that quote
 * marks in HTML attributes, code spans or link destinations are not taken for
 * quotations, and `[@` inside code is not taken for a citation. Blanking keeps
 * every offset where it was.
 */
const CODE_SPANS = /(`+)[^`]*?\1/g;
const NOT_PROSE: RegExp[] = [
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, // HTML tags
  /<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>/g, // autolinks
  /\]\([^)\s[\]()]*(?:\s+"[^"\n]*")?\)/g, // inline link destinations and titles (no brackets inside: keeps the scan linear)
  /^\s{0,3}\[[^\]]+\]:.*$/gm, // link reference definitions
  /\\./g, // backslash escapes: `\"` and `\[@` are literal characters
];

/** What each pattern above (and a comment, `<!--`) needs: text without any of it is all prose. */
const MAY_HOLD_NON_PROSE = /[`<\\]|\][(:]/;

export function maskNonProse(markdown: string): string {
  // Most blocks are plain sentences and citations: seven passes over them would find nothing.
  return MAY_HOLD_NON_PROSE.test(markdown) ? maskEveryPattern(markdown) : markdown;
}

/** The masking itself, every pattern tried: exported so that a test holds the shortcut above to it. */
export function maskEveryPattern(markdown: string): string {
  let masked = blankComments(markdown.replace(CODE_SPANS, blank));
  for (const pattern of NOT_PROSE) {
    masked = masked.replace(pattern, (match) => {
      if (match.startsWith('](')) return ']' + blank(match.slice(1));
      return blank(match);
    });
  }
  return masked;
}

/** HTML comments (slide attributes among them), each blanked to the first `-->` after it (see htmlComments). */
function blankComments(text: string): string {
  let out = '';
  let at = 0;
  for (const { start, end } of htmlComments(text)) {
    out += text.slice(at, start) + blank(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
