import { reviewSummary } from '../provenance/review-counts.ts';
import type { CheckSummary, ClaimReview, Deck, Diagnostic, Source, Verification } from '../types.ts';

/** The counts `brief check` ends with; with `reviews` (a project with a lock), how many claims are reviewed too. */
export function summarize(
  deck: Deck,
  sources: ReadonlyMap<string, Source>,
  verification: Verification,
  diagnostics: readonly Diagnostic[],
  reviews?: readonly ClaimReview[],
): CheckSummary {
  const citedParagraphs = new Set<string>();
  const citedSources = new Set<string>();
  for (const citation of verification.citations) {
    for (const ref of citation.paragraphs) {
      citedParagraphs.add(`${ref.sourceId} ${ref.paragraph}`);
      citedSources.add(ref.sourceId);
    }
  }
  let paragraphs = 0;
  for (const source of sources.values()) paragraphs += source.paragraphs.length;
  return {
    slides: deck.slides.length,
    citations: verification.citationCount,
    sources: sources.size,
    sourcesCited: citedSources.size,
    paragraphs,
    paragraphsCited: citedParagraphs.size,
    quotationsVerified: verification.quotations.length,
    briefersVoice: verification.voiced.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning' && d.accepted === undefined).length,
    accepted: diagnostics.filter((d) => d.accepted !== undefined).length,
    ...(reviews ? reviewSummary(reviews) : {}),
  };
}
