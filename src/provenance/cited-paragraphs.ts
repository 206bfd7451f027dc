import type { Claim, Source, SourceParagraph } from '../types.ts';

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

/** Whether any paragraph a claim cites passes `test`: asked of every claim by rules that most claims give no work, so nothing is listed. */
export function citesAny(claim: Claim, sources: ReadonlyMap<string, Source>, test: (source: Source, paragraph: SourceParagraph) => boolean): boolean {
  for (const citation of claim.citations) {
    for (const ref of citation.paragraphs) {
      const source = sources.get(ref.sourceId);
      const paragraph = source?.paragraphs[ref.paragraph - 1];
      if (source && paragraph && test(source, paragraph)) return true;
    }
  }
  return false;
}

/** What a verdict on the claim is bound to: its cited paragraphs by number and content hash (`Review.paragraphs`). */
export function reviewedParagraphs(cited: readonly CitedParagraph[]): { source: string; paragraph: number; hash: string }[] {
  return cited.map(({ source, paragraph }) => ({ source: source.id, paragraph: paragraph.number, hash: paragraph.hash }));
}
