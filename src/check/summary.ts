import { reviewSummary } from '../provenance/review-counts.ts';
import type { CheckSummary, ClaimReview, Deck, Diagnostic, ParagraphRef, Source, Verification } from '../types.ts';

/** The counts `brief check` ends with; with `reviews` (a project with a lock), how many claims are reviewed too. */
export function summarize(
  deck: Deck,
  sources: ReadonlyMap<string, Source>,
  verification: Verification,
  diagnostics: readonly Diagnostic[],
  reviews?: readonly ClaimReview[],
): CheckSummary {
  // Each paragraph has one reference however often it is cited (verifyCitations), so a set of them counts paragraphs.
  const citedParagraphs = new Set<ParagraphRef>();
  const citedSources = new Set<string>();
  for (const citation of verification.citations) {
    for (const ref of citation.paragraphs) {
      citedParagraphs.add(ref);
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
