import type { CitedSource, Source, VerifiedQuotation } from '../types.ts';
import { labelOf, paragraphList } from './citation-label.ts';
import { citedPages } from './cited-pages.ts';
import { pageLabel } from '../sources/page-marker.ts';
import { clip } from '../text/clip.ts';
import { escapeHtml } from './escape-html.ts';

const MAX_QUOTE = 140;

/**
 * A slide's citations as numbered footnotes for the printed deck: the
 * source's short title, the ¶ numbers, and the words the slide quotes from
 * those paragraphs, so a reader of the printout can check every claim.
 * Shown only in reveal's print view.
 */
export function renderFootnotes(
  citations: readonly CitedSource[][],
  quotations: readonly VerifiedQuotation[],
  sources: ReadonlyMap<string, Source>,
): string {
  if (citations.length === 0) return '';
  const items = citations.map((references, index) => {
    const parts = references.map((reference) => {
      const label = labelOf(reference.sourceId, sources);
      const quoted = quotations
        .filter((q) => q.found.sourceId === reference.sourceId && reference.ranges.some((r) => q.found.paragraph >= r.from && q.found.paragraph <= r.to))
        .map((q) => `“${escapeHtml(clip(q.quotation.text, MAX_QUOTE))}”`);
      const words = [...new Set(quoted)].join(', ');
      const pages = citedPages(sources.get(reference.sourceId), reference.ranges);
      return `${escapeHtml(label)}, ${paragraphList(reference.ranges)}${pages ? ` (${pageLabel(pages)})` : ''}${words ? `: ${words}` : ''}`;
    });
    return `<li value="${index + 1}">${parts.join('; ')}</li>`;
  });
  return `<ol class="print-footnotes" aria-hidden="true">${items.join('')}</ol>`;
}
