import { quoteForReport, type Repair } from '../repair.ts';
import type { PdfLine } from './pdf-lines.ts';
import type { PdfPage } from './read-pdf.ts';
import { sizeClass, textStats } from './text-stats.ts';

/** Running headers and footers stand in this share of the page at its top and bottom. */
const MARGIN_BAND = 0.12;
const PAGE_NUMBER = /^(?:page\s+)?[-\u2013 ]*\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?[-\u2013 ]*$/i;

/**
 * Removes a PDF's page furniture: lines in the top or bottom margin band that
 * are page numbers, or that recur on other pages in the same band (digits
 * aside, so `Page 2 of 9` and a dated URL footer count as the same line).
 * Type larger than the body's is a title, which may repeat as the header
 * of the pages after it, and is kept. Each removal is a repair, by page.
 */
export function removePageFurniture(pages: readonly PdfPage[], linesByPage: readonly PdfLine[][]): { lines: PdfLine[][]; repairs: Repair[] } {
  const { bodySize } = textStats(linesByPage.flat());
  const bandOf = (line: PdfLine): 'top' | 'bottom' | undefined => {
    if (sizeClass(line, bodySize) === 'large') return undefined;
    const height = pages[line.page - 1]?.height ?? 0;
    if (line.y > height * (1 - MARGIN_BAND)) return 'top';
    if (line.y < height * MARGIN_BAND) return 'bottom';
    return undefined;
  };
  const pagesWith = new Map<string, Set<number>>();
  for (const lines of linesByPage) {
    for (const line of lines) {
      const band = bandOf(line);
      if (!band) continue;
      const key = `${band} ${shape(line.text)}`;
      pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(line.page));
    }
  }
  const repairs: Repair[] = [];
  const kept = linesByPage.map((lines) =>
    lines.filter((line) => {
      const band = bandOf(line);
      if (!band) return true;
      const text = plainText(line.text);
      if (PAGE_NUMBER.test(text)) {
        repairs.push({ kind: 'page-number', page: line.page, description: `removed page number ${quoteForReport(text)}` });
        return false;
      }
      if ((pagesWith.get(`${band} ${shape(line.text)}`)?.size ?? 0) > 1) {
        repairs.push({ kind: 'running-header', page: line.page, description: `removed running ${band === 'top' ? 'header' : 'footer'} ${quoteForReport(text)}` });
        return false;
      }
      return true;
    }),
  );
  return { lines: kept, repairs };
}

/** A line's text with every number the same, to see a footer that counts pages as one line. */
function shape(text: string): string {
  return plainText(text).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Text without the markers of superscripts. */
export function plainText(text: string): string {
  return text.replace(/\u0000/g, '');
}
