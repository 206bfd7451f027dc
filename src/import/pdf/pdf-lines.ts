import type { PdfItem } from './read-pdf.ts';

/** A line of text on a page: its items left to right, where it stands, and its main font size. */
export interface PdfLine {
  page: number;
  items: PdfItem[];
  x0: number;
  x1: number;
  /** The baseline of its main text. */
  y: number;
  /** The size of most of its characters: a superscript does not make a line small. */
  size: number;
  text: string;
  /** Superscript markers in it (note references), by the text they follow. */
  superscripts: string[];
}

/** Items further apart than this many font sizes on one baseline are in different columns. */
const COLUMN_GAP = 2;
/** A gap wider than this share of the font size is a space between words. */
const WORD_GAP = 0.15;

/**
 * Groups a page's items into lines, in the order they are drawn: an item on
 * the current baseline (a superscript rides a little above it) and to the
 * right of the last joins the line; anything else starts a new one. Items on
 * one baseline but far apart (two columns drawn row by row) are split.
 */
export function pageLines(page: number, items: readonly PdfItem[]): PdfLine[] {
  const groups: PdfItem[][] = [];
  let current: PdfItem[] = [];
  for (const item of items) {
    if (item.text.trim() === '' && current.length === 0) continue;
    const last = current[current.length - 1];
    const sameLine =
      last !== undefined &&
      Math.abs(item.y - baseline(current)) < 0.6 * Math.max(item.size, mainSize(current)) &&
      item.x >= last.x + last.width - 0.5 * last.size &&
      item.x - (last.x + last.width) < COLUMN_GAP * Math.max(item.size, last.size);
    if (!sameLine && current.length > 0) {
      groups.push(current);
      current = [];
    }
    if (item.text.trim() !== '' || current.length > 0) current.push(item);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => toLine(page, group)).filter((line) => line.text !== '');
}

function toLine(page: number, items: PdfItem[]): PdfLine {
  const size = mainSize(items);
  const y = baseline(items);
  let text = '';
  const superscripts: string[] = [];
  let end: number | undefined;
  for (const item of items) {
    const gap = end === undefined ? 0 : item.x - end;
    const raised = item.size < 0.85 * size && item.y - y > 0.2 * size && /^\s*\S{1,3}\s*$/.test(item.text);
    if (raised) {
      superscripts.push(item.text.trim());
      text += `\u0000${item.text.trim()}\u0000`;
    } else {
      if (end !== undefined && gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
      text += item.text;
    }
    end = item.x + item.width;
  }
  const visible = items.filter((item) => item.text.trim() !== '');
  const first = visible[0] as PdfItem;
  const last = visible[visible.length - 1] as PdfItem;
  return { page, items, x0: first.x, x1: last.x + last.width, y, size, text: text.replace(/\s+/g, ' ').trim(), superscripts };
}

/** The baseline of the line's largest text. */
function baseline(items: readonly PdfItem[]): number {
  const size = mainSize(items);
  return (items.find((item) => item.text.trim() !== '' && Math.abs(item.size - size) < 0.01 * size) ?? (items[0] as PdfItem)).y;
}

/** The font size of most characters. */
function mainSize(items: readonly PdfItem[]): number {
  const counts = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(item.size * 10) / 10;
    counts.set(size, (counts.get(size) ?? 0) + item.text.trim().length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of counts) if (count > bestCount || (count === bestCount && size > best)) [best, bestCount] = [size, count];
  return best;
}
