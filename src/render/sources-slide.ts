import type { ResolvedCitation, Source } from '../types.ts';
import { escapeHtml } from './escape-html.ts';
import { plural } from '../text/plural.ts';

/** The list of sources for the sources slide: metadata, and how many of each source's paragraphs the deck cites. */
export function renderSourcesList(sources: ReadonlyMap<string, Source>, citations: readonly ResolvedCitation[]): string {
  const cited = new Map<string, Set<number>>();
  for (const citation of citations) {
    for (const ref of citation.paragraphs) cited.set(ref.sourceId, (cited.get(ref.sourceId) ?? new Set()).add(ref.paragraph));
  }
  const items = [...sources.values()].map((source) => {
    const { title, author, publisher, date } = source.meta;
    const byline = [author, publisher, date].filter(Boolean).map((s) => escapeHtml(s as string)).join(', ');
    const count = cited.get(source.id)?.size ?? 0;
    return (
      `<li class="source-entry"><a class="source-link" href="#source-${source.id}" data-source="${escapeHtml(source.id)}"><cite>${escapeHtml(title)}</cite></a>` +
      (byline ? `<span class="source-byline">${byline}</span>` : '<span class="source-byline">Author and publisher not stated</span>') +
      `<span class="source-cited">${count} of ${plural(source.paragraphs.length, 'paragraph')} cited · <code>${escapeHtml(source.id)}</code></span></li>`
    );
  });
  return `<ol class="sources-list">${items.join('')}</ol>`;
}
