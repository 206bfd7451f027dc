/**
 * Blanks out the parts of inline Markdown that are not prose, so that quote
 * marks in HTML attributes, code spans or link destinations are not taken for
 * quotations, and `[@` inside code is not taken for a citation. Blanking keeps
 * every offset where it was.
 */
const NOT_PROSE: RegExp[] = [
  /(`+)[^`]*?\1/g, // code spans
  /<!--[\s\S]*?-->/g, // HTML comments (slide attributes among them)
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, // HTML tags
  /<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>/g, // autolinks
  /\]\([^)\s[\]()]*(?:\s+"[^"\n]*")?\)/g, // inline link destinations and titles (no brackets inside: keeps the scan linear)
  /^\s{0,3}\[[^\]]+\]:.*$/gm, // link reference definitions
  /\\./g, // backslash escapes: `\"` and `\[@` are literal characters
];

export function maskNonProse(markdown: string): string {
  let masked = markdown;
  for (const pattern of NOT_PROSE) {
    masked = masked.replace(pattern, (match) => {
      if (match.startsWith('](')) return ']' + blank(match.slice(1));
      return blank(match);
    });
  }
  return masked;
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
