import { pageLabel } from '../sources/page-marker.ts';
import type { CitedRange, PageRange, Source, SourceParagraph } from '../types.ts';
import { escapeHtml } from './escape-html.ts';

/** The pages of the original that cited paragraphs stand on, from the first's first to the last's last; undefined when the source records none. */
export function citedPages(source: Source | undefined, ranges: readonly CitedRange[]): PageRange | undefined {
  const pages = (source?.paragraphs ?? []).filter((p) => p.pages && ranges.some((r) => p.number >= r.from && p.number <= r.to)).map((p) => p.pages as PageRange);
  if (pages.length === 0) return undefined;
  return { from: Math.min(...pages.map((p) => p.from)), to: Math.max(...pages.map((p) => p.to)) };
}

/**
 * A paragraph's page(s) in the source reader: `p. 3`, a link to that page of
 * the original PDF when it is kept beside the source (bundled into the build
 * like an image; marked for deck-assets.ts).
 */
export function paragraphPage(source: Source, paragraph: SourceParagraph): string {
  if (!paragraph.pages) return '';
  const label = pageLabel(paragraph.pages);
  if (!source.original) return `<p class="paragraph-page">${label}</p>`;
  const href = `${escapeHtml(source.original)}#page=${paragraph.pages.from}`;
  return `<p class="paragraph-page"><a href="${href}" data-briefing-asset target="_blank" rel="noopener" title="Open the original PDF at this page">${label}</a></p>`;
}
