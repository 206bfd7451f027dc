import type { ResolvedCitation, Slide, Source, VerifiedQuotation } from '../types.ts';
import { paragraphAnchor } from './citation-label.ts';
import { paragraphPage } from './cited-pages.ts';
import { escapeHtml } from './escape-html.ts';
import { plural } from '../text/plural.ts';
import { quotedRuns } from '../text/quoted-runs.ts';
import { quotedStretches } from '../faithfulness/source-quotes.ts';

/**
 * The source reader: every source in full, each paragraph with its ¶ number
 * and a stable anchor (`#<id>-p4`), verified quotations marked, and beside
 * each cited paragraph the links back to the slides that cite it. Source text
 * is escaped plain text: HTML in a source is shown, never run.
 */
export function renderSourceReader(
  sources: ReadonlyMap<string, Source>,
  citations: readonly ResolvedCitation[],
  quotations: readonly VerifiedQuotation[],
  slides: readonly Slide[],
): string {
  const citedBy = new Map<string, Set<number>>();
  for (const citation of citations) {
    for (const ref of citation.paragraphs) {
      const key = paragraphAnchor(ref.sourceId, ref.paragraph);
      citedBy.set(key, (citedBy.get(key) ?? new Set()).add(citation.slide));
    }
  }
  const marks = new Map<string, { start: number; end: number }[]>();
  for (const q of quotations) {
    const key = paragraphAnchor(q.found.sourceId, q.found.paragraph);
    marks.set(key, [...(marks.get(key) ?? []), ...q.found.pieces]);
  }
  const slideByNumber = new Map(slides.map((s) => [s.number, s]));

  const articles = [...sources.values()].map((source) => {
    let section: string | undefined;
    const body = source.paragraphs.map((p) => {
      const anchor = paragraphAnchor(source.id, p.number);
      const heading = p.section && p.section !== section ? `<h3 class="source-section">${escapeHtml(p.section)}</h3>` : '';
      section = p.section;
      const slidesCiting = [...(citedBy.get(anchor) ?? [])].sort((a, b) => a - b);
      const backLinks = slidesCiting.length
        ? `<nav class="back-links" aria-label="Slides citing ¶${p.number}">Cited on ${slidesCiting.map((n) => backLink(slideByNumber.get(n))).join(', ')}</nav>`
        : '';
      return (
        `${heading}<div class="source-paragraph${slidesCiting.length ? ' is-cited' : ''}" id="${anchor}" data-hash="${p.hash}">` +
        `<a class="paragraph-number" href="#${anchor}">¶${p.number}</a>` +
        `<p class="paragraph-text">${markedText(p.text, marks.get(anchor) ?? [], quotedStretches(p.text))}</p>${paragraphPage(source, p)}${backLinks}</div>`
      );
    });
    return `<article class="source" id="source-${source.id}" aria-labelledby="source-${source.id}-title"><header>${sourceHeader(source)}</header>${body.join('')}</article>`;
  });

  return (
    `<div class="source-reader" id="source-reader" role="dialog" aria-modal="true" aria-label="Source reader" hidden>` +
    `<div class="source-reader-bar"><span class="source-reader-title">Sources</span>` +
    `<button type="button" class="source-reader-close" aria-label="Close the source reader and return to the slide">Back to slide (Esc)</button></div>` +
    `<div class="source-reader-body">${articles.join('')}</div></div>`
  );
}

function backLink(slide: Slide | undefined): string {
  if (!slide) return '';
  const label = `slide ${slide.number}`;
  const title = slide.title ? ` title="${escapeHtml(slide.title)}"` : '';
  return `<a class="back-link" href="#/${slide.h - 1}/${slide.v}" data-h="${slide.h - 1}" data-v="${slide.v}"${title}>${label}</a>`;
}

function sourceHeader(source: Source): string {
  const { title, author, publisher, date, url, note } = source.meta;
  const details = [author, publisher, date].filter(Boolean).map((d) => escapeHtml(d as string));
  return (
    `<h2 id="source-${source.id}-title">${escapeHtml(title)}</h2>` +
    (details.length ? `<p class="source-meta">${details.join(' · ')}</p>` : '') +
    (url ? `<p class="source-url">${escapeHtml(url)}</p>` : '') +
    (note ? `<p class="source-note">${escapeHtml(note)}</p>` : '') +
    `<p class="source-id">Cited as <code>${escapeHtml(source.id)}</code>, ${plural(source.paragraphs.length, 'paragraph')}</p>`
  );
}

/**
 * Escapes the text, wraps each verified quotation in `<mark>`, and marks the
 * words the source itself puts in quotation marks (it quotes someone): the
 * reader can see whose words a slide's quotation really is.
 */
export function markedText(text: string, pieces: readonly { start: number; end: number }[], sourceQuotes: readonly { start: number; end: number }[] = []): string {
  let html = '';
  let at = 0;
  for (const run of quotedRuns(text, pieces)) {
    const inner = bySource(text, at, at + run.text.length, sourceQuotes);
    html += run.quoted ? `<mark class="quoted">${inner}</mark>` : inner;
    at += run.text.length;
  }
  return html;
}

/** `text` from `start` to `end`, escaped, the stretches the source quotes wrapped in a span. */
function bySource(text: string, start: number, end: number, stretches: readonly { start: number; end: number }[]): string {
  let html = '';
  let at = start;
  for (const stretch of stretches) {
    const from = Math.max(stretch.start, at);
    const to = Math.min(stretch.end, end);
    if (to <= from) continue;
    html += escapeHtml(text.slice(at, from)) + `<span class="source-quote" title="The source quoting someone">${escapeHtml(text.slice(from, to))}</span>`;
    at = to;
  }
  return html + escapeHtml(text.slice(at, end));
}
