import type { PageRange } from '../types.ts';

/**
 * A source records the pages of its original document with HTML comments on
 * the line before a paragraph: `<!-- p. 3 -->`, or `<!-- pp. 3-4 -->` for a
 * paragraph that runs over a page break. Comments show nothing when Markdown
 * is rendered, so the file stays plain to read and to edit; a paragraph with
 * no marker of its own is on the last page the marker before it names.
 */
const PAGE_MARKER = /^\s*<!--\s*(?:pp?\.|pages?)\s*(\d{1,6})(?:\s*[-\u2013]\s*(\d{1,6}))?\s*-->\s*$/i;

/** The pages a comment names, or undefined when it is not a page marker. */
export function readPageMarker(html: string): PageRange | undefined {
  const match = PAGE_MARKER.exec(html);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return to >= from ? { from, to } : undefined;
}

/** The marker `brief import` writes before a paragraph. */
export function pageMarker(pages: PageRange): string {
  return pages.from === pages.to ? `<!-- p. ${pages.from} -->` : `<!-- pp. ${pages.from}-${pages.to} -->`;
}

/** `p. 3` or `pp. 3–4`, as a reader sees it. */
export function pageLabel(pages: PageRange): string {
  return pages.from === pages.to ? `p. ${pages.from}` : `pp. ${pages.from}\u2013${pages.to}`;
}
