import { codePointLength } from '../diagnostics/line-index.ts';
import type { Diagnostic } from '../types.ts';
import type { Locator } from './locate.ts';
import { printable } from './printable.ts';
import { spanOf } from '../diagnostics/diagnose.ts';

/** Longer lines are shown as a window around the span, so a 256 KB line does not print whole for each diagnostic on it. */
export const MAX_FRAME_WIDTH = 120;
/** How much of the line before the span the window keeps. */
const LEAD = 40;
const ELLIPSIS = '…';

/**
 * The line a diagnostic points at, with the span underlined, as TypeScript
 * prints it: `14 - Zhao: "NATO must abandon" [@a ¶1]` and `~~~` below.
 */
export function codeFrame(diagnostic: Diagnostic, locator: Locator, paint: (s: string) => string = (s) => s): string[] {
  const span = spanOf(diagnostic);
  if (!span) return [];
  const at = locator.locate(diagnostic);
  const lineText = locator.index(span.file).lineText(at.line).replace(/\t/g, ' ');
  const gutter = String(at.line);
  const width = at.endLine === at.line ? Math.max(1, at.endColumn - at.column) : Math.max(1, codePointLength(lineText) - at.column + 1);
  const escaped = escapeAround(lineText, at.column - 1, width);
  const shown = clip(escaped.text, escaped.column, escaped.width);
  return [`${gutter} ${shown.text}`, `${' '.repeat(gutter.length)} ${' '.repeat(shown.column)}${paint('~'.repeat(shown.width))}`];
}

/**
 * The line with control characters escaped (see printable.ts), and where the
 * span now falls in it. A span at the end of its line covers none of the
 * line's characters; it is still underlined once, just past them.
 */
function escapeAround(line: string, column: number, width: number): { text: string; column: number; width: number } {
  const chars = Array.from(line);
  const before = printable(chars.slice(0, column).join(''));
  const inside = printable(chars.slice(column, column + width).join(''));
  const after = printable(chars.slice(column + width).join(''));
  return { text: before + inside + after, column: codePointLength(before), width: Math.max(1, codePointLength(inside)) };
}

/** The window of `line` to print, and where the underline falls in it (columns in code points, 0-based). */
function clip(line: string, column: number, width: number): { text: string; column: number; width: number } {
  if (line.length <= MAX_FRAME_WIDTH) return { text: line, column, width };
  const chars = Array.from(line);
  if (chars.length <= MAX_FRAME_WIDTH) return { text: line, column, width };
  const start = column > LEAD ? column - LEAD : 0;
  const end = Math.min(chars.length, start + MAX_FRAME_WIDTH);
  const before = start > 0 ? ELLIPSIS : '';
  const after = end < chars.length ? ELLIPSIS : '';
  const shownColumn = column - start + before.length;
  return { text: before + chars.slice(start, end).join('') + after, column: shownColumn, width: Math.max(1, Math.min(width, end - column)) };
}
