/** A run of non-blank lines in the imported text, with the 1-based line number of each. */
export interface TextBlock {
  lines: { text: string; line: number }[];
  /** Evidence of a page break just before it: a form feed, or page furniture that was removed there. */
  pageBreakBefore?: boolean;
}

/** Splits text into blocks at blank lines; a form feed (which pdftotext writes between pages) is a page break. */
export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  let pageBreak = false;
  text.split('\n').forEach((raw, index) => {
    if (raw.includes('\f')) {
      pageBreak = true;
      current = undefined;
    }
    const line = raw.replace(/\f/g, '').replace(/\s+$/, '');
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { lines: [], ...(pageBreak ? { pageBreakBefore: true } : {}) };
      pageBreak = false;
      blocks.push(current);
    }
    current.lines.push({ text: line, line: index + 1 });
  });
  return blocks;
}

export function blockText(block: TextBlock): string {
  return block.lines.map((l) => l.text).join('\n');
}

export function firstLine(block: TextBlock): number {
  return block.lines[0]?.line ?? 0;
}

export function lastLine(block: TextBlock): number {
  return block.lines[block.lines.length - 1]?.line ?? 0;
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?:;\u2026]["'\u201D\u2019)\]]*$/;
const ENDS_AS_HEADING = /(?:\?|\.\s?\.\s?\.|\u2026)$/;
const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 15;

export function endsMidSentence(text: string): boolean {
  return !ENDS_SENTENCE.test(text.trimEnd());
}

/** Ends in a word with no punctuation after it, as a sentence cut off by a page break does (a clause ends in a comma). */
export function endsInBareWord(text: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text.trimEnd());
}

/** Starts in lower case, as no sentence or heading does: the rest of a sentence. */
export function startsLowerCase(text: string): boolean {
  return /^\s*\p{Ll}/u.test(text);
}

/**
 * A block that reads as a title or section heading: one short line, not a
 * sentence (no closing full stop, though a question or a trailing ellipsis is
 * allowed) nor a clause (no closing comma or semicolon), starting with a
 * capital or a digit.
 */
export function looksLikeHeading(block: TextBlock): boolean {
  return block.lines.length === 1 && isHeadingLine(block.lines[0]?.text ?? '');
}

export function isHeadingLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_HEADING_LENGTH || text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"'\u201C]/u.test(text) || /[,;]$/.test(text)) return false;
  return ENDS_AS_HEADING.test(text) || endsMidSentence(text);
}

/** Lines that are Markdown block syntax: headings, lists, quotes, tables, fences. */
const MARKDOWN_SYNTAX = /^\s*(?:[#>|`~*+-]|\d+[.)]\s)/;

export function isMarkdownSyntax(line: string): boolean {
  return MARKDOWN_SYNTAX.test(line);
}
