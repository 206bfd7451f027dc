/** The kinds of document `brief import` reads. */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The start of an HTML document, after a byte order mark, white space and comments. */
const HTML_START = /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * What a file is, by its content first and its name second: `%PDF-` in the
 * first kilobyte is a PDF, a zip holding `word/document.xml` a Word file,
 * a page that opens with `<!doctype html>` or `<html>` a web page. A name
 * ending `.html` or `.htm` is read as HTML too. Anything else is text.
 */
export function detectFormat(bytes: Uint8Array, name: string): DocumentFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (ZIP.every((byte, index) => bytes[index] === byte) && Buffer.from(bytes).includes('word/document.xml')) return 'docx';
  if (HTML_START.test(head) || /\.html?$/i.test(name)) return 'html';
  return 'text';
}

/** What a file that is not one of the kinds read looks like, to say so: a zip that is not a Word file, or other binary data. */
export function unreadableKind(bytes: Uint8Array, name: string): string | undefined {
  if (ZIP.every((byte, index) => bytes[index] === byte)) return /\.docx$/i.test(name) ? 'a zip file without `word/document.xml` (not a Word document)' : 'a zip file';
  if (/\.(docx?|odt|rtf|pptx?|xlsx?)$/i.test(name)) return `a \`${name.slice(name.lastIndexOf('.'))}\` file, which \`brief import\` does not read`;
  return undefined;
}
