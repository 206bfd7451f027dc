import type { Claim, ParagraphRef, Source, SourceParagraph } from '../types.ts';

/** A paragraph a claim cites, with the pieces of its text that the claim quotes (offsets into `paragraph.text`). */
export interface CitedParagraph {
  source: Source;
  paragraph: SourceParagraph;
  quoted: { start: number; end: number }[];
}

/** The paragraphs a claim cites, each once, in the order it cites them: what a reviewer reads it against. */
export function citedParagraphs(claim: Claim, sources: ReadonlyMap<string, Source>): CitedParagraph[] {
  // Keyed by the paragraph itself: every claim of a deck asks, and a key built from its id and number cost more than the rest.
  const cited = new Map<SourceParagraph, CitedParagraph>();
  for (const citation of claim.citations) {
    for (const ref of citation.paragraphs) {
      const source = sources.get(ref.sourceId);
      const paragraph = source?.paragraphs[ref.paragraph - 1];
      if (source && paragraph && !cited.has(paragraph)) cited.set(paragraph, { source, paragraph, quoted: [] });
    }
  }
  for (const { found } of claim.quotations) {
    const paragraph = sources.get(found.sourceId)?.paragraphs[found.paragraph - 1];
    if (paragraph) cited.get(paragraph)?.quoted.push(...found.pieces);
  }
  return [...cited.values()];
}

/** Whether any paragraph a claim cites passes `test` (see paragraphTest): asked of every claim by rules that most claims give no work, so nothing is listed. */
export function citesAny(claim: Claim, test: (ref: ParagraphRef) => boolean): boolean {
  for (const citation of claim.citations) for (const ref of citation.paragraphs) if (test(ref)) return true;
  return false;
}

/**
 * `test` of the paragraph a reference names, worked out once for each
 * reference: every citation of a paragraph shares one (verify-citations.ts),
 * so a deck's thousands of claims ask about its few hundred cited paragraphs.
 */
export function paragraphTest(sources: ReadonlyMap<string, Source>, test: (source: Source, paragraph: SourceParagraph) => boolean): (ref: ParagraphRef) => boolean {
  const known = new Map<ParagraphRef, boolean>();
  return (ref) => {
    let passes = known.get(ref);
    if (passes === undefined) {
      const source = sources.get(ref.sourceId);
      const paragraph = source?.paragraphs[ref.paragraph - 1];
      passes = source !== undefined && paragraph !== undefined && test(source, paragraph);
      known.set(ref, passes);
    }
    return passes;
  };
}

/** What a verdict on the claim is bound to: its cited paragraphs by number and content hash (`Review.paragraphs`). */
export function reviewedParagraphs(cited: readonly CitedParagraph[]): { source: string; paragraph: number; hash: string }[] {
  return cited.map(({ source, paragraph }) => ({ source: source.id, paragraph: paragraph.number, hash: paragraph.hash }));
}
