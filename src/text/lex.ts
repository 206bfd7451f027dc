import { Marked, type Token } from 'marked';
import { diagnose } from '../diagnostics/diagnose.ts';
import type { Diagnostic } from '../types.ts';
import { firstLineLength } from './first-line.ts';

/** One parser for slides and sources alike, never marked's global instance. */
const marked = new Marked({ gfm: true });

/** How deep blockquotes may nest on one line before marked's recursive lexer is at risk of overflowing its stack. */
export const MAX_NESTING = 100;

const NESTED_QUOTES = new RegExp(`^(?:[ \\t]*>){${MAX_NESTING + 1},}`, 'm');

/**
 * Runs marked's block lexer, turning its failures into a diagnostic located in
 * the file. marked recurses once per level of nesting, so input such as
 * `">".repeat(5000)` overflows the stack: that is caught before lexing where
 * it can be seen, and by catching the error where it cannot.
 */
export function lexMarkdown(
  markdown: string,
  at: { file: string; offset: number },
): { tokens: Token[] } | { diagnostic: Diagnostic } {
  const nested = NESTED_QUOTES.exec(markdown);
  if (nested) {
    return {
      diagnostic: diagnose(
        'BRF108',
        { reason: `blockquotes nested more than ${MAX_NESTING} levels deep` },
        { file: at.file, offset: at.offset + nested.index, length: nested[0].length },
      ),
    };
  }
  try {
    return { tokens: marked.lexer(markdown) };
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply for the Markdown parser' : `the Markdown parser failed (${String(error)})`;
    return { diagnostic: diagnose('BRF108', { reason }, { file: at.file, offset: at.offset, length: firstLineLength(markdown) }) };
  }
}
