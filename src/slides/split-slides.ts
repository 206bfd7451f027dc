/** A stretch of a slide file, by offsets into the file's text. */
export interface Range {
  start: number;
  end: number;
}

export interface RawSlide {
  range: Range;
  /** Whether a vertical separator (`--`) came before this slide. */
  vertical: boolean;
  body: Range;
  /** The notes after a `Note:` line, without the `Note:` itself. */
  notes?: Range;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const NOTES = /^\s*notes?:[ \t]*/i;

/**
 * Splits the slide part of a file (after any front matter) the way reveal.js's
 * Markdown conventions do: a line `---` between blank lines starts a new slide,
 * `--` a vertical one, and a line starting `Note:` begins the speaker notes.
 * Separators inside fenced code do not count. Every slide keeps its offsets,
 * so nothing between separators is lost.
 */
export function splitSlides(text: string, from: number): RawSlide[] {
  const lines = linesOf(text, from);
  const slides: RawSlide[] = [];
  let start = from;
  let vertical = false;
  let fence: string | undefined;
  let notesAt: NotesStart | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const fenceMatch = FENCE.exec(line.text);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const separator = line.text.trimEnd();
    const betweenBlankLines = isBlank(lines[i - 1]) && isBlank(lines[i + 1]);
    if ((separator === '---' || separator === '--') && betweenBlankLines) {
      slides.push(makeSlide(start, line.start, vertical, notesAt));
      start = line.end;
      vertical = separator === '--';
      notesAt = undefined;
      continue;
    }
    if (!notesAt) {
      const notes = NOTES.exec(line.text);
      if (notes) notesAt = { lineStart: line.start, contentStart: line.start + notes[0].length };
    }
  }
  slides.push(makeSlide(start, text.length, vertical, notesAt));
  return slides;
}

interface NotesStart {
  /** Where the `Note:` line starts, which ends the slide's body. */
  lineStart: number;
  /** Where the notes' text starts, after `Note:`. */
  contentStart: number;
}

function makeSlide(start: number, end: number, vertical: boolean, notes: NotesStart | undefined): RawSlide {
  if (!notes) return { range: { start, end }, vertical, body: { start, end } };
  return {
    range: { start, end },
    vertical,
    body: { start, end: notes.lineStart },
    notes: { start: notes.contentStart, end },
  };
}

interface Line {
  text: string;
  start: number;
  /** Offset just past the line's newline. */
  end: number;
}

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    lines.push({ text: text.slice(start, newline === -1 ? text.length : newline), start, end });
    start = end;
  }
  return lines;
}

function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}
