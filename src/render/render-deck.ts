import type { Token } from 'marked';
import type { CheckResult, ClaimReview, RenderedDeck, Slide, Source, VerifiedQuotation } from '../types.ts';
import { DEFAULT_WPM, MIN_DERIVED_SECONDS, slideTimings } from '../pacing/timing.ts';
import { DEFAULT_THEME } from '../slides/appearance.ts';
import { renderAppendix } from './appendix.ts';
import { renderFootnotes } from './footnotes.ts';
import type { RenderContext } from './html-renderer.ts';
import type { HtmlSanitizer } from './inert-markdown.ts';
import type { RenderCache } from './render-cache.ts';
import { renderParts, type FinishedPart } from './render-parts.ts';
import { escapeHtml } from './escape-html.ts';
import { slideAttributesHtml } from './slide-attributes-html.ts';
import { reviewNote } from './review-note.ts';
import { renderSourceReader } from './source-reader.ts';
import { renderSourcesList } from './sources-slide.ts';

/** The tokens of a slide without notes. */
const NO_TOKENS: Token[] = [];

/** A slide with this attribute gets the generated list of sources; without one, a sources slide is added at the end. */
const SOURCES_SLIDE_ATTRIBUTE = 'data-sources';

/** What rendering needs beyond the checked project: the sanitizer, and the renders of earlier saves (a dev server's). */
export interface RenderSession {
  sanitizer: HtmlSanitizer;
  renders?: RenderCache;
}

/** Renders a checked project into the parts of the deck's HTML page, from the tokens its check lexed. */
export async function renderDeck(result: CheckResult, session: RenderSession): Promise<RenderedDeck> {
  const { deck, sources, verification } = result;
  const context: RenderContext = { sources, mediaPaths: result.mediaPaths, citations: 'markers' };
  const sourcesList = renderSourcesList(sources, verification.citations);
  const title = deck.settings.title ?? deck.slides[0]?.title ?? 'Briefing';
  const stylesheet = deck.settings.css && result.mediaPaths.get(deck.settings.css.path);

  const parts = deck.slides.flatMap((slide) => [slide.body.tokens, slide.notes?.tokens ?? NO_TOKENS]);
  const rendered = await renderParts(parts, context, session.sanitizer, session.renders);
  const quotationsOnSlides = new Map<number, VerifiedQuotation[]>();
  for (const q of verification.quotations) if (q.part === 'body') entriesOf(quotationsOnSlides, q.slide).push(q);
  const reviewsOfSlides = new Map<number, ClaimReview[]>();
  // Only a project with a lock keeps verdicts: without one, nobody is reviewing, and the speaker view stays as it was.
  const reviewing = result.summary.claims !== undefined;
  if (reviewing) for (const review of result.reviews) entriesOf(reviewsOfSlides, review.claim.slide).push(review);
  const slideContext: SlideContext = { sourcesList, sources, quotationsOnSlides, reviewsOfSlides };
  // Every slide gets a target, from data-timing or its notes, so the speaker view's pacing always works.
  const timings = slideTimings(deck, deck.settings.wpm ?? DEFAULT_WPM);
  const sections = deck.slides.map((slide, i) => {
    const finished = { body: rendered[2 * i] as FinishedPart, notes: rendered[2 * i + 1] as FinishedPart };
    return renderSlide(slide, finished, timings[i]?.target ?? MIN_DERIVED_SECONDS, slideContext);
  });
  if (!deck.slides.some((s) => SOURCES_SLIDE_ATTRIBUTE in s.attributes)) {
    const h = (deck.slides[deck.slides.length - 1]?.h ?? 0) + 1;
    sections.push({ h, html: `<section class="sources-slide" data-citations="none" data-timing="${MIN_DERIVED_SECONDS}"><h2>Sources</h2>${sourcesList}</section>` });
  }

  return {
    title,
    sections: groupVertical(sections),
    reader: renderSourceReader(sources, verification.citations, verification.quotations, deck.slides),
    appendix: renderAppendix(sources, verification.citations),
    footer: `<footer class="deck-footer" aria-hidden="true">${logoHtml(result)}<span class="deck-footer-title">${escapeHtml(title)}</span></footer>`,
    theme: deck.settings.theme ?? DEFAULT_THEME,
    ...(stylesheet ? { stylesheet } : {}),
    settings: {
      title,
      ...(deck.settings.author ? { author: deck.settings.author } : {}),
      ...(deck.settings.subtitle ? { subtitle: deck.settings.subtitle } : {}),
      ...(deck.settings.duration ? { totalTime: Math.round(deck.settings.duration * 60) } : {}),
    },
  };
}

/** The deck's logo (`logo:`), at the project file the check found, before the title in the footer. */
function logoHtml({ deck, mediaPaths }: CheckResult): string {
  if (!deck.settings.logo) return '';
  const { path } = deck.settings.logo;
  return `<img class="deck-footer-logo" src="${escapeHtml(mediaPaths.get(path) ?? path)}" alt="">`;
}

interface SlideContext {
  sourcesList: string;
  sources: ReadonlyMap<string, Source>;
  /** Verified quotations in each slide's body, by slide number. */
  quotationsOnSlides: ReadonlyMap<number, readonly VerifiedQuotation[]>;
  /** The claims on each slide and in its notes, with their review status, by slide number. */
  reviewsOfSlides: ReadonlyMap<number, readonly ClaimReview[]>;
}

function renderSlide(
  slide: Slide,
  { body: rendered, notes }: { body: FinishedPart; notes: FinishedPart },
  target: number,
  { sourcesList, sources, quotationsOnSlides, reviewsOfSlides }: SlideContext,
): { h: number; html: string } {
  const onSlide = quotationsOnSlides.get(slide.number) ?? [];
  const footnotes = renderFootnotes(rendered.footnotes, onSlide, sources);
  const body = rendered.html + (SOURCES_SLIDE_ATTRIBUTE in slide.attributes ? sourcesList : '') + footnotes;
  const classes = [slide.attributes['class'], footnotes ? 'has-footnotes' : undefined].filter(Boolean).join(' ');
  const notesHtml = reviewNote(reviewsOfSlides.get(slide.number) ?? []) + (slide.notes ? `<aside class="notes">${notes.html}</aside>` : '');
  const attributes = slideAttributesHtml(slide.attributes, {
    id: slide.attributes['id'] ?? `slide-${slide.number}`,
    'data-timing': String(target),
    ...(classes ? { class: classes } : {}),
  });
  return { h: slide.h, html: `<section${attributes}>${body}${notesHtml}</section>` };
}

/** Slides that share a horizontal index stack vertically inside one outer `<section>`. */
function groupVertical(sections: { h: number; html: string }[]): string[] {
  const groups = new Map<number, string[]>();
  for (const s of sections) entriesOf(groups, s.h).push(s.html);
  return [...groups.values()].map((group) => (group.length === 1 ? (group[0] as string) : `<section>${group.join('')}</section>`));
}

/** The list `key` maps to in `lists`, added empty if there is none yet. */
function entriesOf<K, V>(lists: Map<K, V[]>, key: K): V[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}
