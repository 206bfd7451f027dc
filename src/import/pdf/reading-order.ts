import type { PdfLine } from './pdf-lines.ts';

/** A run of lines read in order: a column of a band, or a band of full-width lines. */
export interface LineRun {
  lines: PdfLine[];
  /** 0 for a band's first column or full-width lines; 1 for its second column, which continues the first. */
  column: number;
  /** Lines across the gutter. */
  fullWidth?: boolean;
}

/** Fewest lines on each side of a gutter for a page to be read as two columns. */
const MIN_COLUMN_LINES = 3;

/**
 * Puts a page's lines in reading order. A page with two columns (a vertical
 * gutter no line crosses, with lines on both sides at the same heights) is
 * read column by column; lines that span the gutter (a title, a footnote
 * across the page) divide it into bands read top to bottom.
 */
export function readingOrder(lines: readonly PdfLine[], pageWidth: number): LineRun[] {
  const gutter = findGutter(lines, pageWidth);
  if (gutter === undefined) return lines.length ? [{ lines: [...lines], column: 0 }] : [];
  const top = [...lines].sort((a, b) => b.y - a.y);
  const runs: LineRun[] = [];
  let band: PdfLine[] = [];
  const flush = () => {
    const left = band.filter((line) => line.x1 <= gutter);
    const right = band.filter((line) => line.x0 >= gutter);
    if (left.length) runs.push({ lines: left, column: 0 });
    if (right.length) runs.push({ lines: right, column: left.length ? 1 : 0 });
    band = [];
  };
  for (const line of top) {
    if (line.x0 < gutter && line.x1 > gutter) {
      flush();
      const previous = runs[runs.length - 1];
      if (previous?.fullWidth) previous.lines.push(line);
      else runs.push({ lines: [line], column: 0, fullWidth: true });
    } else band.push(line);
  }
  flush();
  return runs;
}

/** The x of a gutter between two columns, the one fewest lines cross, if the page has columns. */
function findGutter(lines: readonly PdfLine[], pageWidth: number): number | undefined {
  let best: { x: number; crossing: number } | undefined;
  for (let x = Math.round(pageWidth * 0.3); x <= pageWidth * 0.7; x++) {
    const left = lines.filter((line) => line.x1 <= x);
    const right = lines.filter((line) => line.x0 >= x);
    const crossing = lines.length - left.length - right.length;
    if (left.length < MIN_COLUMN_LINES || right.length < MIN_COLUMN_LINES || (best && crossing >= best.crossing)) continue;
    const sideBySide = right.filter((r) => left.some((l) => Math.abs(l.y - r.y) < l.size)).length;
    if (sideBySide >= MIN_COLUMN_LINES) best = { x, crossing };
  }
  return best?.x;
}
