import { Marked, type MarkedExtension, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { CITATION_AT_START } from '../citations/citation-pattern.ts';
import { parseCitations } from '../citations/parse-citations.ts';
import type { CitationReference, Source } from '../types.ts';
import { paragraphAnchor, paragraphList, sourceLabel } from './citation-label.ts';
import { CitationPlaceholders } from './citation-placeholders.ts';
import { escapeHtml } from './escape-html.ts';
import { isPlainComment } from '../text/html-comment.ts';
import { dropPlainComments, renderPart, sanitizeParts } from './inert-markdown.ts';
import { withCitationMarkers, withMediaPaths } from './raw-html.ts';
import { splitAttribution } from './quote-attribution.ts';

interface CitationToken extends Tokens.Generic {
  type: 'citation';
  references: CitationReference[];
}

export interface RenderedMarkdown {
  html: string;
  /**
   * The distinct citations in order of first appearance, for printed
   * footnotes: footnote N is `citations[N - 1]`, and every marker citing the
   * same paragraphs carries the same `data-footnote`.
   */
  citations: CitationReference[][];
}

/**
 * Renders slide and notes Markdown to sanitized HTML, with each citation as a
 * compact marker (`[PISM ¶4]`) that links to the cited paragraph in the source
 * reader and carries its footnote number for print. The deck is only built
 * when `brief check` passes, so every citation here resolves. A deck's parts
 * are rendered together: they are sanitized in one round trip to the
 * sanitizer's thread.
 *
 * Only parts that are not inert go to DOMPurify (see inert-markdown.ts).
 * The markers are the kit's own markup, every value in them escaped, and
 * most of the elements of a slide: they go to DOMPurify as placeholders (see
 * citation-placeholders.ts), which halves its work.
 */
export function createSlideRenderer(
  sources: ReadonlyMap<string, Source>,
  mediaPaths: ReadonlyMap<string, string> = new Map(),
): (markdowns: readonly string[]) => Promise<RenderedMarkdown[]> {
  let citations: CitationReference[][] = [];
  let keys: string[] = [];
  let markers = new CitationPlaceholders();
  const markerFor = (references: CitationReference[]): string => {
    const key = references.map((r) => `${r.sourceId} ${paragraphList(r.ranges)}`).join('; ');
    if (!keys.includes(key)) {
      keys.push(key);
      citations.push(references);
    }
    return markers.add(renderMarker(references, sources, keys.indexOf(key) + 1), markerText(references, sources));
  };
  const citation: TokenizerAndRendererExtension = {
    name: 'citation',
    // No `start`: marked stops plain text at every `[` already, and a `start` that searches ahead is called at every step, which is quadratic.
    level: 'inline',
    tokenizer(src) {
      const match = CITATION_AT_START.exec(src);
      if (!match) return undefined;
      const references = citationReferences(match[0]);
      return references ? ({ type: 'citation', raw: match[0], references } satisfies CitationToken) : undefined;
    },
    renderer(token) {
      return markerFor((token as CitationToken).references);
    },
  };
  const slideMarkup: MarkedExtension = {
    renderer: {
      blockquote(token) {
        const attributed = splitAttribution(token.tokens);
        if (!attributed) return false;
        return `<figure class="attributed-quote"><blockquote>\n${this.parser.parse(attributed.quote)}</blockquote><figcaption>${this.parser.parseInline(attributed.attribution)}</figcaption></figure>\n`;
      },
      image(token) {
        token.href = mediaPaths.get(token.href) ?? token.href;
        return false;
      },
      html(token) {
        if (isPlainComment(token.text)) return false;
        return withMediaPaths(withCitationMarkers(token.text, (raw) => {
          const references = citationReferences(raw);
          return references ? markerFor(references) : raw;
        }), mediaPaths);
      },
    },
  };
  const marked = new Marked({ gfm: true, async: false, extensions: [citation] }, dropPlainComments, slideMarkup);
  const renders = rememberedRenders(sources, mediaPaths);
  return async (markdowns) => {
    const unrendered = [...new Set(markdowns.filter((markdown) => !renders.has(markdown)))];
    markers = new CitationPlaceholders();
    const parsed = unrendered.map((markdown) => {
      citations = [];
      keys = [];
      return { ...renderPart(marked, markdown), citations };
    });
    const sanitized = await sanitizeParts(parsed);
    unrendered.forEach((markdown, i) => {
      renders.set(markdown, { html: markers.fill(sanitized[i] as string), citations: (parsed[i] as RenderedMarkdown).citations });
    });
    return markdowns.map((markdown) => renders.get(markdown) as RenderedMarkdown);
  };
}

/**
 * Earlier renders, by Markdown. The dev server re-renders the whole deck on
 * every save, but only the slides that changed need marked and DOMPurify. A
 * render depends on nothing else but the sources' labels and titles and where
 * images are, so the renders are kept while those stay the same.
 */
let remembered = { sourcesKey: '', renders: new Map<string, RenderedMarkdown>() };
const MAX_REMEMBERED = 50_000;

function rememberedRenders(sources: ReadonlyMap<string, Source>, mediaPaths: ReadonlyMap<string, string>): Map<string, RenderedMarkdown> {
  const sourcesKey = JSON.stringify([[...sources.values()].map((source) => [source.id, sourceLabel(source), source.meta.title]), [...mediaPaths]]);
  if (sourcesKey !== remembered.sourcesKey || remembered.renders.size > MAX_REMEMBERED) remembered = { sourcesKey, renders: new Map() };
  return remembered.renders;
}

/** The references of a citation's text, `[@a ¶2; @b ¶5]`, when it is well formed. */
function citationReferences(raw: string): CitationReference[] | undefined {
  const block = { kind: 'paragraph' as const, markdown: raw, span: { file: '', offset: 0, length: raw.length } };
  return parseCitations(block, raw).citations[0]?.references;
}

/** How a marker names one reference: the source's short label and the paragraphs, `PISM ¶4-5`. */
function referenceLabel(reference: CitationReference, sources: ReadonlyMap<string, Source>): string {
  const source = sources.get(reference.sourceId);
  return `${source ? sourceLabel(source) : reference.sourceId} ${paragraphList(reference.ranges)}`;
}

/** The marker as plain text, for where markup cannot go (an image's alt text). */
function markerText(references: readonly CitationReference[], sources: ReadonlyMap<string, Source>): string {
  return `[${references.map((reference) => referenceLabel(reference, sources)).join('; ')}]`;
}

function renderMarker(references: readonly CitationReference[], sources: ReadonlyMap<string, Source>, footnote: number): string {
  const parts = references.map((reference) => {
    const source = sources.get(reference.sourceId);
    const paragraphs = reference.ranges.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i));
    const first = paragraphs[0] ?? 1;
    const title = source ? `${source.meta.title}, ${paragraphList(reference.ranges)}` : reference.sourceId;
    return (
      `<a class="citation" href="#${paragraphAnchor(reference.sourceId, first)}" data-source="${escapeHtml(reference.sourceId)}" ` +
      `data-paragraphs="${paragraphs.join(' ')}" title="${escapeHtml(title)}">${escapeHtml(referenceLabel(reference, sources))}</a>`
    );
  });
  return `<span class="citation-marker" data-footnote="${footnote}">[${parts.join('; ')}]</span>`;
}
