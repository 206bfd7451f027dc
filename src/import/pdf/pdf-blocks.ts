import type { PdfLine } from './pdf-lines.ts';
import type { LineRun } from './reading-order.ts';
import { sizeClass, type TextStats } from './text-stats.ts';

/** Lines that make one block of the document, and what a tagged PDF's structure says the block is. */
export interface PdfBlock {
  lines: PdfLine[];
  role?: 'heading' | 'note' | 'paragraph';
}

/** Sentence-final punctuation, maybe before closing quotes or brackets, and maybe a note marker. */
const ENDS_SENTENCE = /[.!?:\u2026]["'\u201D\u2019)\]]*(?:\u0000[^\u0000]*\u0000)*$/;

export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.trimEnd());
}

/**
 * Groups lines in reading order into blocks, by layout: a block ends where
 * the space between lines grows (paragraph spacing), where the font size
 * changes class (heading, body, small print), where a line is indented (a
 * first line), or after a short line that ends a sentence. A paragraph that
 * ends mid-sentence at the foot of a column or page goes on in the next.
 */
export function layoutBlocks(runs: readonly LineRun[], stats: TextStats): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  // The last block of body text: a paragraph the foot of a column or page cut goes on in it, past any notes printed between.
  let body: PdfBlock | undefined;
  for (const run of runs) {
    const left = Math.min(...run.lines.map((line) => line.x0));
    const right = Math.max(...run.lines.map((line) => line.x1));
    let current: PdfBlock | undefined;
    for (const line of run.lines) {
      const isBody = sizeClass(line, stats.bodySize) === 'body';
      const previous = current?.lines[current.lines.length - 1];
      const bodyEnd = body?.lines[body.lines.length - 1];
      if (current && previous) {
        if (sizeClass(previous, stats.bodySize) !== sizeClass(line, stats.bodySize) || breaksParagraph(previous, line, { left, right }, stats)) current = undefined;
      } else if (body && bodyEnd && isBody && !endsSentence(bodyEnd.text) && line.x0 - left < 0.5 * line.size) {
        current = body;
      }
      if (!current) blocks.push((current = { lines: [] }));
      current.lines.push(line);
      if (isBody) body = current;
    }
  }
  return blocks;
}

function breaksParagraph(previous: PdfLine, line: PdfLine, run: { left: number; right: number }, stats: TextStats): boolean {
  const gap = previous.y - line.y;
  const expected = Math.max(stats.lineGap * (line.size / stats.bodySize), line.size);
  if (gap > expected * 1.3 || gap < 0) return true;
  const indented = line.x0 - run.left > 0.8 * line.size && previous.x0 - run.left < 0.5 * line.size;
  if (indented) return true;
  // A line that ends a sentence short of the margin, when the next line's first word would have fitted after it, ended its paragraph.
  const room = run.right - previous.x1;
  const firstWord = /^\S+/.exec(line.text)?.[0] ?? '';
  const firstWordWidth = ((firstWord.length + 1) / Math.max(line.text.length, 1)) * (line.x1 - line.x0);
  return room > firstWordWidth && endsSentence(previous.text) && /^\s*[\p{Lu}\p{N}"'\u201C\u2018(]/u.test(line.text);
}
