import type { ResolvedCitation, Source } from '../types.ts';
import { APPENDIX_TEMPLATE_ID } from '../deck/page-contract.ts';
import { sourceLabel } from './citation-label.ts';
import { escapeHtml } from './escape-html.ts';
import { pageLabel } from '../sources/page-marker.ts';

/**
 * The printed deck's appendix: every cited paragraph in full, with its source
 * and ¶ number, in source order. The build writes it into a `<template>`; the
 * print view cuts it into pages by measuring it (src/deck/print-appendix.ts).
 */
export function renderAppendix(sources: ReadonlyMap<string, Source>, citations: readonly ResolvedCitation[]): string {
  const cited = new Set(citations.flatMap((c) => c.paragraphs.map((p) => `${p.sourceId} ${p.paragraph}`)));
  const entries: string[] = [];
  for (const source of sources.values()) {
    for (const paragraph of source.paragraphs) {
      if (!cited.has(`${source.id} ${paragraph.number}`)) continue;
      entries.push(
        `<div class="appendix-entry"><p class="appendix-ref"><span class="appendix-number">${escapeHtml(sourceLabel(source))}, ¶${paragraph.number}${paragraph.pages ? `, ${pageLabel(paragraph.pages)}` : ''}</span> ` +
          `<cite>${escapeHtml(source.meta.title)}</cite></p><p class="appendix-text">${escapeHtml(paragraph.text)}</p></div>`,
      );
    }
  }
  return `<template id="${APPENDIX_TEMPLATE_ID}">${entries.join('')}</template>`;
}
