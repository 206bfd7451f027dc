import { LineIndex } from '../diagnostics/line-index.ts';
import type { Diagnostic } from '../types.ts';
import { fileOf, spanOf } from '../diagnostics/diagnose.ts';
import { withNewlines } from '../text/line-endings.ts';

export interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Turns diagnostics' offsets into lines and columns, indexing each file once.
 * The offsets are into the text with `\n` line endings (see parse-deck.ts,
 * parse-source.ts), so that is the text indexed, whatever `texts` holds.
 */
export class Locator {
  private readonly indexes = new Map<string, LineIndex>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  locate(diagnostic: Diagnostic): Located {
    const span = spanOf(diagnostic);
    if (!span) return { file: fileOf(diagnostic), line: 1, column: 1, endLine: 1, endColumn: 1 };
    const index = this.index(span.file);
    const start = index.locate(span.offset);
    const end = index.locate(span.offset + span.length);
    return { file: span.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  index(file: string): LineIndex {
    let index = this.indexes.get(file);
    if (!index) {
      index = new LineIndex(withNewlines(this.texts.get(file) ?? ''));
      this.indexes.set(file, index);
    }
    return index;
  }
}
