import { codePointLength } from '../diagnostics/line-index.ts';
import type { Diagnostic } from '../types.ts';
import type { Locator } from './locate.ts';

/**
 * The line a diagnostic points at, with the span underlined, as TypeScript
 * prints it: `14 - Zhao: "NATO must abandon" [@a ¶1]` and `~~~` below.
 */
export function codeFrame(diagnostic: Diagnostic, locator: Locator, paint: (s: string) => string = (s) => s): string[] {
  const span = diagnostic.span;
  if (!span) return [];
  const at = locator.locate(diagnostic);
  const lineText = locator.index(span.file).lineText(at.line).replace(/\t/g, ' ');
  const gutter = String(at.line);
  const width = at.endLine === at.line ? Math.max(1, at.endColumn - at.column) : Math.max(1, codePointLength(lineText) - at.column + 1);
  return [`${gutter} ${lineText}`, `${' '.repeat(gutter.length)} ${' '.repeat(at.column - 1)}${paint('~'.repeat(width))}`];
}
