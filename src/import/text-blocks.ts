/** A run of non-blank lines in the imported text, with the 1-based line number of each. */
export interface TextBlock {
  lines: { text: string; line: number }[];
}

export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { lines: [] };
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

/**
 * A line that reads as a title or section heading: one short line, not a
 * sentence (no closing full stop, though a question or a trailing ellipsis is
 * allowed), starting with a capital or a digit.
 */
export function looksLikeHeading(block: TextBlock): boolean {
  if (block.lines.length !== 1) return false;
  const text = (block.lines[0]?.text ?? '').trim();
  if (text.length > MAX_HEADING_LENGTH || text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"'\u201C]/u.test(text)) return false;
  return ENDS_AS_HEADING.test(text) || endsMidSentence(text);
}

/** Lines that are Markdown block syntax: headings, lists, quotes, tables, fences. */
const MARKDOWN_SYNTAX = /^\s*(?:[#>|`~*+-]|\d+[.)]\s)/;

export function isMarkdownSyntax(line: string): boolean {
  return MARKDOWN_SYNTAX.test(line);
}
