import type { PdfLine } from './pdf-lines.ts';

/** What body text looks like in a document: its font size and the distance between its lines. */
export interface TextStats {
  bodySize: number;
  lineGap: number;
}

export function textStats(lines: readonly PdfLine[]): TextStats {
  const weights = new Map<number, number>();
  for (const line of lines) weights.set(line.size, (weights.get(line.size) ?? 0) + line.text.length);
  const bodySize = [...weights].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 10;
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1] as PdfLine, lines[i] as PdfLine];
    const gap = a.y - b.y;
    if (a.page === b.page && sizeClass(a, bodySize) === 'body' && sizeClass(b, bodySize) === 'body' && gap > 0 && gap < 3 * bodySize) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return { bodySize, lineGap: gaps[Math.floor(gaps.length / 2)] ?? 1.2 * bodySize };
}

/** Larger than body text (a heading), smaller (a note, a caption), or body text. */
export function sizeClass(line: PdfLine, bodySize: number): 'large' | 'body' | 'small' {
  if (line.size > bodySize * 1.15) return 'large';
  if (line.size < bodySize * 0.9) return 'small';
  return 'body';
}
