import type { TextFile } from '../types.ts';

/**
 * `text` with each `\r\n`, and each `\r` alone, as `\n`: the line endings
 * every stage after reading assumes (see `TextFile`). Offsets into the result
 * are what diagnostics hold, so a stage that meets a file's text first makes
 * it so, and so does the printer that turns those offsets into lines.
 */
export function withNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** `file` with its text's line endings made `\n` (see `withNewlines`). */
export function withNewlinesIn(file: TextFile): TextFile {
  return { path: file.path, text: withNewlines(file.text) };
}
