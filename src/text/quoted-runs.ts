/** A run of a paragraph's text: words a slide quotes, or the text between them. */
export interface TextRun {
  text: string;
  quoted: boolean;
}

/** `text` cut into runs at the quoted pieces (offsets into it), in order; a piece overlapping an earlier one is skipped. */
export function quotedRuns(text: string, pieces: readonly { start: number; end: number }[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
    if (piece.start < at) continue;
    if (piece.start > at) runs.push({ text: text.slice(at, piece.start), quoted: false });
    runs.push({ text: text.slice(piece.start, piece.end), quoted: true });
    at = piece.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), quoted: false });
  return runs;
}
