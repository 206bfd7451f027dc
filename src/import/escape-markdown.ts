/** Characters that Markdown reads as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>~]/g;
/** What starts a block at the beginning of a line: headings, quotes, lists, rules, fences. */
const LINE_START = /^(\s*)([#>+=-]|\d+(?=[.)](?:\s|$)))/;

/**
 * Plain text as Markdown that reads back as the same words: syntax
 * characters are backslash-escaped, so text from a PDF, web page or Word file
 * can never turn into a link, an HTML element or a heading in the source.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .split('\n')
    .map((line) => line.replace(LINE_START, (_, space: string, mark: string) => `${space}${/\d/.test(mark) ? `${mark}\\` : `\\${mark}`}`))
    .join('\n');
}

/** The same for text after a block's own syntax (a heading's `## `), where only inline syntax needs escaping. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SYNTAX, (c) => `\\${c}`).replace(/&(?=[#\w]+;)/g, '&amp;');
}
