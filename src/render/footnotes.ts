import { VOICES } from '../markdown/voice-syntax.ts';
import type { CitedSource, Source, VerifiedQuotation } from '../types.ts';
import type { FootnoteEntry } from './footnote-numbers.ts';
import { labelOf, paragraphList } from './citation-label.ts';
import { citedPages } from './cited-pages.ts';
import { pageLabel } from '../sources/page-marker.ts';
import { clip } from '../text/clip.ts';
import { escapeHtml } from './escape-html.ts';

const MAX_QUOTE = 140;

/**
 * A slide's citations as numbered footnotes for the printed deck: the
 * source's short title, the ¶ numbers, and the words the slide quotes from
 * those paragraphs, so a reader of the printout can check every claim; and
 * the briefer's own statements, said to be theirs. Shown only in reveal's
 * print view.
 */
export function renderFootnotes(
  entries: readonly FootnoteEntry[],
  quotations: readonly VerifiedQuotation[],
  sources: ReadonlyMap<string, Source>,
): string {
  if (entries.length === 0) return '';
  const items = entries.map((entry, index) => {
    const text = entry.kind === 'voice' ? voiceFootnote(entry) : citationFootnote(entry.cited, quotations, sources);
    return `<li value="${index + 1}">${text}</li>`;
  });
  return `<ol class="print-footnotes" aria-hidden="true">${items.join('')}</ol>`;
}

function voiceFootnote(entry: Extract<FootnoteEntry, { kind: 'voice' }>): string {
  return `${VOICES[entry.voice]}: the briefer's own, not a source's${entry.note ? ` (${escapeHtml(entry.note)})` : ''}.`;
}

function citationFootnote(references: readonly CitedSource[], quotations: readonly VerifiedQuotation[], sources: ReadonlyMap<string, Source>): string {
    const parts = references.map((reference) => {
      const label = labelOf(reference.sourceId, sources);
      const quoted = quotations
        .filter((q) => q.found.sourceId === reference.sourceId && reference.ranges.some((r) => q.found.paragraph >= r.from && q.found.paragraph <= r.to))
        .map((q) => `“${escapeHtml(clip(q.quotation.text, MAX_QUOTE))}”`);
      const words = [...new Set(quoted)].join(', ');
      const pages = citedPages(sources.get(reference.sourceId), reference.ranges);
      return `${escapeHtml(label)}, ${paragraphList(reference.ranges)}${pages ? ` (${pageLabel(pages)})` : ''}${words ? `: ${words}` : ''}`;
    });
    return parts.join('; ');
}
