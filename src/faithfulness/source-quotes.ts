/** Opening quotation marks and the marks that close them. */
const PAIRS: Record<string, string> = { '"': '"', '\u201C': '\u201D', '\u201E': '\u201C', '\u00AB': '\u00BB', '\u00BB': '\u00AB' };

/**
 * Where a source paragraph quotes someone: the stretches of its text inside
 * double quotation marks (straight, curly, low-high, guillemets). What lies
 * outside is the source's own wording, reported speech included. Linear:
 * each opening mark is matched with the next closing one.
 */
export function quotedStretches(text: string): { start: number; end: number }[] {
  const stretches: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const close = PAIRS[text[i] as string];
    if (close === undefined) {
      i++;
      continue;
    }
    const end = text.indexOf(close, i + 1);
    if (end === -1) break;
    stretches.push({ start: i + 1, end });
    i = end + 1;
  }
  return stretches;
}

/** Whether every piece lies inside one of the stretches. */
export function insideQuotes(pieces: readonly { start: number; end: number }[], stretches: readonly { start: number; end: number }[]): boolean {
  return pieces.length > 0 && pieces.every((piece) => stretches.some((stretch) => piece.start >= stretch.start && piece.end <= stretch.end));
}
